// The comparison as something to take away: JSON (the CLI's shape), and the parts the Markdown and CSV
// reports share: the stance labels highlights give each passage and article.
import type { Column, Comparison, PlacedHighlight } from '../../shared/types'
export { TopicStances } from '../../shared/stances'

export type ReportFormat = 'md' | 'csv' | 'json'

export interface ReportOptions {
  /** Leave out the articles that do not mention the topic (a summary of them stays in Markdown). */
  mentionedOnly?: boolean
  /** Highlights whose stance labels the report shows; only those made for this topic count. */
  highlights?: readonly PlacedHighlight[]
  /** When the report was made (front matter); now when absent. */
  now?: Date
}

/** The columns a report covers. */
export function reportColumns(comparison: Comparison, options: ReportOptions = {}): Column[] {
  return options.mentionedOnly ? comparison.columns.filter((c) => c.mentioned) : comparison.columns
}

/** The CLI's JSON: no marks, nothing else; `mentionedOnly` drops the other columns. */
export function comparisonJson(comparison: Comparison, options: ReportOptions = {}) {
  return {
    topic: comparison.topic,
    terms: comparison.terms,
    columns: reportColumns(comparison, options).map((column) => ({
      articleId: column.articleId,
      date: column.date,
      source: column.source,
      title: column.title,
      mentioned: column.mentioned,
      passages: column.passages.map(({ paragraph, start, end, text, speaker }) => ({
        paragraph,
        start,
        end,
        text,
        speaker,
      })),
      ...(column.alsoFiledAs?.length ? { alsoFiledAs: column.alsoFiledAs } : {}),
    })),
  }
}

/** Distinct speakers of a column's passages, in reading order. */
export function speakersOf(column: Column): string[] {
  return [...new Set(column.passages.flatMap((p) => (p.speaker ? [p.speaker] : [])))]
}
