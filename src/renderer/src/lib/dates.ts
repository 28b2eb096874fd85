// Dates are ISO `YYYY-MM-DD` strings, compared as strings and binned in UTC (no time zones).
import { dateOfDay, dayNumber } from '../../../shared/dates'
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

// Milliseconds here so the UTC calendar helpers (getUTCDay, Date.UTC) apply; days come from the one count.
const toMs = (date: IsoDate): number => dayNumber(date) * DAY
const toIso = (ms: number): IsoDate => dateOfDay(Math.round(ms / DAY))

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

/** A run of empty bins left out of a compact strip. */
export interface DateGap {
  gap: true
  from: IsoDate
  to: IsoDate
  label: string
}

export type StripItem = DateBin | DateGap

export function isGap(item: StripItem): item is DateGap {
  return 'gap' in item
}

const UNITS: BinUnit[] = ['day', 'week', 'month', 'year']

/** How many bins start in [from, to), counted without building them (spans can be decades of days). */
function emptyBins(from: IsoDate, to: IsoDate, unit: BinUnit): number {
  const days = (toMs(to) - toMs(from)) / DAY
  if (unit === 'day') return days
  if (unit === 'week') return Math.ceil(days / 7)
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7))
  return unit === 'month' ? months : Math.ceil(months / 12)
}

/**
 * Bins for a date strip that stays useful when dates cluster (1987 and 2019–2025): the finest
 * unit whose occupied bins number at most `maxBins`, with long empty stretches (more than
 * `maxEmpty` bins) collapsed into one gap instead of drawn bar by bar.
 */
export function compactBins(
  sortedDates: readonly IsoDate[],
  maxBins = 100,
  maxEmpty = 4,
): { unit: BinUnit; items: StripItem[] } {
  if (sortedDates.length === 0) return { unit: 'day', items: [] }
  let unit: BinUnit = 'year'
  let starts: IsoDate[] = []
  for (const candidate of UNITS) {
    starts = [...new Set(sortedDates.map((d) => binStart(d, candidate)))]
    unit = candidate
    if (starts.length <= maxBins) break
  }
  const items: StripItem[] = []
  for (const start of starts) {
    const previous = items.at(-1)
    if (previous && !isGap(previous)) {
      const from = nextStart(previous.start, unit)
      if (from < start) {
        const to = toIso(toMs(start) - DAY)
        if (emptyBins(from, start, unit) > maxEmpty) {
          items.push({ gap: true, from, to, label: `no articles ${formatDate(from)} – ${formatDate(to)}` })
        } else items.push(...dateBins(from, to, unit))
      }
    }
    items.push(dateBins(start, start, unit)[0]!)
  }
  return { unit, items }
}
