// Dates are ISO `YYYY-MM-DD` strings, compared as strings and binned in UTC (no time zones).
import type { IsoDate } from '../../../shared/types'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAY = 86_400_000

export function isIsoDate(value: string | null | undefined): value is IsoDate {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
}

/** `2019-09-24` → `24 Sep 2019`; null → `undated`. */
export function formatDate(date: IsoDate | null | undefined): string {
  if (!isIsoDate(date)) return 'undated'
  const [y, m, d] = date.split('-')
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`
}

/** Date order, undated last; ties by title so the order is stable across loads. */
export function byDate<T extends { date: IsoDate | null; title: string }>(a: T, b: T): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1
    if (b.date === null) return -1
    return a.date < b.date ? -1 : 1
  }
  return a.title.localeCompare(b.title)
}

export function inRange(date: IsoDate | null, from: IsoDate | '', to: IsoDate | ''): boolean {
  if (!from && !to) return true
  if (date === null) return false
  return (!from || date >= from) && (!to || date <= to)
}

export type BinUnit = 'day' | 'week' | 'month' | 'year'

export interface DateBin {
  start: IsoDate
  /** Inclusive last day of the bin. */
  end: IsoDate
  label: string
}

function toMs(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y!, m! - 1, d!)
}

function toIso(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The finest unit that keeps the number of bins at or under `maxBins`. */
export function chooseUnit(min: IsoDate, max: IsoDate, maxBins = 120): BinUnit {
  const days = (toMs(max) - toMs(min)) / DAY + 1
  if (days <= maxBins) return 'day'
  if (days / 7 <= maxBins) return 'week'
  if (days / 30.4 <= maxBins) return 'month'
  return 'year'
}

export function binStart(date: IsoDate, unit: BinUnit): IsoDate {
  const ms = toMs(date)
  const d = new Date(ms)
  if (unit === 'day') return date
  if (unit === 'week') return toIso(ms - ((d.getUTCDay() + 6) % 7) * DAY) // weeks start on Monday
  if (unit === 'month') return `${date.slice(0, 7)}-01`
  return `${date.slice(0, 4)}-01-01`
}

function nextStart(start: IsoDate, unit: BinUnit): IsoDate {
  const d = new Date(toMs(start))
  if (unit === 'day') return toIso(toMs(start) + DAY)
  if (unit === 'week') return toIso(toMs(start) + 7 * DAY)
  if (unit === 'month') return toIso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))
  return toIso(Date.UTC(d.getUTCFullYear() + 1, 0, 1))
}

function binLabel(start: IsoDate, end: IsoDate, unit: BinUnit): string {
  if (unit === 'day') return formatDate(start)
  if (unit === 'week') return `week of ${formatDate(start)} – ${formatDate(end)}`
  if (unit === 'month') return `${MONTHS[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}`
  return start.slice(0, 4)
}

/** Contiguous bins from the one holding `min` to the one holding `max`, empty ones included. */
export function dateBins(min: IsoDate, max: IsoDate, unit: BinUnit): DateBin[] {
  const bins: DateBin[] = []
  for (let start = binStart(min, unit); start <= max;) {
    const next = nextStart(start, unit)
    const end = toIso(toMs(next) - DAY)
    bins.push({ start, end, label: binLabel(start, end, unit) })
    start = next
  }
  return bins
}

/** Index of the bin holding `date` (bins as from dateBins), or -1. */
export function binIndex(bins: readonly DateBin[], date: IsoDate): number {
  let lo = 0
  let hi = bins.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const bin = bins[mid]!
    if (date < bin.start) hi = mid - 1
    else if (date > bin.end) lo = mid + 1
    else return mid
  }
  return -1
}
