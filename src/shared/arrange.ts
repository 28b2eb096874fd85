// The passages of a comparison arranged for reading at any size: one flat list in date order (either way),
// narrowed by speaker and stance, then grouped by date (the timeline) or by source and date (the grid).
// Pure and cheap, so switching layout, order or filter never waits for the backend.
import { NO_SOURCE } from './compare-summary'
import { dayNumber } from './dates'
import type { Column, Passage } from './types'

export type CompareLayout = 'panes' | 'timeline' | 'grid'
export const LAYOUTS: readonly CompareLayout[] = ['panes', 'timeline', 'grid']
export type DateOrder = 'oldest' | 'newest'

/** Speaker and stance choices; an empty list lets everything through. */
export interface PassageFilter {
  speakers: readonly string[]
  stances: readonly string[]
}

/** Shown for passages whose speaker is not known; choosable in the speaker filter. */
export const UNKNOWN_SPEAKER = 'speaker unknown'
/** Choosable in the stance filter: passages nobody has labelled yet. */
export const NO_STANCE = 'not labelled'

export interface PassageRow {
  /** Unique in the comparison: article id and paragraph. */
  key: string
  column: Column
  passage: Passage
  stances: string[]
}

export type StanceOf = (articleId: string, passage: Passage) => string[]

/** Every passage of the mentioning columns as rows, in the columns' date order or reversed. */
export function passageRows(columns: readonly Column[], stanceOf: StanceOf, order: DateOrder = 'oldest'): PassageRow[] {
  const rows: PassageRow[] = []
  for (const column of columns) {
    if (!column.mentioned) continue
    for (const passage of column.passages)
      rows.push({
        key: `${column.articleId}#${passage.paragraph}`,
        column,
        passage,
        stances: stanceOf(column.articleId, passage),
      })
  }
  if (order === 'newest') return reverseByArticle(rows)
  return rows
}

/** Newest article first, but each article's passages still in reading order; undated stay last. */
function reverseByArticle(rows: PassageRow[]): PassageRow[] {
  const dated: PassageRow[][] = []
  const undated: PassageRow[][] = []
  let group: PassageRow[] = []
  for (const row of rows) {
    if (group.length && group[0]!.column !== row.column) {
      ;(group[0]!.column.date ? dated : undated).push(group)
      group = []
    }
    group.push(row)
  }
  if (group.length) (group[0]!.column.date ? dated : undated).push(group)
  return [...dated.reverse(), ...undated].flat()
}

export function filterRows(rows: readonly PassageRow[], filter: PassageFilter): PassageRow[] {
  if (!filter.speakers.length && !filter.stances.length) return [...rows]
  const speakers = new Set(filter.speakers)
  const stances = new Set(filter.stances)
  return rows.filter((row) => {
    if (speakers.size && !speakers.has(row.passage.speaker ?? UNKNOWN_SPEAKER)) return false
    if (!stances.size) return true
    return row.stances.length ? row.stances.some((s) => stances.has(s)) : stances.has(NO_STANCE)
  })
}

/** The columns the panes show: only the passages that pass, in the rows' order. */
export function columnsOf(rows: readonly PassageRow[]): Column[] {
  const columns: Column[] = []
  let last: Column | undefined
  for (const row of rows) {
    if (row.column !== last) {
      last = row.column
      columns.push({ ...row.column, passages: [] })
    }
    columns.at(-1)!.passages.push(row.passage)
  }
  return columns
}

/** A row's date as a day ("1987-03-02"), or "undated". */
export const dayOf = (row: PassageRow): string => row.column.date?.slice(0, 10) ?? 'undated'

/** Speakers and sources to choose from, most passages first. */
export function filterChoices(rows: readonly PassageRow[]): { speakers: string[] } {
  const counts = new Map<string, number>()
  for (const row of rows) {
    const speaker = row.passage.speaker ?? UNKNOWN_SPEAKER
    counts.set(speaker, (counts.get(speaker) ?? 0) + 1)
  }
  const speakers = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s)
  return { speakers }
}

export interface SourceLane {
  source: string
  /** Rows by date bucket (see `dateBuckets`), in the lane's order. */
  cells: Map<string, PassageRow[]>
  count: number
}

/**
 * Days when the rows span up to 60 days, else months: the columns of the grid. In the rows' order, so the
 * grid reads left to right the way the list reads top to bottom.
 */
export function dateBuckets(rows: readonly PassageRow[]): { buckets: string[]; bucketOf: (row: PassageRow) => string } {
  const days = rows.flatMap((r) => (r.column.date ? [r.column.date.slice(0, 10)] : [])).sort()
  const span = days.length ? dayNumber(days.at(-1)!) - dayNumber(days[0]!) : 0
  const bucketOf = span > 60 ? (row: PassageRow) => dayOf(row).slice(0, 7) : dayOf
  const buckets: string[] = []
  const seen = new Set<string>()
  for (const row of rows) {
    const bucket = bucketOf(row)
    if (!seen.has(bucket)) {
      seen.add(bucket)
      buckets.push(bucket)
    }
  }
  return { buckets, bucketOf }
}

/** One lane per source (most passages first), each holding its rows by date bucket. */
export function sourceLanes(rows: readonly PassageRow[], bucketOf: (row: PassageRow) => string): SourceLane[] {
  const lanes = new Map<string, SourceLane>()
  for (const row of rows) {
    const source = row.column.source ?? NO_SOURCE
    let lane = lanes.get(source)
    if (!lane) lanes.set(source, (lane = { source, cells: new Map(), count: 0 }))
    const bucket = bucketOf(row)
    const cell = lane.cells.get(bucket)
    if (cell) cell.push(row)
    else lane.cells.set(bucket, [row])
    lane.count++
  }
  return [...lanes.values()].sort((a, b) => b.count - a.count || a.source.localeCompare(b.source))
}

/** The layout a comparison opens in when the user has not chosen one for the topic. */
export function defaultLayout(mentioned: number): CompareLayout {
  return mentioned <= 6 ? 'panes' : 'timeline'
}
