// What a comparison says about the articles that do not mention its topic, and the search that was run:
// the app's "Not mentioned" summary, the CLI and the report all state it the same way.
import type { Column, Comparison, IsoDate } from './types'

export interface SourceAbsence {
  source: string
  count: number
  first: IsoDate | null
  last: IsoDate | null
}

export interface AbsenceSummary {
  count: number
  first: IsoDate | null
  last: IsoDate | null
  /** Most articles first, then by name. */
  bySource: SourceAbsence[]
}

/** Shown for articles that name no source. */
export const NO_SOURCE = '(no source)'

/** Count per source and date range of the columns that do not mention the topic. */
export function absenceSummary(columns: readonly Column[]): AbsenceSummary {
  const sources = new Map<string, SourceAbsence>()
  const all: SourceAbsence = { source: '', count: 0, first: null, last: null }
  for (const column of columns) {
    if (column.mentioned) continue
    const name = column.source ?? NO_SOURCE
    let entry = sources.get(name)
    if (!entry) sources.set(name, (entry = { source: name, count: 0, first: null, last: null }))
    for (const target of [entry, all]) {
      target.count++
      if (column.date) {
        if (!target.first || column.date < target.first) target.first = column.date
        if (!target.last || column.date > target.last) target.last = column.date
      }
    }
  }
  const bySource = [...sources.values()].sort((a, b) => b.count - a.count || a.source.localeCompare(b.source))
  return { count: all.count, first: all.first, last: all.last, bySource }
}

/** "1987-02-26 to 1987-10-20", one date when both are the same, "undated" without any. */
export function dateRange(first: IsoDate | null, last: IsoDate | null): string {
  if (!first || !last) return 'undated'
  return first === last ? first.slice(0, 10) : `${first.slice(0, 10)} to ${last.slice(0, 10)}`
}

/** The search as a reader can check it: "checked 1,000 articles for: arms race, "arms control"". */
export function searchRun(comparison: Pick<Comparison, 'terms' | 'columns'>): string {
  const n = comparison.columns.length
  return `checked ${n.toLocaleString('en-US')} article${n === 1 ? '' : 's'} for: ${comparison.terms.join(', ')}`
}
