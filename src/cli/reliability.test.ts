// Issue 11 through the CLI as a user runs it, on a real 2 MB disk (tmpfs; skipped with the reason where
// mounting is not allowed): a save or re-export that does not fit exits 1 with one line and leaves the
// file byte-identical; a newer version's store is listed without a change; a damaged store on a read-only
// folder is reported as damaged.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { mountTinyDisk } from '../core/testing/tiny-disk'
import { legacyStoreText, SEED_ID, storeText } from '../core/testing/highlight-store'
import { runCli } from './testing'

const disk = mountTinyDisk(2 * 1024 * 1024)
if (typeof disk === 'string') console.log(`skipping the CLI disk-full tests: ${disk}`)
afterAll(() => {
  if (typeof disk !== 'string') disk.unmount()
})
const onDisk = typeof disk === 'string' ? describe.skip : describe

onDisk('the CLI on a nearly full disk', () => {
  const d = disk as Exclude<typeof disk, string>
  const userData = join(d.dir, 'userdata')
  const store = join(userData, 'highlights.json')
  const cli = (...args: string[]) => runCli(args, { cwd: d.dir, env: { STANCE_USER_DATA: userData } })
  const add = () => cli('highlight', 'add', '--article', SEED_ID, '--quote', 'Russia will not participate in it')

  it('highlight add with 100 KB free: exit 1, one line, the store byte-identical (case 1 and 8)', async () => {
    mkdirSync(userData, { recursive: true })
    writeFileSync(store, storeText(1_500))
    const before = readFileSync(store)
    d.leave(100_000)
    const run = await add()
    d.roomBack()
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      `error: could not save highlights to ${store}: the disk is full; the file was left as it was\n`,
    )
    expect(readFileSync(store).equals(before)).toBe(true)
    expect(readdirSync(userData).filter((n) => n.startsWith('highlights'))).toEqual(['highlights.json'])
  })

  it('a re-export that does not fit: exit 1, one line, the user’s note byte-identical (case 2)', async () => {
    const out = join(d.dir, 'notes.md')
    expect((await cli('export', '--all', '--out', out)).code).toBe(0)
    writeFileSync(out, `My text above.\n\n${readFileSync(out, 'utf8')}\nMy text below.\n`)
    const before = readFileSync(out)
    expect((await add()).code).toBe(0) // something new to export
    d.leave(20_000)
    const run = await cli('export', '--all', '--out', out)
    d.roomBack()
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(`error: could not save ${out}: the disk is full; the file was left as it was\n`)
    expect(readFileSync(out).equals(before)).toBe(true)
  })

  it('highlight list on a newer version’s store says so and changes nothing (case 3)', async () => {
    const newer = JSON.stringify({ schemaVersion: 3, highlights: [], stances: [], future: true })
    writeFileSync(store, newer)
    const files = readdirSync(userData).sort()
    const list = await cli('highlight', 'list')
    expect(list.code).toBe(0)
    expect(list.stderr).toMatch(/newer version of Stance Reader \(highlights format 3; this version reads up to 2\)/)
    const added = await add()
    expect(added.code).toBe(1)
    expect(added.stderr.trim().split('\n')).toHaveLength(2) // the notice, then the one-line error
    expect(readFileSync(store, 'utf8')).toBe(newer)
    expect(readdirSync(userData).sort()).toEqual(files)
  })

  it('a damaged store on a read-only folder is reported as damaged, in one line, and left as it is (case 8)', async () => {
    const text = legacyStoreText(20)
    mkdirSync(userData, { recursive: true })
    writeFileSync(store, text.slice(0, text.lastIndexOf('"id": "h19"') + 40))
    const before = readFileSync(store)
    const files = readdirSync(userData).sort()
    d.setReadOnly(true)
    let list, added
    try {
      list = await cli('highlight', 'list', '--json')
      added = await add()
    } finally {
      d.setReadOnly(false)
    }
    expect(list.code).toBe(0)
    expect(JSON.parse(list.stdout)).toHaveLength(19)
    expect(list.stderr).toMatch(
      /^error: .*highlights\.json is damaged \(it is not whole JSON \(.*\)\); the 19 highlights that could be read are shown; nothing was changed because the folder is on a read-only file system\n$/,
    )
    expect(added.code).toBe(1)
    expect(added.stderr.split('\n')[1]).toMatch(/^error: could not save highlights to .*: it is damaged/)
    expect(readFileSync(store).equals(before)).toBe(true)
    expect(readdirSync(userData).sort()).toEqual(files)
  })
})
