// The comparison as CSV: one row a passage, in date order, for a spreadsheet or a script. Written as the
// highlights CSV is (papaparse, RFC 4180, byte order mark, formula-looking cells defused with a leading ').
import Papa from 'papaparse'
import { FORMULA_START } from '../export/csv'
import type { Comparison } from '../../shared/types'
import { reportColumns, TopicStances, type ReportOptions } from './report'

export const REPORT_CSV_COLUMNS = [
  'date',
  'source',
  'title',
  'articleId',
  'paragraph',
  'speaker',
  'stance',
  'text',
] as const

/** `paragraph` counts from 1 as the reader shows it; `stance` joins the labels of the topic's highlights on the passage with "; ". */
export function comparisonCsv(comparison: Comparison, options: ReportOptions = {}): string {
  const stances = new TopicStances(comparison.topic, options.highlights)
  const rows = reportColumns(comparison, options).flatMap((column) =>
    column.passages.map((passage) => [
      column.date ?? '',
      column.source ?? '',
      column.title,
      column.articleId,
      String(passage.paragraph + 1),
      passage.speaker ?? '',
      stances.ofPassage(column.articleId, passage).join('; '),
      passage.text,
    ]),
  )
  const text = Papa.unparse(
    { fields: [...REPORT_CSV_COLUMNS], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  )
  return `\uFEFF${text}\r\n`
}
