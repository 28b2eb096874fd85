// Highlights as CSV, one row a highlight, for spreadsheets and R/pandas. RFC 4180: CRLF between records,
// fields holding a comma, quote or line break quoted, quotes doubled (papaparse writes it). Article text
// and notes are untrusted, so a cell a spreadsheet would run as a formula is defused with a leading '.
import Papa from 'papaparse'
import { sourceUrl, type HighlightRecord } from './records'
import { topicsOf } from './select'

export const CSV_COLUMNS = [
  'date',
  'source',
  'title',
  'articleId',
  'paragraph',
  'speaker',
  'stance',
  'color',
  'tags',
  'note',
  'quote',
  'highlighted',
  'topics',
  'url',
  'link',
  'highlightId',
] as const

/**
 * What a spreadsheet reads as a formula: = + - @ first (also after spaces, which some trim), or a tab or
 * CR first. papaparse's own pattern misses a multi-line cell such as "=cmd\nx", so ours is passed in.
 */
export const FORMULA_START = /^\s*[=+\-@]|^[\t\r]/

/** Excel opens a UTF-8 file as UTF-8 only when it starts with a byte order mark; other readers skip it. */
const BOM = '\uFEFF'

export function renderCsv(records: HighlightRecord[]): string {
  const rows = records.map((r) => {
    const h = r.highlight
    return [
      r.article?.date ?? '',
      r.article?.source ?? '',
      r.article?.title ?? '',
      h.articleId,
      r.paragraphNumber === null ? '' : String(r.paragraphNumber),
      r.speaker ?? '',
      h.stance ?? '',
      h.color,
      h.tags.join(', '),
      h.note,
      h.quote,
      r.made,
      topicsOf(h).join(', '),
      sourceUrl(r.article) ?? '',
      r.link,
      h.id,
    ]
  })
  const text = Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows },
    { newline: '\r\n', escapeFormulae: FORMULA_START, quotes: false },
  )
  return `${BOM}${text}\r\n`
}
