// What a query means, checked against the text itself on 1,000 Reuters stories: every word required,
// OR, -word, phrases; the true total; pages that together give every match once; date order.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { segmentParagraphs } from '../corpus'
import { parseJsonLines } from '../library/records'
import { reutersLines } from '../testing/library'
import { hasPhrase } from '../text/text'
import { termsOf } from './analyze'
import { SearchIndex } from './search-index'

let articles: Article[]
let index: SearchIndex
/** Index terms of each article: its title and the text of its searchable paragraphs. */
const termsByArticle = new Map<string, Set<string>>()
const texts = (a: Article) => a.paragraphs.filter((p) => p.kind !== 'chrome').map((p) => a.body.slice(p.start, p.end))

beforeAll(() => {
  articles = parseJsonLines('reuters.jsonl', reutersLines(1, 1000)).records.map((r) => {
    const paragraphs = segmentParagraphs(r.body, { mode: 'wrapped', title: r.title })
    return { ...r, paragraphs, paragraphCount: paragraphs.length }
  })
  index = SearchIndex.build(articles)
  for (const a of articles) termsByArticle.set(a.id, new Set(termsOf([a.title, ...texts(a)].join('\n'))))
})

const has = (a: Article, word: string) => termsByArticle.get(a.id)!.has(termsOf(word)[0]!)
const everyId = (query: string) => {
  const page = index.searchPage({ query, limit: 100_000 })
  expect(page.hits).toHaveLength(page.total)
  return new Set(page.hits.map((h) => h.articleId))
}
const idsWhere = (test: (a: Article) => boolean) => new Set(articles.filter(test).map((a) => a.id))

describe('query meaning on Reuters', () => {
  it('"peace treaty" (unquoted) lists exactly the articles holding both words', () => {
    const both = idsWhere((a) => has(a, 'peace') && has(a, 'treaty'))
    const either = idsWhere((a) => has(a, 'peace') || has(a, 'treaty'))
    expect(either.size).toBeGreaterThan(both.size) // otherwise this proves nothing
    expect(everyId('peace treaty')).toEqual(both)
    expect(everyId('oil prices')).toEqual(idsWhere((a) => has(a, 'oil') && has(a, 'prices')))
  })

  it('OR takes either word, -word leaves out articles that mention it', () => {
    expect(everyId('cocoa OR coffee')).toEqual(idsWhere((a) => has(a, 'cocoa') || has(a, 'coffee')))
    const oilNoGas = everyId('oil -gas')
    expect(oilNoGas).toEqual(idsWhere((a) => has(a, 'oil') && !has(a, 'gas')))
    expect(oilNoGas.size).toBeLessThan(everyId('oil').size)
  })

  it('a quoted phrase needs its words together, in order', () => {
    const phrase = 'interest rates'
    const expected = idsWhere((a) => texts(a).some((t) => hasPhrase(t, phrase)))
    expect(expected.size).toBeGreaterThan(5)
    expect(everyId(`"${phrase}"`)).toEqual(expected)
    expect(everyId(`"${phrase}" -dollar`)).toEqual(
      new Set(
        [...expected].filter(
          (id) =>
            !has(
              articles.find((a) => a.id === id)!,
              'dollar',
            ),
        ),
      ),
    )
  })

  it('gives the true total, and pages that together list every match once, best first', () => {
    const oil = idsWhere((a) => has(a, 'oil'))
    const first = index.searchPage({ query: 'oil', limit: 20 })
    expect(first.total).toBe(oil.size)
    expect(first.total).toBeGreaterThan(50)
    // Passages: paragraphs whose own text (or heading) holds the word; a title match is not one.
    const slice = (a: Article, i: number | undefined) =>
      i === undefined ? '' : a.body.slice(a.paragraphs[i]!.start, a.paragraphs[i]!.end)
    const passages = articles.reduce(
      (sum, a) =>
        sum +
        a.paragraphs.filter(
          (p) => p.kind !== 'chrome' && termsOf(`${slice(a, p.index)}\n${slice(a, p.section)}`).includes('oil'),
        ).length,
      0,
    )
    expect(first.passages).toBe(passages)
    const seen: string[] = []
    for (let offset = 0; offset < first.total; offset += 20) {
      const page = index.searchPage({ query: 'oil', offset, limit: 20 })
      expect(page.total).toBe(first.total)
      expect(page.offset).toBe(offset)
      seen.push(...page.hits.map((h) => h.articleId))
    }
    expect(seen).toHaveLength(oil.size)
    expect(new Set(seen)).toEqual(oil)
    expect(index.search('oil', 20).map((h) => h.articleId)).toEqual(seen.slice(0, 20))
  })

  it('sorts by date either way, and filters by date range and source', () => {
    const date = (id: string) => articles.find((a) => a.id === id)!.date ?? ''
    const newest = index.searchPage({ query: 'oil', sort: 'newest', limit: 1000 }).hits.map((h) => date(h.articleId))
    expect(newest).toEqual([...newest].sort().reverse())
    const oldest = index.searchPage({ query: 'oil', sort: 'oldest', limit: 1000 }).hits.map((h) => date(h.articleId))
    expect(oldest).toEqual([...oldest].sort())
    const [from, to] = [oldest[10]!, oldest[30]!]
    const ranged = index.searchPage({ query: 'oil', limit: 1000, filters: { from, to } })
    expect(ranged.total).toBe(oldest.filter((d) => d >= from && d <= to).length)
    expect(index.searchPage({ query: 'oil', filters: { sources: ['nowhere'] } }).total).toBe(0)
    // Reuters records name no source: every match counts under ''.
    expect(index.searchPage({ query: 'oil' }).sources).toEqual([{ name: '', count: oldest.length }])
  })

  it('filters passages by speaker and counts speakers and sources to choose from', () => {
    // A stand-in attribution: even paragraphs said by "Yeutter", odd ones by no one.
    const speakerOf = (_: Article, paragraph: number) => (paragraph % 2 === 0 ? 'Clayton Yeutter' : null)
    const all = index.searchPage({ query: 'oil', limit: 1000 }, speakerOf)
    expect(all.speakers[0]).toMatchObject({ name: 'Clayton Yeutter' })
    const said = index.searchPage({ query: 'oil', limit: 1000, filters: { speaker: 'yeutter' } }, speakerOf)
    expect(said.total).toBeGreaterThan(0)
    expect(said.total).toBeLessThanOrEqual(all.total)
    for (const hit of said.hits) for (const s of hit.snippets) expect(s.paragraph % 2).toBe(0)
    expect(index.searchPage({ query: 'oil', filters: { speaker: 'nobody' } }, speakerOf).total).toBe(0)
  })
})
