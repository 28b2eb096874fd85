// Issue 11 case 2 for the library, on a real 2 MB disk (tmpfs; skipped with the reason where mounting is
// not allowed): an import that does not fit fails in one line, and library.json and articles.jsonl are
// byte-identical afterwards (an import with 290 KB free used to report success and cut library.json).
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { mountTinyDisk } from '../testing/tiny-disk'
import { reutersLines } from '../testing/library'
import { Library } from './library'
import { libraryFiles } from './store'

const disk = mountTinyDisk(2 * 1024 * 1024)
if (typeof disk === 'string') console.log(`skipping the library disk-full tests: ${disk}`)
afterAll(() => {
  if (typeof disk !== 'string') disk.unmount()
})
const onDisk = typeof disk === 'string' ? describe.skip : describe

onDisk('an import on a nearly full disk', () => {
  it('fails in one line and leaves both library files byte-identical', async () => {
    const d = disk as Exclude<typeof disk, string>
    const dir = join(d.dir, 'library')
    mkdirSync(dir)
    const library = await Library.open(dir)
    await library.importText('first.jsonl', reutersLines(1, 150))
    const files = libraryFiles(dir)
    const before = { meta: readFileSync(files.meta), store: readFileSync(files.store) }
    const names = readdirSync(dir).sort()
    d.leave(Math.floor(before.meta.length / 2))
    let failure: unknown
    try {
      await library.importText('second.jsonl', reutersLines(151, 400))
    } catch (error) {
      failure = error
    } finally {
      d.roomBack()
    }
    expect((failure as Error).message).toMatch(/^could not save .*: the disk is full; the file was left as it was$/)
    expect(readFileSync(files.meta).equals(before.meta)).toBe(true)
    expect(readFileSync(files.store).equals(before.store)).toBe(true)
    expect(readdirSync(dir).sort()).toEqual(names)
    expect((await Library.open(dir)).size).toBe(library.size)
  })
})
