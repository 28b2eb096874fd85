// The direct build gives lunr's index exactly: same documents, postings and weights (so the same
// answers), whether counted in one part or several; a side index weighs its documents with the main
// index's figures.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { segmentParagraphs } from '../corpus'
import { parseJsonLines } from '../library/records'
import { reutersLines } from '../testing/library'
import { QUERIES } from '../../../bench/queries'
import { buildParts, countPart, mergeParts } from './build-parts'
import { CompactIndex, compactFromLunr, type CompactParts } from './compact'
import { splitArticles } from './parallel-build'
import { SearchIndex } from './search-index'

let articles: Article[]
let fromLunr: CompactParts

beforeAll(() => {
  articles = parseJsonLines('reuters.jsonl', reutersLines(3001, 3700)).records.map((r, i) => {
    const paragraphs = segmentParagraphs(r.body, { mode: 'wrapped', title: r.title })
    return { ...r, source: i % 3 ? 'Reuters' : null, paragraphs, paragraphCount: paragraphs.length }
  })
  fromLunr = compactFromLunr(SearchIndex.build(articles).toJSON().lunr as Parameters<typeof compactFromLunr>[0])
})

/** Every (term, field) posting list as "doc:weight" strings, by term name (term numbers may differ). */
function postingsByTerm(parts: CompactParts): Map<string, string> {
  const F = parts.fields.length
  const out = new Map<string, string>()
  parts.terms.forEach((term, t) => {
    const lists: string[] = []
    for (let f = 0; f < F; f++) {
      const items: string[] = []
      for (let i = parts.offsets[t * F + f]!; i < parts.offsets[t * F + f + 1]!; i++)
        items.push(`${parts.refs[parts.docs[i]!]}:${parts.weights[i]}`)
      lists.push(items.join(' '))
    }
    out.set(term, lists.join(' | '))
  })
  return out
}

describe('buildParts', () => {
  it('makes the index lunr makes: same refs, terms, postings and weights', () => {
    const direct = buildParts(articles)
    expect(direct.refs).toEqual(fromLunr.refs)
    expect(direct.fields).toEqual(fromLunr.fields)
    expect(direct.pipeline).toEqual(fromLunr.pipeline)
    expect(postingsByTerm(direct)).toEqual(postingsByTerm(fromLunr))
  })

  it('gives the same index when the articles are counted in parts and merged', () => {
    for (const n of [2, 3]) {
      const parts = splitArticles(articles, n)
      expect(parts).toHaveLength(n)
      expect(parts.flat()).toEqual(articles)
      expect(postingsByTerm(mergeParts(parts.map((p) => countPart(p))))).toEqual(postingsByTerm(fromLunr))
    }
  })

  it('answers every bench query as lunr does', () => {
    const ours = SearchIndex.fromEngine(new CompactIndex(buildParts(articles)), articles)
    const theirs = SearchIndex.build(articles)
    for (const query of QUERIES) expect(ours.search(query), query).toEqual(theirs.search(query))
  })
})
