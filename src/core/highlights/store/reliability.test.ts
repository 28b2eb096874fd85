// Issue 11 for the highlights store: a full disk never costs the old file, a damaged file gives back
// every whole highlight, a newer version's file is left alone, a lock problem is one clear line.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { diskFullAfter, shortWrites } from '../../testing/failing-fs'
import { LockPathError } from '../../fs/lock'
import { legacyStoreText, seedHighlights, storeText } from '../../testing/highlight-store'
import { openStore, StoreWriteError } from './store'
import type { StoreData } from './schema'

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-rel-'))
  file = join(dir, 'highlights.json')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const extra = seedHighlights(1_501)[1_500]!
const addExtra = (data: StoreData) => ({ ...data, highlights: [...data.highlights, extra] })
const snapshot = () => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]))

describe('a save on a full disk (case 1)', () => {
  it('rewriting the whole file (a format 1 file’s first save): one line, the old file byte-identical, no copy left', () => {
    writeFileSync(file, legacyStoreText(1_500))
    const before = snapshot()
    const store = openStore(file, { fs: diskFullAfter(100_000) })
    let failure: unknown
    try {
      store.update(addExtra)
    } catch (error) {
      failure = error
    }
    expect(failure).toBeInstanceOf(StoreWriteError)
    expect((failure as Error).message).toBe(
      `could not save highlights to ${file}: the disk is full; the file was left as it was`,
    )
    expect(snapshot()).toEqual(before)
    expect(openStore(file).read().highlights).toHaveLength(1_500)
  })

  it('appending to the journal: the store and its journal are byte-identical afterwards', () => {
    writeFileSync(file, storeText(1_500))
    openStore(file).update((data) => ({ ...data, stances: ['doubts'] })) // the first save writes a whole file
    openStore(file).update((data) => ({ ...data, highlights: data.highlights.slice(1) }))
    const before = snapshot()
    expect(Object.keys(before).sort()).toEqual(['highlights.json', 'highlights.json.journal'])
    expect(() => openStore(file, { fs: diskFullAfter(40) }).update(addExtra)).toThrow(/the disk is full/)
    expect(snapshot()).toEqual(before)
  })

  it('a disk that takes a few bytes per write still gets every byte, in the file and in the journal', () => {
    writeFileSync(file, legacyStoreText(300))
    const store = openStore(file, { fs: shortWrites(1000) })
    store.update((data) => ({ ...data, highlights: data.highlights.slice(0, 299) }))
    store.update(addExtra)
    expect(
      openStore(file)
        .read()
        .highlights.map((h) => h.id)
        .slice(-2),
    ).toEqual(['h298', 'h1500'])
  })
})

describe('a store cut short (case 9)', () => {
  it('keeps every whole highlight, says how many and where the copy is, and copies once per damage', () => {
    const text = legacyStoreText(1_500)
    const cut = text.slice(0, text.lastIndexOf('"id": "h1499"') + 40)
    writeFileSync(file, cut)
    const store = openStore(file, { now: () => new Date('2025-03-01T00:00:00.000Z') })
    expect(store.read().highlights).toHaveLength(1_499)
    const copy = join(dir, 'highlights.corrupt-2025-03-01T00-00-00-000Z.json')
    expect(store.notices.map((n) => n.message)).toEqual([
      `Your highlights file ${file} was damaged (it is not whole JSON (${errorOf(cut)})): 1499 highlights were recovered and kept; the damaged file is copied unchanged to ${copy}.`,
    ])
    expect(readFileSync(copy, 'utf8')).toBe(cut)
    expect(openStore(file).read().highlights).toHaveLength(1_499)
    // The same damage again (the user restores the cut file): no second copy.
    writeFileSync(file, cut)
    openStore(file)
    expect(readdirSync(dir).filter((n) => n.includes('.corrupt-'))).toHaveLength(1)
  })
})

function errorOf(text: string): string {
  try {
    JSON.parse(text)
    return ''
  } catch (error) {
    return (error as Error).message
  }
}

describe('lock problems (case 8)', () => {
  it('a lock held by a live process: the store still reads, and a save fails in one line', () => {
    writeFileSync(file, legacyStoreText(3))
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), token: 'live' }))
    const store = openStore(file, { lock: { timeoutMs: 100 } })
    expect(store.read().highlights).toHaveLength(3)
    expect(store.notices[0]!.message).toMatch(/is in use by another process \(pid \d+ on .*\)/)
    expect(() => store.update(addExtra)).toThrow(
      new RegExp(
        `^could not save highlights to .*: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use by another process`,
      ),
    )
    expect(existsSync(`${file}.lock`)).toBe(true)
  })

  it('a .lock that is a folder is reported as such', () => {
    mkdirSync(`${file}.lock`)
    expect(() => openStore(file)).toThrow(LockPathError)
    expect(() => openStore(file)).toThrow(`the lock file ${file}.lock is a folder, not a lock file`)
  })
})
