import lunr from 'lunr'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { parseJsonLines } from '../library/records'
import { reutersLines } from '../testing/library'
import { segmentParagraphs } from '../corpus'
import { decodeAny, decodeAnyInSlices, decodeIndex, encodeIndex } from './cache'
import { CompactIndex, compactFromLunr, type CompactResult } from './compact'
import { QUERIES } from '../../../bench/queries'
import { SearchIndex } from './search-index'

let articles: Article[]
let lunrIndex: lunr.Index
let compact: CompactIndex

beforeAll(() => {
  articles = parseJsonLines('reuters.jsonl', reutersLines(2001, 2800)).records.map((r) => {
    const paragraphs = segmentParagraphs(r.body, { mode: 'wrapped', title: r.title })
    return { ...r, paragraphs, paragraphCount: paragraphs.length }
  })
  const json = SearchIndex.build(articles).toJSON().lunr
  // lunr's own loaded index, and the compact one made from the same build.
  lunrIndex = lunr.Index.load(JSON.parse(JSON.stringify(json)))
  compact = new CompactIndex(compactFromLunr(json as Parameters<typeof compactFromLunr>[0]))
})

/**
 * Results without the index each one carries (`parts`): the tests compare the two indexes once, since
 * deep-comparing the whole index again for each of some 300 results took seconds.
 */
const withoutIndex = (results: CompactResult[]) => results.map(({ parts: _, ...result }) => result)

const queries = [
  'bank',
  'oil prices',
  '+oil -opec',
  'opec~1',
  'treas*',
  'title:soviet',
  'nuclear missiles treaty',
  '-bank',
  '+zzzz oil',
  'heading:x text:arms^3 talks',
]

describe('CompactIndex', () => {
  it.each(queries)('answers %s exactly as lunr does: same refs, same scores, same order', (q) => {
    const expected = lunrIndex.search(q)
    const actual = compact.search(q)
    expect(actual.map((r) => [r.ref, r.score])).toEqual(expected.map((r) => [r.ref, r.score]))
    for (const [i, result] of expected.slice(0, 5).entries()) {
      expect(Object.keys(actual[i]!.matchData.metadata).sort()).toEqual(Object.keys(result.matchData.metadata).sort())
    }
  })

  it('has the postings lunr has', () => {
    const inverted = (lunrIndex as unknown as { invertedIndex: Record<string, Record<string, object>> }).invertedIndex
    for (const term of ['oil', 'soviet', 'treati'])
      expect(compact.postings(term, 'text')).toEqual(Object.keys(inverted[term]!.text!))
    expect([...compact.terms()].sort()).toEqual(Object.keys(inverted).sort())
  })

  it('round-trips through the cache encoding, and refuses another key or a damaged file', () => {
    const bytes = encodeIndex('k1', compact.parts)
    const parts = decodeIndex(bytes, 'k1')!
    expect(parts).toEqual(compact.parts)
    const results = new CompactIndex(parts).search('oil prices')
    expect(results.every((r) => r.parts === parts)).toBe(true)
    expect(withoutIndex(results)).toEqual(withoutIndex(compact.search('oil prices')))
    expect(decodeIndex(bytes, 'k2')).toBeNull()
    expect(decodeIndex(bytes.subarray(0, bytes.length - 4), 'k1')).toBeNull()
    expect(decodeIndex(Buffer.from('not an index'), 'k1')).toBeNull()
  })

  it('decodes the same index with its header parsed in slices, and refuses the same damage', async () => {
    const covers = articles.map((a): [string, string] => [a.id, `print-${a.id}`])
    const bytes = encodeIndex('k1', compact.parts, covers)
    const cut = { wholeBelow: 0, splitFrom: 1024, batchChars: 2048 }
    const sliced = await decodeAnyInSlices(bytes, cut)
    expect(sliced).toEqual(decodeAny(bytes))
    expect(sliced?.covers).toHaveLength(articles.length)
    expect(sliced!.parts).toEqual(compact.parts)
    const results = new CompactIndex(sliced!.parts).search('oil prices')
    expect(results.every((r) => r.parts === sliced!.parts)).toBe(true)
    expect(withoutIndex(results)).toEqual(withoutIndex(compact.search('oil prices')))
    const damaged = Buffer.from(bytes)
    const refs = damaged.indexOf('"refs":[')
    damaged.write(' ', damaged.indexOf('","', refs + 5000) + 1, 'latin1') // a comma between two refs gone
    expect(decodeAny(damaged)).toBeNull()
    expect(await decodeAnyInSlices(damaged, cut)).toBeNull()
    expect(await decodeAnyInSlices(bytes.subarray(0, bytes.length - 4), cut)).toBeNull()
  })

  it.each(queries)('counts the terms each result of %s matched as lunr match data has them', (q) => {
    const expected = lunrIndex.search(q).map((r) => [r.ref, Object.keys(r.matchData.metadata).length])
    expect(compact.search(q).map((r) => [r.ref, r.matchedTermCount])).toEqual(expected)
  })

  it('serves search the same hits, scores, order and snippets as lunr does, for every bench query and page size', () => {
    // The compact engine takes the fast paths (numbered documents, counted terms); lunr the generic ones.
    const direct = SearchIndex.build(articles)
    const viaCompact = SearchIndex.fromEngine(compact, articles)
    for (const q of QUERIES) {
      for (const limit of [1, 7, 50, 10_000])
        expect(viaCompact.search(q, limit), `${q} (${limit})`).toEqual(direct.search(q, limit))
      expect(viaCompact.rawQuery(q), q).toBe(direct.rawQuery(q))
    }
    expect(viaCompact.search('oil', 0)).toEqual([])
    expect(viaCompact.search('oil', Number.NaN)).toEqual([])
  })

  it('serves SearchIndex with the same hits as the lunr-backed one', () => {
    const direct = SearchIndex.build(articles)
    const viaCompact = SearchIndex.fromEngine(compact, articles)
    for (const q of ['arms talks', '"medium-range missiles"', 'opec -quota', 'treas*'])
      expect(viaCompact.search(q)).toEqual(direct.search(q))
    expect(viaCompact.candidates(['oil', 'output ceiling'])).toEqual(direct.candidates(['oil', 'output ceiling']))
  })
})
