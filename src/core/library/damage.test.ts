// Issue 11 cases 2, 4 and 10 for the library: any one file missing or damaged (library.json missing is in
// removal.test.ts), the library still opens, rebuilt from what is left, with one notice naming what was
// lost and one copy per damage.
import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { diskFullAfter } from '../testing/failing-fs'
import { appendFileSafely } from '../fs/write-file'
import { reutersLines } from '../testing/library'
import { Library } from './library'
import { libraryFiles } from './store'

let dir: string
let lib: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-lib-damage-'))
  lib = join(dir, 'library')
  const library = await Library.open(lib)
  await library.importText('reuters.jsonl', reutersLines(1, 120))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

const copies = async () => (await readdir(lib)).filter((n) => n.includes('.corrupt-'))

describe('a damaged library', () => {
  it('opens with articles.jsonl missing: every article named lost, one copy of the list however often it opens (case 4)', async () => {
    const listed = (await Library.open(lib)).size
    await rm(libraryFiles(lib).store)
    const first = await Library.open(lib)
    expect(first.size).toBe(0)
    expect(first.store.notices).toHaveLength(1)
    const message = first.store.notices[0]!.message
    expect(message).toMatch(/was damaged \(articles\.jsonl is missing\) and rebuilt from what is left: 0 articles kept/)
    expect(message).toContain(`${listed} lost`)
    const [copy] = await copies()
    expect(message).toContain(join(lib, copy!))
    await Library.open(lib)
    await Library.open(lib)
    expect(await copies()).toHaveLength(1)
  })

  it('library.json cut in half: every article kept from the store, the copy named, one copy however often it opens (case 4)', async () => {
    const listed = (await Library.open(lib)).size
    const meta = libraryFiles(lib).meta
    const whole = await readFile(meta)
    const cut = whole.subarray(0, Math.floor(whole.length / 2))
    await writeFile(meta, cut)
    const first = await Library.open(lib)
    expect(first.size).toBe(listed)
    expect(first.store.notices).toHaveLength(1)
    const message = first.store.notices[0]!.message
    expect(message).toMatch(
      new RegExp(`was damaged \\(.+\\) and rebuilt from what is left: ${listed} articles kept; none lost`),
    )
    const [copy] = await copies()
    expect(message).toContain(join(lib, copy!))
    expect((await readFile(join(lib, copy!))).equals(cut)).toBe(true)
    const again = await Library.open(lib)
    expect(again.store.notices).toEqual([])
    expect(again.size).toBe(listed)
    expect(await copies()).toHaveLength(1)
  })

  it('a store cut in half keeps the whole articles and says how many were lost (case 10)', async () => {
    const before = await Library.open(lib)
    const bytes = await readFile(libraryFiles(lib).store)
    await writeFile(libraryFiles(lib).store, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const after = await Library.open(lib)
    expect(after.size).toBeGreaterThan(0)
    expect(after.size).toBeLessThan(before.size)
    expect(after.store.notices[0]!.message).toContain(`${before.size - after.size} lost`)
    expect((await after.readAll()).length).toBe(after.size)
  })

  it('articles.jsonl of random bytes: every article named lost, not a silent empty library (case 10)', async () => {
    const listed = (await Library.open(lib)).size
    const path = libraryFiles(lib).store
    const size = (await readFile(path)).length
    await writeFile(path, randomBytes(size))
    const after = await Library.open(lib)
    // Opening trusts the list; the first read finds no body matching it and rebuilds, saying so once.
    expect(await after.readAll()).toEqual([])
    expect(after.size).toBe(0)
    expect(after.store.notices).toHaveLength(1)
    expect(after.store.notices[0]!.message).toMatch(/was damaged .*: 0 articles kept; \d+ lost/)
    expect(after.store.notices[0]!.message).toContain(`${listed} lost`)
  })

  it('one changed byte in a body is caught by the body hash, not served (case 10)', async () => {
    const library = await Library.open(lib)
    const victim = library.store.entries().find((e) => e.paragraphCount > 2)!
    const bytes = await readFile(libraryFiles(lib).store)
    const line = bytes.toString('utf8', victim.offset, victim.offset + victim.length)
    const at = victim.offset + Buffer.byteLength(line.slice(0, line.indexOf('"body":"') + 12))
    bytes[at] = bytes[at] === 0x61 ? 0x62 : 0x61
    await writeFile(libraryFiles(lib).store, bytes)
    await expect(library.read(victim.id)).rejects.toThrow(/no article|does not hold/)
    expect(library.store.notices.at(-1)!.message).toMatch(/1 lost/)
  })

  it('a failed append on a full disk leaves articles.jsonl byte-identical (case 2)', async () => {
    const path = libraryFiles(lib).store
    const before = await readFile(path)
    expect(() => appendFileSafely(path, reutersLines(200, 260), diskFullAfter(5_000))).toThrow(/disk is full/)
    expect((await readFile(path)).equals(before)).toBe(true)
  })
})
