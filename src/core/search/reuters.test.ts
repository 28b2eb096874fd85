// Real wire text at some scale: hard-wrapped lines must be joined into paragraphs for phrases that
// cross a line break to be found, and the index must answer on a couple of thousand articles.
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { segmentParagraphs } from '../corpus'
import { detectMode } from '../corpus/segment'
import { REUTERS_FILE } from '../testing/test-paths'
import { SearchIndex } from './search-index'

interface Record {
  id: string
  date: string | null
  title: string
  dateline: string | null
  body: string
}

async function readSlice(count: number): Promise<Record[]> {
  const records: Record[] = []
  const lines = createInterface({ input: createReadStream(REUTERS_FILE, 'utf8'), crlfDelay: Infinity })
  for await (const line of lines) {
    if (line.trim()) records.push(JSON.parse(line) as Record)
    if (records.length >= count) break
  }
  lines.close()
  return records
}

const toArticle = (r: Record): Article => {
  const paragraphs = segmentParagraphs(r.body)
  return {
    id: r.id,
    title: r.title,
    source: 'Reuters',
    date: r.date?.slice(0, 10) ?? null,
    dateline: r.dateline,
    language: 'en',
    origin: `reuters-21578.jsonl`,
    paragraphCount: paragraphs.length,
    body: r.body,
    paragraphs,
  }
}

let records: Record[]
let articles: Article[]
let index: SearchIndex

beforeAll(async () => {
  records = await readSlice(2000)
  articles = records.map(toArticle)
  index = SearchIndex.build(articles)
})

describe('a 2,000-story slice of Reuters-21578', () => {
  it('detects the wire text as hard-wrapped and joins its lines into indented paragraphs', () => {
    const multiLine = records.filter(
      (r) => /\n.*\S/.test(r.body) && /\n {2,}\S/.test(r.body) && /[a-z,]\n[a-z]/.test(r.body),
    )
    expect(multiLine.length).toBeGreaterThan(500)
    const wrapped = multiLine.filter((r) => detectMode(r.body) === 'wrapped').length
    expect(wrapped / multiLine.length).toBeGreaterThan(0.97)
    for (const article of articles.filter((a) => multiLine.some((r) => r.id === a.id)).slice(0, 200)) {
      const indented = article.body.split('\n').filter((line, i) => i > 0 && /^ {2,}\S/.test(line)).length
      // One paragraph for the opening lines, one for each indented line (give or take a blank line).
      expect(Math.abs(article.paragraphs.length - (indented + 1)), article.id).toBeLessThanOrEqual(2)
    }
  })

  it('finds a phrase that crosses a wrapped line break', () => {
    const cocoa = articles.find((a) => a.id === 'reuters-1')!
    expect(cocoa.body).toContain('since early\nJanuary')
    const hit = index.search('"since early January"').find((h) => h.articleId === 'reuters-1')
    expect(hit).toBeDefined()
    expect(hit?.snippets[0]?.text).toContain('since early January')
    expect(index.candidates(['early January']).get('reuters-1')).toEqual(new Set([0]))
  })

  it('finds every story with a word, and ranks the one with all the words first', () => {
    const withCocoa = articles.filter(
      (a) => /cocoa/i.test(a.title) || a.paragraphs.some((p) => /cocoa/i.test(a.body.slice(p.start, p.end))),
    )
    expect(withCocoa.length).toBeGreaterThan(1)
    expect(new Set(index.search('cocoa').map((h) => h.articleId))).toEqual(new Set(withCocoa.map((a) => a.id)))
    const hits = index.search('cocoa crop Bahia', 10)
    expect(hits[0]?.articleId).toBe('reuters-1')
    expect(hits[0]?.snippets.every((s) => s.marks.length > 0)).toBe(true)
  })

  // Its time is in the bench (candidates_p50_ms), never asserted here.
  it('answers candidate lookups over the corpus', () => {
    const found = index.candidates(['oil', 'crude oil', 'opec', 'production quota', 'dlrs'])
    expect(found.size).toBeGreaterThan(100)
  })
})
