import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFileAtomic, writeFileAtomicAsync } from './write-file'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-write-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writing a file atomically', () => {
  it('replaces the content and leaves no temp file beside it', async () => {
    const path = join(dir, 'library.json')
    await writeFile(path, 'old')
    await writeFileAtomicAsync(path, 'new')
    expect(await readFile(path, 'utf8')).toBe('new')
    writeFileAtomic(path, 'newer')
    expect(await readFile(path, 'utf8')).toBe('newer')
    await writeFileAtomicAsync(path, new Uint8Array([104, 105]))
    expect(await readFile(path, 'utf8')).toBe('hi')
    expect(await readdir(dir)).toEqual(['library.json'])
  })

  it('writes in parallel without the writes colliding on one temp name', async () => {
    const path = join(dir, 'index.bin')
    await Promise.all(['a', 'b', 'c', 'd'].map((text) => writeFileAtomicAsync(path, text)))
    expect(['a', 'b', 'c', 'd']).toContain(await readFile(path, 'utf8'))
    expect((await readdir(dir)).filter((name) => name.includes('.tmp-'))).toEqual([])
  })

  it('fails with the file system error when the folder is missing, keeping the old file as it was', async () => {
    const path = join(dir, 'kept.txt')
    await writeFile(path, 'kept')
    await expect(writeFileAtomicAsync(join(dir, 'missing', 'x.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(() => writeFileAtomic(join(dir, 'missing', 'x.json'), 'x')).toThrow(/ENOENT/)
    expect(await readFile(path, 'utf8')).toBe('kept')
  })
})
