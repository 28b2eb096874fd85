// The readable (not --json) compare output: one column per article, side by side in date order across
// the terminal, continuing in further bands below when they do not fit. Plain text only: emphasis is
// UPPER CASE speakers and **terms**, counted in the width, so the columns stay aligned.
import type { Column, Comparison } from '../shared/types'
import { absenceSummary, dateRange, searchRun } from '../shared/compare-summary'
import { articleLine, emphasize } from './format'

/** Narrower than this, a column holds three words a line and reads as a list of fragments. */
export const MIN_COLUMN_WIDTH = 26
/** With more "not mentioned" articles than this, only their count per source is printed, not each one. */
export const MAX_ABSENT_COLUMNS = 12
const GAP = ' │ '
const RULE_GAP = '─┼─'

/** Characters as a terminal counts them (one per code point; wide CJK glyphs are not told apart). */
const widthOf = (text: string) => [...text].length

/** Words of `text` in lines of at most `width`, each starting with `indent`; a longer word is cut. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(1, width - widthOf(indent))
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word
    while (widthOf(rest) > room) {
      if (line) lines.push(line)
      const chars = [...rest]
      lines.push(chars.slice(0, room).join(''))
      rest = chars.slice(room).join('')
      line = ''
    }
    if (!rest) continue
    if (line && widthOf(line) + 1 + widthOf(rest) > room) {
      lines.push(line)
      line = rest
    } else line = line ? `${line} ${rest}` : rest
  }
  if (line) lines.push(line)
  return lines.map((l) => indent + l)
}

/** What sits above the rule: date · source · title, then the id and how many passages. */
function headLines(column: Column, width: number): string[] {
  const count = column.passages.length
  const status = column.mentioned ? `${count} passage${count === 1 ? '' : 's'}` : 'not mentioned'
  const idLine = `  ${column.articleId} · ${status}`
  // Too long for one line, the id and the status get one each rather than a break inside "not mentioned".
  const idLines =
    widthOf(idLine) <= width ? [idLine] : [...wrap(column.articleId, width, '  '), ...wrap(status, width, '  ')]
  const lines = [...wrap(articleLine(column), width), ...idLines]
  if (column.alsoFiledAs?.length) lines.push(...wrap(`also filed as ${column.alsoFiledAs.join(', ')}`, width, '  '))
  return lines
}

/** Below the rule: each passage as ¶n · SPEAKER, then its text with the matched terms in **…**. */
function bodyLines(column: Column, width: number): string[] {
  const lines: string[] = []
  for (const passage of column.passages) {
    if (lines.length) lines.push('')
    const speaker = passage.speaker === null ? 'speaker unknown' : passage.speaker.toUpperCase()
    lines.push(...wrap(`¶${passage.paragraph + 1} · ${speaker}`, width)) // numbered from 1, as in the reader
    lines.push(...wrap(emphasize(passage.text, passage.marks), width, '  '))
  }
  return lines
}

/** One column as lines of at most `width`: its head, and its passages under the rule. */
export function columnLines(column: Column, width: number): { head: string[]; body: string[] } {
  return { head: headLines(column, width), body: bodyLines(column, width) }
}

/**
 * Columns per band: as many as fit at the minimum width, spread evenly over the bands (5 columns where
 * 4 fit make bands of 3 and 2, not 4 and 1).
 */
export function bandsOf<T>(columns: T[], width: number): T[][] {
  const fit = Math.max(1, Math.floor((width + GAP.length) / (MIN_COLUMN_WIDTH + GAP.length)))
  const bandCount = Math.ceil(columns.length / fit)
  const perBand = Math.ceil(columns.length / Math.max(1, bandCount))
  const bands: T[][] = []
  for (let i = 0; i < columns.length; i += perBand) bands.push(columns.slice(i, i + perBand))
  return bands
}

/** Widths in a band: "not mentioned" columns stay at the minimum, the ones with passages share the rest. */
function widthsOf(band: Column[], width: number): number[] {
  const room = Math.max(band.length, width - GAP.length * (band.length - 1))
  const wide = band.filter((c) => c.mentioned).length
  const compact = wide > 0 && wide < band.length
  const narrow = compact ? Math.min(MIN_COLUMN_WIDTH, Math.floor(room / band.length)) : 0
  const share = compact ? room - narrow * (band.length - wide) : room
  const shared = compact ? wide : band.length
  let extra = share - Math.floor(share / shared) * shared
  return band.map((c) => {
    if (compact && !c.mentioned) return narrow
    const w = Math.floor(share / shared) + (extra > 0 ? 1 : 0)
    extra--
    return w
  })
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - widthOf(text)))
}

/** Rows of cells side by side; a "│" runs on while the column left of it or any right of it has text. */
function sideBySide(cells: string[][], widths: number[]): string[] {
  const heights = cells.map((c) => c.length)
  const rows: string[] = []
  for (let row = 0; row < Math.max(0, ...heights); row++) {
    let line = ''
    cells.forEach((lines, i) => {
      if (i > 0) line += row < Math.max(...heights.slice(i - 1)) ? GAP : ' '.repeat(GAP.length)
      line += pad(lines[row] ?? '', widths[i] as number)
    })
    rows.push(line.trimEnd())
  }
  return rows
}

function renderBand(band: Column[], width: number): string[] {
  const widths = widthsOf(band, width)
  const parts = band.map((column, i) => columnLines(column, widths[i] as number))
  const rule = widths.map((w) => '─'.repeat(w)).join(RULE_GAP)
  return [
    ...sideBySide(
      parts.map((p) => p.head),
      widths,
    ),
    rule,
    ...sideBySide(
      parts.map((p) => p.body),
      widths,
    ),
  ]
}

/** The count of the others, per source with dates; each one a line (cut with "…") when they are few. */
function absentLines(columns: Column[], width: number): string[] {
  const absent = columns.filter((c) => !c.mentioned)
  if (absent.length === 0) return []
  const summary = absenceSummary(columns)
  const lines = wrap(
    `Not mentioned in ${absent.length} article${absent.length === 1 ? '' : 's'}, ${dateRange(summary.first, summary.last)}:`,
    width,
  )
  const sources = summary.bySource.map((s) => `${s.source} ${s.count}`).join(', ')
  lines.push(...wrap(`by source: ${sources}`, width, '  '))
  if (absent.length > MAX_ABSENT_COLUMNS) return lines
  for (const column of absent) {
    const line = `  ${articleLine(column)} · ${column.articleId}`
    lines.push(widthOf(line) <= width ? line : `${[...line].slice(0, width - 1).join('')}…`)
  }
  return lines
}

/** The whole comparison as text of at most `width` characters a line: the mentioning columns, then the count of the others. */
export function readableComparison(comparison: Comparison, width = 120): string {
  const columns = comparison.columns
  const mentioned = columns.filter((c) => c.mentioned)
  const out = [
    ...wrap(`${comparison.topic}: ${mentioned.length} of ${columns.length} articles address it`, width),
    ...wrap(`${searchRun(comparison)}`, width),
  ]
  for (const band of bandsOf(mentioned, width)) out.push('', ...renderBand(band, width))
  const absent = absentLines(columns, width)
  if (absent.length) out.push('', ...absent)
  return out.join('\n')
}
