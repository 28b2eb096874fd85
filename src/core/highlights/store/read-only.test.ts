// Issue 11 case 8: on a folder that cannot be written (a real tmpfs remounted read only; root ignores
// chmod), a damaged store is reported as damaged, with what could be read, and nothing is changed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { mountTinyDisk } from '../../testing/tiny-disk'
import { legacyStoreText } from '../../testing/highlight-store'
import { openStore, StoreWriteError } from './store'

const disk = mountTinyDisk(1024 * 1024)
if (typeof disk === 'string') console.log(`skipping the read-only folder tests: ${disk}`)
afterAll(() => {
  if (typeof disk !== 'string') disk.unmount()
})
const onDisk = typeof disk === 'string' ? describe.skip : describe

onDisk('a damaged store on a read-only folder', () => {
  it('is reported as damaged, not only as read only; the file and folder stay byte-identical', () => {
    const d = disk as Exclude<typeof disk, string>
    const dir = join(d.dir, 'userdata')
    mkdirSync(dir)
    const file = join(dir, 'highlights.json')
    const text = legacyStoreText(20)
    writeFileSync(file, text.slice(0, text.lastIndexOf('"id": "h19"') + 40))
    const before = readFileSync(file)
    d.setReadOnly(true)
    try {
      const store = openStore(file, { lock: { timeoutMs: 100 } })
      expect(store.read().highlights).toHaveLength(19)
      expect(store.notices.map((n) => [n.level, n.message])).toEqual([
        [
          'error',
          expect.stringMatching(
            /^.*highlights\.json is damaged \(it is not whole JSON \(.*\)\); the 19 highlights that could be read are shown; nothing was changed because the folder is on a read-only file system$/,
          ),
        ],
      ])
      expect(() => store.update((data) => data)).toThrow(StoreWriteError)
      expect(() => store.update((data) => data)).toThrow(/^could not save highlights to .*: it is damaged/)
    } finally {
      d.setReadOnly(false)
    }
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(readdirSync(dir)).toEqual(['highlights.json'])
  })
})
