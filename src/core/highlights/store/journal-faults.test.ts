// What the journal does when things go wrong: a damaged line (backed up, said, the rest kept), a
// compaction cut short (the old journal never applied twice), a journal grown past its limit (folded
// into the file), and a format 1 store with its plain journal (read as it is, upgraded at the first save).
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedHighlights } from '../../testing/highlight-store'
import { SCHEMA_VERSION, type StoreData } from './schema'
import { openStore } from './store'

let dir: string
let file: string
let journal: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'journal-faults-'))
  file = join(dir, 'highlights.json')
  journal = `${file}.journal`
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const pool = seedHighlights(30)
const start: StoreData = { schemaVersion: SCHEMA_VERSION, highlights: pool.slice(0, 10), stances: [] }
const add = (n: number) => (d: StoreData) => ({ ...d, highlights: [...d.highlights, pool[n]!] })
const idsOf = (data: StoreData) => data.highlights.map((h) => h.id)
const now = () => new Date('2025-05-01T00:00:00.000Z')

describe('a damaged journal line', () => {
  it('is left out and said; the journal is copied aside byte for byte; every other saved change is kept', () => {
    const store = openStore(file)
    store.update(() => start)
    for (const n of [10, 11, 12]) store.update(add(n))
    const lines = readFileSync(journal, 'utf8').split('\n')
    // One changed byte in the note of the second added highlight: its checksum no longer holds.
    lines[2] = lines[2]!.replace('"articleId"', '"articleID"')
    writeFileSync(journal, lines.join('\n'))
    const damaged = readFileSync(journal)
    const reopened = openStore(file, { now })
    expect(idsOf(reopened.read())).toEqual([...idsOf(start), 'h10', 'h12'])
    const copy = join(dir, 'highlights.json.corrupt-2025-05-01T00-00-00-000Z.journal')
    expect(reopened.notices.map((n) => n.message)).toEqual([
      `The journal of your highlights ${journal} was damaged: 1 saved changes could not be read and were left out; every other change is kept. The journal as it was is copied to ${copy}.`,
    ])
    expect(readFileSync(copy).equals(damaged)).toBe(true)
    // Folded into a new file: opening again finds nothing to report and the same highlights.
    expect(existsSync(journal)).toBe(false)
    const again = openStore(file, { now })
    expect(again.notices).toEqual([])
    expect(idsOf(again.read())).toEqual([...idsOf(start), 'h10', 'h12'])
  })

  it('a header that cannot be read: no line is applied to a file it may not belong to, and that is said', () => {
    const store = openStore(file)
    store.update(() => start)
    store.update(add(10))
    const text = readFileSync(journal, 'utf8')
    writeFileSync(journal, `x${text.slice(1)}`)
    const reopened = openStore(file, { now })
    expect(idsOf(reopened.read())).toEqual(idsOf(start))
    expect(reopened.notices[0]!.message).toMatch(/2 saved changes could not be read/)
  })
})

describe('compaction', () => {
  it('folds the journal into a new file once it outgrows the file, and the next saves start a new journal', () => {
    const store = openStore(file, { compactAtBytes: 1 })
    store.update(() => start)
    const size = readFileSync(file).length
    let n = 10
    while (!existsSync(journal) || readFileSync(journal).length <= size) store.update(add(n++))
    const written = readFileSync(file)
    store.update(add(n++))
    expect(readFileSync(file).equals(written)).toBe(false)
    expect(existsSync(journal)).toBe(false)
    expect(JSON.parse(readFileSync(file, 'utf8')).highlights).toHaveLength(n)
    store.update(add(n++))
    expect(readFileSync(journal, 'utf8').split('\n').filter(Boolean)).toHaveLength(2)
    expect(idsOf(openStore(file).read())).toEqual(pool.slice(0, n).map((h) => h.id))
  })

  it('cut short after the new file and before the old journal went: that journal is never applied again', () => {
    const store = openStore(file)
    store.update(() => start)
    store.update(add(20))
    const old = join(dir, 'old-journal')
    copyFileSync(journal, old)
    // A change no journal line can say (a new order) rewrites the file: h20 is gone in it.
    const reversed = [...start.highlights].reverse()
    store.update((d) => ({ ...d, highlights: reversed }))
    expect(existsSync(journal)).toBe(false)
    copyFileSync(old, journal) // as if the process was killed before removing it
    const reopened = openStore(file)
    expect(idsOf(reopened.read())).toEqual(reversed.map((h) => h.id))
    expect(reopened.notices).toEqual([])
    reopened.update(add(21))
    expect(idsOf(openStore(file).read())).toEqual([...reversed.map((h) => h.id), 'h21'])
  })
})

describe('a format 1 store (before the journal had checksums)', () => {
  const v1 = (gen: string) =>
    JSON.stringify({ schemaVersion: 1, journal: gen, stances: [], highlights: start.highlights })
  const plainJournal = (gen: string) =>
    [{ journalFor: gen }, { put: [pool[10]], del: ['h0'] }, { put: [], del: [], stances: ['doubts'] }]
      .map((line) => `${JSON.stringify(line)}\n`)
      .join('')

  it('is read with its journal and left as it is until a save, which copies both aside and writes format 2', () => {
    writeFileSync(file, v1('g1'))
    writeFileSync(journal, plainJournal('g1'))
    const before = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]))
    const store = openStore(file, { now })
    expect(idsOf(store.read())).toEqual([...idsOf(start).slice(1), 'h10'])
    expect(store.read().stances).toEqual(['doubts'])
    expect(Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]))).toEqual(before)
    store.update(add(11))
    const stamp = '2025-05-01T00-00-00-000Z'
    expect(readFileSync(join(dir, `highlights.v1-${stamp}.json`)).equals(before['highlights.json']!)).toBe(true)
    expect(
      readFileSync(join(dir, `highlights.json.v1-${stamp}.journal`)).equals(before['highlights.json.journal']!),
    ).toBe(true)
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
    expect(store.notices.map((n) => n.level)).toEqual(['info'])
    const again = openStore(file)
    expect(idsOf(again.read())).toEqual([...idsOf(start).slice(1), 'h10', 'h11'])
    expect(again.read().stances).toEqual(['doubts'])
  })
})
