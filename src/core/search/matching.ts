// Which articles a query matches, and how well. The engine scores paragraphs holding any of the query's
// words; an article matches when every group of the query is met somewhere in it (a word in any
// paragraph or its title, a phrase in one paragraph) and no excluded word or phrase is. Its passages
// are its paragraphs that hold a word or a phrase of the query.
import type { Article } from '../../shared/types'
import { hasPhrase } from '../text/text'
import type { SearchEngine } from './engine'
import type { Alternative, ParsedQuery, QueryWord } from './query'
import { descending, type ParagraphScore } from './rank'
import type { Match } from './results'

type EngineResult = ReturnType<SearchEngine['query']>[number]

/** Where a result points: its article, its number, and its paragraph (null for a title-only brief). */
export interface Place {
  article: Article
  no: number
  paragraph: number | null
}

export interface MatchSource {
  /** Ids of the articles with the word (or a term starting with the prefix) in one of `fields`. */
  articlesWith(word: QueryWord, fields: readonly string[]): Set<string>
  /** Ids of the articles with the phrase in the text of one paragraph. */
  articlesWithPhrase(phrase: string): Set<string>
}

/** Fields a positive word may be found in; an excluded word leaves an article out only for its own text. */
export const MATCH_FIELDS = ['text', 'heading', 'title', 'source'] as const
const EXCLUDE_FIELDS = ['text', 'heading', 'title'] as const

function articlesFor(alternative: Alternative, source: MatchSource, fields: readonly string[]): Set<string> {
  return alternative.kind === 'word'
    ? source.articlesWith(alternative.word, fields)
    : source.articlesWithPhrase(alternative.text)
}

/**
 * Ids of the articles that meet every group and none of the exclusions, or null when every article
 * with a passage does (one group only: a passage holds one of its words, or one of its phrases).
 */
export function allowedArticles(query: ParsedQuery, source: MatchSource): Set<string> | null {
  if (query.groups.length <= 1 && query.excluded.length === 0) return null
  const sets = query.groups
    .map((group) => {
      const union = new Set<string>()
      for (const alternative of group) for (const id of articlesFor(alternative, source, MATCH_FIELDS)) union.add(id)
      return union
    })
    .sort((a, b) => a.size - b.size)
  const [smallest, ...others] = sets as [Set<string>, ...Array<Set<string>>]
  const allowed = new Set([...smallest].filter((id) => others.every((set) => set.has(id))))
  for (const alternative of query.excluded)
    for (const id of articlesFor(alternative, source, EXCLUDE_FIELDS)) allowed.delete(id)
  return allowed
}

/** Ids of the articles among `candidates` (paragraphs holding the phrase's words) with the phrase itself. */
export function withPhrase(
  candidates: Map<string, Set<number>>,
  articles: ReadonlyMap<string, Article>,
  phrase: string,
): Set<string> {
  const ids = new Set<string>()
  for (const [id, paragraphs] of candidates) {
    const article = articles.get(id) as Article
    for (const paragraph of paragraphs) {
      const p = article.paragraphs[paragraph]
      if (p && hasPhrase(article.body.slice(p.start, p.end), phrase)) {
        ids.add(id)
        break
      }
    }
  }
  return ids
}

/** How many different query terms a result matched (the keys of its match data). */
function matchedTerms(result: EngineResult): number {
  return result.matchedTermCount ?? Object.keys(result.matchData.metadata).length
}

/** A paragraph is a passage when it holds a word of the query or one of its phrases (not only a phrase's words apart). */
function passageTest(query: ParsedQuery): ((result: EngineResult, place: Place) => boolean) | null {
  const alternatives = query.groups.flat()
  const phrases = alternatives.flatMap((a) => (a.kind === 'phrase' ? [a.text] : []))
  if (phrases.length === 0) return null
  const words = alternatives.flatMap((a) => (a.kind === 'word' ? [a.word] : []))
  const exact = new Set(words.filter((w) => !w.prefix).map((w) => w.term))
  const prefixes = words.filter((w) => w.prefix).map((w) => w.term)
  // A paragraph holds a phrase only if it holds all the phrase's words: most are ruled out by counting.
  const fewest = Math.min(...alternatives.flatMap((a) => (a.kind === 'phrase' ? [a.terms.length] : [])))
  return (result, { article, paragraph }) => {
    if (words.length > 0) {
      const terms = Object.keys(result.matchData.metadata)
      if (terms.some((t) => exact.has(t) || prefixes.some((p) => t.startsWith(p)))) return true
    }
    if (result.inBody === false || (result.matchedTermCount !== undefined && result.matchedTermCount < fewest))
      return false
    const p = paragraph === null ? undefined : article.paragraphs[paragraph]
    if (!p) return false
    const text = article.body.slice(p.start, p.end)
    return phrases.some((phrase) => hasPhrase(text, phrase))
  }
}

/** Whether the paragraph's own text or heading holds a query term (not only its article's title or source). */
function inParagraph(result: EngineResult): boolean {
  if (result.inBody !== undefined) return result.inBody
  const metadata = result.matchData.metadata as Record<string, Record<string, unknown>>
  for (const term in metadata) if (metadata[term]?.text || metadata[term]?.heading) return true
  return false
}

/**
 * Every matching article, scored from its passages, in the order first met (ranking is `byRank`).
 * `groupAt` is scratch by article number, all -1 (and left so).
 */
export function rankMatches(
  query: ParsedQuery,
  results: readonly EngineResult[],
  placeOf: (result: EngineResult) => Place | null,
  allowed: Set<string> | null,
  groupAt: Int32Array,
  wanted: number,
): Match[] {
  const groups: Array<{ article: Article; no: number; paragraphs: ParagraphScore[]; passages: number }> = []
  const isPassage = passageTest(query)
  for (const result of results) {
    const place = placeOf(result)
    if (!place) continue
    const { article, paragraph } = place
    if (allowed && !allowed.has(article.id)) continue
    if (isPassage && !isPassage(result, place)) continue
    let at = groupAt[place.no] as number
    if (at < 0) at = groupAt[place.no] = groups.push({ article, no: place.no, paragraphs: [], passages: 0 }) - 1
    const group = groups[at] as (typeof groups)[number]
    // A word in the title matches every paragraph (each carries the title): it ranks the article, but
    // only paragraphs holding a word themselves are counted as its passages.
    if (isPassage || inParagraph(result)) group.passages++
    // Coordination, as Lucene's classic scoring: a paragraph with all the words beats one with few.
    // (Counted only for queries of several words: with one, it is 1 whatever the count.)
    const coordination = wanted > 1 ? (Math.min(wanted, matchedTerms(result)) / wanted) ** 2 : 1
    group.paragraphs.push({ paragraph, score: result.score * coordination })
  }
  return groups.map(({ article, no, paragraphs, passages }, order) => {
    groupAt[no] = -1
    // Results come best first, so most lists are in order already (a sort per article costs more).
    if (!descending(paragraphs)) paragraphs.sort((a, b) => b.score - a.score)
    // The best paragraph counts most; each further one adds half as much as the one before.
    const score = paragraphs.reduce((sum, p, i) => sum + p.score / 2 ** i, 0)
    return { article, articleId: article.id, score: Math.round(score * 1e4) / 1e4, paragraphs, passages, order }
  })
}
