import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { loadCorpusDir } from '../corpus'
import { openStore } from './store/store'
import { NotFoundError } from '../../shared/errors'
import { HighlightError, Highlights } from './service'

let articles: Map<string, Article>
beforeAll(async () => {
  const corpus = await loadCorpusDir(resolve(__dirname, '../../../corpus'))
  articles = new Map(corpus.articles.map((a) => [a.id, a]))
})

let dir: string
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'highlights-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const TASS = '000_f6b6277f5f03b554'
function range(id: string, quote: string) {
  const body = articles.get(id)!.body
  const start = body.indexOf(quote)
  expect(start).toBeGreaterThanOrEqual(0)
  return { start, end: start + quote.length }
}
function open(lookup = (id: string) => articles.get(id)) {
  let tick = Date.UTC(2025, 0, 24, 10)
  return new Highlights(openStore(join(dir, 'highlights.json')), lookup, () => new Date((tick += 1000)))
}

describe('Highlights', () => {
  it('adds a highlight on the current text, with selectors, paragraph and a stable id', () => {
    const highlights = open()
    const quote = 'Russia is capable of ensuring nuclear parity without being drawn into an arms race'
    const added = highlights.add({
      articleId: TASS,
      ...range(TASS, quote),
      color: 'green',
      note: 'lead',
      tags: ['#arms race', 'inf', 'inf'],
      stance: 'Conditional',
      topic: 'Arms race',
    })
    expect(added).toMatchObject({
      quote,
      color: 'green',
      note: 'lead',
      tags: ['arms-race', 'inf'],
      stance: 'conditional',
      topic: 'Arms race',
      status: 'exact',
    })
    expect(added.id).toMatch(/^[0-9a-f]{12}$/)
    const body = articles.get(TASS)!.body
    const paragraph = articles.get(TASS)!.paragraphs[added.current!.paragraph]!
    expect(body.slice(paragraph.start, paragraph.end)).toContain(quote)
    expect(added.prefix).toBe(body.slice(added.start - 32, added.start))
    // Reopened from disk, it is all still there.
    expect(open().list()).toEqual([added])
  })

  it('trims whitespace from a selection and refuses empty or out-of-range ones', () => {
    const highlights = open()
    const r = range(TASS, 'All news')
    const added = highlights.add({ articleId: TASS, start: r.start, end: r.end + 2, color: 'yellow' })
    expect(added.quote).toBe('All news')
    expect(() => highlights.add({ articleId: TASS, start: r.end, end: r.end + 2, color: 'yellow' })).toThrow(
      /only spaces/,
    )
    expect(() => highlights.add({ articleId: TASS, start: 5, end: 99_999, color: 'yellow' })).toThrow(HighlightError)
    expect(() => highlights.add({ articleId: 'nope', start: 0, end: 3, color: 'yellow' })).toThrow(NotFoundError)
    expect(() => highlights.add({ articleId: TASS, ...r, color: 'pink' as 'red' })).toThrow(/Unknown colour "pink"/)
    expect(() => highlights.add({ articleId: TASS, ...r, color: 'red', stance: 'furious' })).toThrow(
      /Unknown stance label "furious"; known labels: supports, opposes, conditional, neutral/,
    )
  })

  it('updates, deletes with undo, adds stance labels', () => {
    const highlights = open()
    const added = highlights.add({
      articleId: TASS,
      ...range(TASS, 'Russia will not participate in it'),
      color: 'yellow',
    })
    expect(highlights.addStance('  skeptical ')).toEqual(['supports', 'opposes', 'conditional', 'neutral', 'skeptical'])
    expect(highlights.addStance('Skeptical')).toHaveLength(5)
    const updated = highlights.update(added.id, { color: 'red', note: 'refusal', tags: ['inf'], stance: 'skeptical' })
    expect(updated).toMatchObject({
      color: 'red',
      note: 'refusal',
      tags: ['inf'],
      stance: 'skeptical',
      createdAt: added.createdAt,
    })
    expect(updated.updatedAt > added.updatedAt).toBe(true)
    const removed = highlights.delete(added.id)
    expect(highlights.list()).toEqual([])
    expect(highlights.restore(removed)).toMatchObject({ id: added.id, note: 'refusal', status: 'exact' })
    expect(
      open()
        .list()
        .map((h) => h.id),
    ).toEqual([added.id])
    expect(() => highlights.update('missing', { note: 'x' })).toThrow(NotFoundError)
  })

  it('follows edited article text, orphans a removed passage and re-attaches it', () => {
    let current = articles.get(TASS)!
    const highlights = open((id) => (id === TASS ? current : articles.get(id)))
    const quote = 'Russia will not participate in it'
    const kept = highlights.add({ articleId: TASS, ...range(TASS, quote), color: 'yellow' })
    const lost = highlights.add({
      articleId: TASS,
      ...range(TASS, 'One of the participants of the meeting provided TASS with a recording'),
      color: 'blue',
      note: 'source',
    })
    const body =
      'Correction appended.\n\n' +
      current.body.replace(
        'One of the participants of the meeting provided TASS with a recording of the conversation.',
        '',
      )
    current = { ...current, body }
    const [moved, orphan] = highlights.list()
    expect(moved).toMatchObject({ id: kept.id, status: 'moved' })
    expect(body.slice(moved!.current!.start, moved!.current!.end)).toBe(quote)
    expect(orphan).toMatchObject({ id: lost.id, status: 'orphan', note: 'source' })
    expect(orphan!.current).toBeUndefined()
    const at = body.indexOf('Peskov said on Tuesday')
    const reattached = highlights.reattach(lost.id, TASS, at, at + 'Peskov said on Tuesday'.length)
    expect(reattached).toMatchObject({
      status: 'exact',
      quote: 'Peskov said on Tuesday',
      note: 'source',
      color: 'blue',
    })
  })

  it('saves quickly with 10,000 highlights in the store', () => {
    const highlights = open()
    const body = articles.get(TASS)!.body
    const base = highlights.add({
      articleId: TASS,
      ...range(TASS, 'Russia will not participate in it'),
      color: 'yellow',
    })
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      ...base,
      id: `bulk${i}`,
      start: i % 1000,
      end: (i % 1000) + 40,
      quote: body.slice(i % 1000, (i % 1000) + 40),
    }))
    const store = openStore(join(dir, 'highlights.json'))
    store.update((d) => ({ ...d, highlights: [...d.highlights, ...many] }))
    const timed = new Highlights(store, (id) => articles.get(id))
    const before = timed.list()
    const times: number[] = []
    for (let i = 0; i < 40; i++) {
      const t = performance.now()
      timed.update(`bulk${i}`, { note: `note ${i}` })
      times.push(performance.now() - t)
    }
    times.sort((a, b) => a - b)
    const p50 = times[20]!
    const p95 = times[Math.floor(times.length * 0.95)]!
    console.log(`highlight save with 10,001 highlights: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`)
    // The figure is printed, and measured in the bench (highlight_save_p95_ms), never asserted here.
    // Structurally: untouched highlights keep their placement (same object), so a save re-anchors only what changed.
    const after = timed.list()
    expect(after[500]).toBe(before[500])
    expect(after[1]).not.toBe(before[1])
    expect(after[1]!.note).toBe('note 0')
    expect(openStore(join(dir, 'highlights.json')).read().highlights).toHaveLength(10_001)
  })
})
