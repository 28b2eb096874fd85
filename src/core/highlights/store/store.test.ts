import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Highlight } from '../../../shared/types'
import { describe as selectors } from '../anchor'
import { SEEDS_DIR } from '../../testing/test-paths'
import { openStore, StoreWriteError } from './store'
import { SCHEMA_VERSION, type StoreData } from './schema'

const TASS = readFileSync(join(SEEDS_DIR, '000_f6b6277f5f03b554.txt'), 'utf8')

function highlight(id: string, quote: string): Highlight {
  const start = TASS.indexOf(quote)
  const at = '2025-01-24T10:00:00.000Z'
  return {
    id,
    articleId: '000_f6b6277f5f03b554',
    ...selectors(TASS, start, start + quote.length),
    color: 'yellow',
    note: '',
    tags: [],
    stance: null,
    topic: null,
    createdAt: at,
    updatedAt: at,
  }
}
const add = (h: Highlight) => (data: StoreData) =>
  data.highlights.some((x) => x.id === h.id) ? data : { ...data, highlights: [...data.highlights, h] }

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-'))
  file = join(dir, 'highlights.json')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('openStore', () => {
  it('starts empty, writes atomically through conf, and reads back in a new process-like instance', () => {
    const store = openStore(file)
    expect(store.read().highlights).toEqual([])
    store.update(add(highlight('a1', 'Russia is capable of ensuring nuclear parity')))
    const again = openStore(file)
    expect(again.read().highlights.map((h) => h.quote)).toEqual(['Russia is capable of ensuring nuclear parity'])
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
    // Nothing left behind by the write: no temp file, no lock.
    expect(readdirSync(dir)).toEqual(['highlights.json'])
    // The same file opens in plain conf, as it would in electron-store.
    const conf = new Conf({ cwd: dir, configName: 'highlights' })
    expect((conf.store.highlights as Highlight[])[0]!.id).toBe('a1')
  })

  it('copies a corrupt file aside byte for byte and says where', () => {
    const bytes = '{"schemaVersion": 1, "highlights": [{"id": "x", "quo'
    writeFileSync(file, bytes)
    const store = openStore(file, { now: () => new Date('2025-02-03T04:05:06.789Z') })
    const backup = join(dir, 'highlights.corrupt-2025-02-03T04-05-06-789Z.json')
    expect(readFileSync(backup, 'utf8')).toBe(bytes)
    expect(store.notices).toHaveLength(1)
    expect(store.notices[0]!.level).toBe('warning')
    expect(store.notices[0]!.message).toContain(backup)
    expect(store.notices[0]!.message).toContain('was damaged (it is not whole JSON')
    expect(store.notices[0]!.message).toContain('0 highlights were recovered')
    expect(store.read().highlights).toEqual([])
    // The app goes on: a new highlight is saved to a fresh file.
    store.update(add(highlight('b1', 'Kremlin Spokesman Dmitry Peskov said on Tuesday')))
    expect(openStore(file).read().highlights).toHaveLength(1)
    expect(readFileSync(backup, 'utf8')).toBe(bytes)
  })

  it('backs up a file of the wrong shape; never moves or changes one from a newer version', () => {
    writeFileSync(file, '["not", "a", "store"]')
    const wrong = openStore(file, { now: () => new Date('2025-01-01T00:00:00.000Z') })
    expect(wrong.notices[0]!.message).toMatch(/not a JSON object/)
    expect(readdirSync(dir).filter((f) => f.startsWith('highlights.corrupt-'))).toHaveLength(1)
    // Issue 11 case 3: a newer version's file is opened read only, never copied aside or replaced.
    const newerBytes = JSON.stringify({ schemaVersion: 7, highlights: [], somethingNew: true })
    writeFileSync(file, newerBytes)
    const before = readdirSync(dir).sort()
    const newer = openStore(file, { now: () => new Date('2025-01-01T00:00:01.000Z') })
    expect(newer.notices[0]!.message).toMatch(
      new RegExp(
        `newer version of Stance Reader \\(highlights format 7; this version reads up to ${SCHEMA_VERSION}\\)`,
      ),
    )
    expect(newer.readOnly).toMatch(/newer version/)
    expect(() => newer.update(add(highlight('n1', 'Russia is capable of ensuring nuclear parity')))).toThrow(
      /could not save highlights to .*newer version of Stance Reader/,
    )
    expect(readFileSync(file, 'utf8')).toBe(newerBytes)
    expect(readdirSync(dir).sort()).toEqual(before)
  })

  it('keeps the readable highlights of a partly damaged file and backs the whole file up', () => {
    const good = highlight('g1', 'Russia is capable of ensuring nuclear parity')
    writeFileSync(
      file,
      JSON.stringify({ schemaVersion: 1, highlights: [good, { id: 'bad', start: 'nine' }], stances: ['skeptical'] }),
    )
    const store = openStore(file)
    expect(store.read().highlights.map((h) => h.id)).toEqual(['g1'])
    expect(store.read().stances).toEqual(['skeptical'])
    expect(store.notices[0]!.message).toMatch(/^1 of 2 highlights .* could not be read/)
    const backup = readdirSync(dir).find((f) => f.startsWith('highlights.corrupt-'))!
    expect(JSON.parse(readFileSync(join(dir, backup), 'utf8')).highlights[1].id).toBe('bad')
    // The file itself now holds the clean store.
    expect(JSON.parse(readFileSync(file, 'utf8')).highlights).toHaveLength(1)
  })

  it('migrates the v0 prototype file to the current format and keeps the old file', () => {
    const quote = 'Russia will not participate in it'
    const start = TASS.indexOf(quote)
    const v0 = {
      highlights: [
        {
          id: 'old1',
          articleId: '000_f6b6277f5f03b554',
          text: quote,
          range: { start, end: start + quote.length },
          color: 'green',
          note: 'key line',
          tags: 'arms, inf',
          label: 'opposes',
          created: Date.UTC(2024, 5, 1),
        },
        { id: 'old2', articleId: '000_f6b6277f5f03b554', text: 'x', range: { start: 0, end: 1 }, color: 'magenta' },
      ],
    }
    writeFileSync(file, JSON.stringify(v0))
    const store = openStore(file)
    const [first, second] = store.read().highlights
    expect(first).toMatchObject({
      id: 'old1',
      quote,
      start,
      end: start + quote.length,
      color: 'green',
      tags: ['arms', 'inf'],
      stance: 'opposes',
      topic: null,
      textHash: '',
      prefix: '',
      createdAt: '2024-06-01T00:00:00.000Z',
    })
    expect(second!.color).toBe('yellow')
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
    const kept = readdirSync(dir).find((f) => f.startsWith('highlights.v0-'))!
    expect(JSON.parse(readFileSync(join(dir, kept), 'utf8'))).toEqual(v0)
    expect(store.notices[0]).toMatchObject({ level: 'info' })
    expect(store.notices[0]!.message).toContain(kept)
  })

  it('two writers on one file never lose each other’s writes', () => {
    const app = openStore(file)
    const cli = openStore(file)
    for (let i = 0; i < 20; i++) {
      app.update(add(highlight(`app${i}`, 'Russia is capable of ensuring nuclear parity')))
      cli.update(add(highlight(`cli${i}`, 'Kremlin Spokesman Dmitry Peskov said on Tuesday')))
    }
    expect(openStore(file).read().highlights).toHaveLength(40)
    // Each also sees the other's writes without reopening.
    expect(app.read().highlights).toHaveLength(40)
  })

  it('keeps changes in memory when the folder cannot be written, and saves them once it can', () => {
    // Root ignores chmod, so make the folder unwritable for real: its path is taken by a file.
    const blocked = join(dir, 'userdata')
    writeFileSync(blocked, 'not a folder')
    const path = join(blocked, 'highlights.json')
    const store = openStore(path)
    expect(store.notices[0]).toMatchObject({ level: 'error' })
    expect(store.notices[0]!.message).toContain('part of the path is a file, not a folder')
    const attempt = () => store.update(add(highlight('kept1', 'Russia is capable of ensuring nuclear parity')))
    expect(attempt).toThrow(StoreWriteError)
    expect(attempt).toThrow(
      /could not save highlights to .*part of the path is a file, not a folder; the file was left as it was/,
    )
    expect(store.read().highlights.map((h) => h.id)).toEqual(['kept1'])
    expect(store.unsavedChanges).toBeGreaterThan(0)
    // The folder becomes writable: the next write saves the earlier change too.
    rmSync(blocked)
    mkdirSync(blocked)
    store.update(add(highlight('kept2', 'Kremlin Spokesman Dmitry Peskov said on Tuesday')))
    expect(store.unsavedChanges).toBe(0)
    expect(
      openStore(path)
        .read()
        .highlights.map((h) => h.id),
    ).toEqual(['kept1', 'kept2'])
  })

  it('breaks a lock left by a process that died', () => {
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: 999_999_999, host: hostname(), token: 'dead' }))
    const store = openStore(file)
    store.update(add(highlight('z', 'Russia is capable of ensuring nuclear parity')))
    expect(existsSync(`${file}.lock`)).toBe(false)
  })
})
