// A highlight in several topics: set at any time, kept across a reopen, and read from older stores,
// which hold only the one topic a highlight was made in.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { loadCorpusDir } from '../corpus'
import { BUNDLED_CORPUS } from '../testing/test-paths'
import { Highlights } from './service'
import { openStore } from './store'

const TASS = '000_f6b6277f5f03b554'
let dir: string
let articles: Map<string, Article>

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hl-topics-'))
  articles = new Map((await loadCorpusDir(BUNDLED_CORPUS)).articles.map((a) => [a.id, a]))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const range = (quote: string) => {
  const start = articles.get(TASS)!.body.indexOf(quote)
  return { start, end: start + quote.length }
}

describe('highlight topics', () => {
  it('files a highlight under its comparison topic and any others, changed at any time', () => {
    const path = join(dir, 'a.json')
    const highlights = new Highlights(openStore(path), (id) => articles.get(id))
    const h = highlights.add({
      articleId: TASS,
      ...range('Russia will not participate in it'),
      color: 'red',
      topic: 'Arms race',
      topics: ['arms race', '  NATO   spending '],
    })
    expect(h.topics).toEqual(['Arms race', 'NATO spending'])
    expect(highlights.update(h.id, { topics: ['Japan peace treaty'] }).topics).toEqual(['Japan peace treaty'])
    // The topic it was made in stays as made, for older versions; the list is what counts.
    expect(highlights.get(h.id).topic).toBe('Arms race')
    const reopened = new Highlights(openStore(path), (id) => articles.get(id))
    expect(reopened.get(h.id).topics).toEqual(['Japan peace treaty'])
    expect(reopened.update(h.id, { topics: [] }).topics).toEqual([])
  })

  it('reads a store written before topics were a list', () => {
    const path = join(dir, 'old.json')
    const at = '2025-01-01T00:00:00.000Z'
    const { start, end } = range('Russia will not participate in it')
    const old = (id: string, topic: string | null) => ({
      id,
      articleId: TASS,
      textHash: '',
      start,
      end,
      quote: 'Russia will not participate in it',
      prefix: '',
      suffix: '',
      color: 'red',
      note: '',
      tags: ['arms race'],
      stance: null,
      topic,
      createdAt: at,
      updatedAt: at,
    })
    writeFileSync(
      path,
      JSON.stringify({ schemaVersion: 1, highlights: [old('a', 'Arms race'), old('b', null)], stances: [] }),
    )
    const highlights = new Highlights(openStore(path), (id) => articles.get(id))
    expect(highlights.list().map((h) => [h.id, h.topics])).toEqual([
      ['a', ['Arms race']],
      ['b', []],
    ])
  })
})
