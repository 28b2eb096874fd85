import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  appendFileSafely,
  realFs,
  WriteFailure,
  writeFileSafely,
  writeFileSafelyAsync,
  type WriteFs,
} from './write-file'
import { diskFullAfter, shortWrites } from '../testing/failing-fs'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'stance-writer-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const old = Buffer.from('{"schemaVersion":1,"highlights":["the user\'s work"]}\n')

describe('writing a file all or nothing', () => {
  it('replaces the content, keeps no temp file, and writes through a link to its target', async () => {
    const path = join(dir, 'highlights.json')
    writeFileSync(path, old)
    writeFileSafely(path, 'new')
    expect(readFileSync(path, 'utf8')).toBe('new')
    await writeFileSafelyAsync(path, new Uint8Array([104, 105]))
    expect(readFileSync(path, 'utf8')).toBe('hi')
    symlinkSync(path, join(dir, 'link.json'))
    writeFileSafely(join(dir, 'link.json'), 'via link')
    expect(readFileSync(path, 'utf8')).toBe('via link')
    expect(readdirSync(dir).sort()).toEqual(['highlights.json', 'link.json'])
  })

  it('writes every byte when the disk takes them a few at a time', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 3000 }), fc.integer({ min: 1, max: 700 }), (text, step) => {
        const path = join(dir, 'settings.json')
        writeFileSafely(path, text, shortWrites(step))
        expect(readFileSync(path, 'utf8')).toBe(text)
      }),
      { numRuns: 60 },
    )
  })

  it('on a full disk (a short write, then no progress) keeps the old file byte for byte and says so in one line', () => {
    const path = join(dir, 'highlights.json')
    writeFileSync(path, old)
    const big = Buffer.alloc(100_000, 'x')
    let failure: unknown
    try {
      writeFileSafely(path, big, diskFullAfter(4096))
    } catch (error) {
      failure = error
    }
    expect(failure).toBeInstanceOf(WriteFailure)
    expect((failure as Error).message).toBe(`could not save ${path}: the disk is full; the file was left as it was`)
    expect((failure as Error).message).not.toContain('\n')
    expect(readFileSync(path)).toEqual(old)
    expect(readdirSync(dir)).toEqual(['highlights.json'])
  })

  it('on ENOSPC thrown by the write, or by fsync, keeps the old file', () => {
    const path = join(dir, 'config.json')
    writeFileSync(path, old)
    const enospc = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    }
    const throwing: WriteFs = { ...realFs, writeSync: enospc }
    const failingSync: WriteFs = { ...realFs, fsyncSync: enospc }
    expect(() => writeFileSafely(path, 'x'.repeat(5000), throwing)).toThrow(/the disk is full/)
    expect(() => writeFileSafely(path, 'x'.repeat(5000), failingSync)).toThrow(/the disk is full/)
    expect(readFileSync(path)).toEqual(old)
    expect(readdirSync(dir)).toEqual(['config.json'])
  })

  it('refuses to rename a temp file whose size is not what was written', () => {
    const path = join(dir, 'library.json')
    writeFileSync(path, old)
    const lying: WriteFs = { ...realFs, fstatSync: () => ({ size: 3 }) }
    expect(() => writeFileSafely(path, 'a longer text', lying)).toThrow(/holds 3 bytes after writing 13/)
    expect(readFileSync(path)).toEqual(old)
  })

  it('fails with the reason when the folder is missing', async () => {
    await expect(writeFileSafelyAsync(join(dir, 'missing', 'x.json'), 'x')).rejects.toThrow(/its folder does not exist/)
    expect(() => writeFileSafely(join(dir, 'missing', 'x.json'), 'x')).toThrow(WriteFailure)
  })

  it('writes in parallel without the writes colliding on one temp name', async () => {
    const path = join(dir, 'index.bin')
    await Promise.all(['a', 'b', 'c', 'd'].map((text) => writeFileSafelyAsync(path, text)))
    expect(['a', 'b', 'c', 'd']).toContain(readFileSync(path, 'utf8'))
    expect(readdirSync(dir)).toEqual(['index.bin'])
  })
})

describe('appending all or nothing', () => {
  it('appends in pieces when writes are short, and returns where the data starts', () => {
    const path = join(dir, 'articles.jsonl')
    writeFileSync(path, 'first\n')
    expect(appendFileSafely(path, 'second line\n', shortWrites(3))).toBe(6)
    expect(readFileSync(path, 'utf8')).toBe('first\nsecond line\n')
  })

  it('cuts a failed append back, so the file is byte-identical to before', () => {
    const path = join(dir, 'articles.jsonl')
    writeFileSync(path, old)
    expect(() => appendFileSafely(path, Buffer.alloc(50_000, 'y'), diskFullAfter(1000))).toThrow(/the disk is full/)
    expect(readFileSync(path)).toEqual(old)
  })
})
