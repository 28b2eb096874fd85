// One highlight with what every export format says about it: its article, where it sits, who speaks there,
// when it was made and the link back. Markdown, CSV and REFI-QDA all read these, so they agree.
import { compareByDate } from '../../shared/dates'
import { paragraphNumber, passageLink } from '../../shared/passage-link'
import type { ArticleSummary, PlacedHighlight } from '../../shared/types'

export interface HighlightRecord {
  highlight: PlacedHighlight
  /** The article as the library has it; undefined when it is no longer there. */
  article: ArticleSummary | undefined
  /** Paragraph index (from 0) where the highlight sits now; null for an orphan. */
  paragraph: number | null
  /** The same paragraph as people count it (from 1), or null. */
  paragraphNumber: number | null
  speaker: string | null
  /** The day the highlight was made, YYYY-MM-DD (UTC, as stored). */
  made: string
  /** `stance-reader://open?…`: the passage in the app. */
  link: string
}

export interface RecordContext {
  article: (id: string) => ArticleSummary | undefined
  speakerFor?: (highlight: PlacedHighlight) => string | null | undefined
}

export function toRecord(h: PlacedHighlight, context: RecordContext): HighlightRecord {
  const paragraph = h.current?.paragraph ?? null
  return {
    highlight: h,
    article: context.article(h.articleId),
    paragraph,
    paragraphNumber: paragraph === null ? null : paragraphNumber(paragraph),
    speaker: context.speakerFor?.(h)?.trim() || null,
    made: h.createdAt.slice(0, 10),
    link: passageLink(h.articleId, paragraph),
  }
}

/** Records in reading order: articles by date (undated last), then position in the article; orphans last. */
export function orderedRecords(highlights: PlacedHighlight[], context: RecordContext): HighlightRecord[] {
  return highlights.map((h) => toRecord(h, context)).sort(byReadingOrder)
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function byReadingOrder(a: HighlightRecord, b: HighlightRecord): number {
  const orphanA = a.highlight.status === 'orphan'
  const orphanB = b.highlight.status === 'orphan'
  if (orphanA !== orphanB) return orphanA ? 1 : -1
  const dated = (r: HighlightRecord) => ({
    id: r.highlight.articleId,
    date: r.article?.date ?? null,
    title: r.article?.title ?? '',
  })
  return (
    compareByDate(dated(a), dated(b)) ||
    (a.highlight.current?.start ?? 0) - (b.highlight.current?.start ?? 0) ||
    (a.highlight.current?.end ?? 0) - (b.highlight.current?.end ?? 0) ||
    compare(a.highlight.createdAt, b.highlight.createdAt) ||
    compare(a.highlight.id, b.highlight.id)
  )
}

/** The URL the article was published at, when the library knows it and it is a web address. */
export function sourceUrl(article: ArticleSummary | undefined): string | null {
  const url = article?.url
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}
