// The comparison as CSV: one row a passage, in date order, for a spreadsheet or a script.
import { stringify } from 'csv-stringify/sync'
import type { Comparison } from '../../shared/types'
import { reportColumns, TopicStances, type ReportOptions } from './report'

export const CSV_COLUMNS = ['date', 'source', 'title', 'articleId', 'paragraph', 'speaker', 'stance', 'text'] as const

/**
 * RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line break). `paragraph` counts from 1 as the
 * reader shows it; `stance` joins the labels of the topic's highlights on the passage with "; ".
 */
export function comparisonCsv(comparison: Comparison, options: ReportOptions = {}): string {
  const stances = new TopicStances(comparison.topic, options.highlights)
  const rows = reportColumns(comparison, options).flatMap((column) =>
    column.passages.map((passage) => [
      column.date ?? '',
      column.source ?? '',
      column.title,
      column.articleId,
      passage.paragraph + 1,
      passage.speaker ?? '',
      stances.ofPassage(column.articleId, passage).join('; '),
      passage.text,
    ]),
  )
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', bom: false })
}
