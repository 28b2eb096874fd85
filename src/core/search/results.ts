// From every matching article to the page the user sees: filters (source, date range, speaker), the
// order asked for (relevance or date), the true totals, counts to filter by, and one page of it.
import { compareDays, type DateOrder } from '../../shared/dates'
import type { Article, SearchPage, SearchRequest, SearchSort, SourceCount } from '../../shared/types'
import { byRank, topK, type ParagraphScore, type RankedArticle } from './rank'

/** An article that matches, with its matching paragraphs best first. */
export interface Match extends RankedArticle<ParagraphScore> {
  article: Article
  /** Paragraphs holding a word or phrase of the query in their own text (title matches rank, but are not passages). */
  passages: number
}

/** Who said a paragraph (speaker attribution), or null; given by the caller, so search stays apart from it. */
export type SpeakerOf = (article: Article, paragraph: number) => string | null

export interface ResultPage {
  total: number
  passages: number
  matches: Match[]
  sources: SourceCount[]
  speakers: SourceCount[]
}

export const DEFAULT_LIMIT = 50

/** The answer to a request that matches nothing. */
export function emptyPage(request: SearchRequest): SearchPage {
  const offset = Math.max(0, Math.trunc(request.offset ?? 0))
  return { query: request.query, total: 0, passages: 0, offset, hits: [], sources: [], speakers: [] }
}
/** Speakers are counted over this many of the best articles (attribution costs a little per article). */
const SPEAKER_FACET_ARTICLES = 300
const collator = new Intl.Collator()

/** The app's one date order (undated last), the better match first on the same day. */
const byDateThenRank =
  (order: DateOrder) =>
  (a: Match, b: Match): number =>
    compareDays(a.article.date, b.article.date, order) || byRank(a, b)

const ORDERS: Record<SearchSort, (a: Match, b: Match) => number> = {
  relevance: byRank,
  newest: byDateThenRank('newest'),
  oldest: byDateThenRank('oldest'),
}

function counted(counts: Map<string, number>): SourceCount[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name))
}

/** Only the passages said by a speaker whose name contains `wanted` (any case); null when none is. */
function bySpeaker(match: Match, wanted: string, speakerOf: SpeakerOf): Match | null {
  const paragraphs = match.paragraphs.filter((p) => {
    const name = p.paragraph === null ? null : speakerOf(match.article, p.paragraph)
    return name !== null && name.toLowerCase().includes(wanted)
  })
  return paragraphs.length > 0 ? { ...match, paragraphs, passages: Math.min(match.passages, paragraphs.length) } : null
}

export function pageOf(all: readonly Match[], request: SearchRequest, speakerOf?: SpeakerOf): ResultPage {
  const filters = request.filters ?? {}
  const from = filters.from ?? null
  const to = filters.to ?? null
  const sources = filters.sources && filters.sources.length > 0 ? new Set(filters.sources) : null
  const wanted = filters.speaker?.trim().toLowerCase() ?? ''

  // Source counts are taken before the source filter, so the user sees what else there is.
  const sourceCounts = new Map<string, number>()
  let kept: Match[] = []
  for (const match of all) {
    const date = match.article.date
    if ((from || to) && (date === null || (from && date < from) || (to && date > to))) continue
    const source = match.article.source ?? ''
    sourceCounts.set(source, (sourceCounts.get(source) ?? 0) + 1)
    if (sources && !sources.has(source)) continue
    kept.push(match)
  }
  if (wanted && speakerOf) kept = kept.flatMap((m) => bySpeaker(m, wanted, speakerOf) ?? [])

  const order = ORDERS[request.sort ?? 'relevance']
  const offset = Math.max(0, Math.trunc(request.offset ?? 0))
  const limit = Math.max(0, Math.trunc(request.limit ?? DEFAULT_LIMIT))
  const matches = topK(kept, offset + limit, order).slice(offset)

  const speakerCounts = new Map<string, number>()
  if (speakerOf) {
    for (const match of topK(kept, SPEAKER_FACET_ARTICLES, byRank)) {
      const names = new Set<string>()
      for (const p of match.paragraphs) {
        const name = p.paragraph === null ? null : speakerOf(match.article, p.paragraph)
        if (name) names.add(name)
      }
      for (const name of names) speakerCounts.set(name, (speakerCounts.get(name) ?? 0) + 1)
    }
  }
  return {
    total: kept.length,
    passages: kept.reduce((sum, m) => sum + m.passages, 0),
    matches,
    sources: counted(sourceCounts),
    speakers: counted(speakerCounts).slice(0, 50),
  }
}
