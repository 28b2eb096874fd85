// Timings moved out of the unit tests (wall-clock limits there failed under load): candidate lookups
// for comparisons, and a search over one huge one-line article; each against a plain search in this run.
import type { Article } from '../src/shared/types'
import { SearchIndex } from '../src/core/search'
import { percentile, round, timeEach } from './stats'

const CANDIDATE_TERMS = ['oil', 'crude oil', 'opec', 'production quota', 'dlrs']

export function measureLookups(index: SearchIndex, articles: readonly Article[]): Record<string, number> {
  const search = timeEach(['oil'], (q) => index.search(q), 5)
  const lookups = timeEach([CANDIDATE_TERMS], (terms) => index.candidates(terms), 5)
  const body = `${'Filler words about nothing much at all. '.repeat(5000)}The peace treaty clause. ${'More filler text. '.repeat(5000)}`
  const huge: Article = {
    ...(articles[0] as Article),
    id: 'huge',
    body,
    paragraphs: [{ index: 0, start: 0, end: body.trimEnd().length, kind: 'text' }],
  }
  const hugeSearch = timeEach([huge], (article) => SearchIndex.build([article]).search('"peace treaty" filler'), 3)
  const searchP50 = percentile(search, 50)
  const candidatesP50 = percentile(lookups, 50)
  return {
    candidates_p50_ms: candidatesP50,
    candidates_ratio: round(candidatesP50 / searchP50, 3),
    huge_article_search_p50_ms: percentile(hugeSearch, 50),
  }
}
