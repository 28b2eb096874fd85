// Dates as the app keeps them: `YYYY-MM-DD` calendar days, read the same on every machine whatever its
// time zone, and one order for every list of dated things (library, comparison panes, exports, search).
import type { IsoDate } from './types'

export type DateOrder = 'oldest' | 'newest'

/** What can be put in date order: undated things have `date: null`. */
export interface Dated {
  id: string
  date: IsoDate | null
  title?: string
}

/** Titles and ids as a reader expects them: "reuters-9" before "reuters-10", case aside; the same everywhere. */
const textOrder = new Intl.Collator('en', { numeric: true })

/** Two days oldest first (or newest first), undated last either way; 0 on the same day. */
export function compareDays(a: IsoDate | null, b: IsoDate | null, order: DateOrder = 'oldest'): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return (a < b ? -1 : 1) * (order === 'newest' ? -1 : 1)
}

/**
 * Oldest first (or newest first), undated last either way; on the same day by title, then by id, so the
 * order is the same on every load and every machine.
 */
export function compareByDate(a: Dated, b: Dated, order: DateOrder = 'oldest'): number {
  return (
    compareDays(a.date, b.date, order) ||
    textOrder.compare(a.title ?? '', b.title ?? '') ||
    textOrder.compare(a.id, b.id)
  )
}

/** Oldest first, undated last: the default order of the library and of comparisons. */
export const byDate = (a: Dated, b: Dated): number => compareByDate(a, b, 'oldest')

/** A sorted copy. */
export function sortByDate<T extends Dated>(items: readonly T[], order: DateOrder = 'oldest'): T[] {
  return [...items].sort((a, b) => compareByDate(a, b, order))
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/
/** A time of day with whatever zone follows it (`23:30:00 GMT`, `11:30 PM EST`, `15:01:01.79 +0900 (JST)`). */
const TIME_AND_ZONE =
  /(\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?(\s*[AaPp][Mm])?\s*(?:(?:GMT|UTC|UT)\s*(?:[+-]\d{1,2}:?\d{2})?|[+-]\d{2}:?\d{2}|Z|[A-Z]{2,5})?\s*(?:\([^)]*\))?$/

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The calendar day of `value` as `YYYY-MM-DD`: `null` for no date, `undefined` when it cannot be read.
 * The day is the one written, in the article's own offset (a wire stamped 23:30 GMT on the 24th is the
 * 24th in Tokyo too), never shifted by the machine's time zone. A Date (YAML front matter) gives its UTC day.
 */
export function parseIsoDate(value: unknown): IsoDate | null | undefined {
  if (value === null || value === undefined || value === '') return null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  if (text === '') return null
  const iso = ISO.exec(text)
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    return validDay(year, month, day) ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined
  }
  // Other written forms ("26-FEB-1987 15:01:01.79", "March 6, 1987", RFC 822): only with a four-digit year.
  // The zone is dropped and the rest read as UTC, so the day stays the one written.
  if (!/\b\d{4}\b/.test(text)) return undefined
  const written = text.replace(/^(\d{1,2})-([A-Za-z]{3})-(\d{4})/, '$1 $2 $3').replace(TIME_AND_ZONE, '$1$2')
  const parsed = new Date(`${written} UTC`)
  if (Number.isNaN(parsed.getTime())) return undefined
  return `${pad(parsed.getUTCFullYear(), 4)}-${pad(parsed.getUTCMonth() + 1)}-${pad(parsed.getUTCDate())}`
}

const DAY_MS = 86_400_000

/** Days since 1970-01-01 for the calendar day written first in `date` (`YYYY-MM-DD…`), counted in UTC. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number)
  return Math.round(Date.UTC(y!, m! - 1, d!) / DAY_MS)
}

/** The calendar day `day` days after 1970-01-01, as `YYYY-MM-DD`: the inverse of `dayNumber`. */
export function dateOfDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}
