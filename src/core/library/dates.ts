// Dates in imported records: ISO dates and timestamps, or anything Date can read unambiguously.
import type { IsoDate } from '../../shared/types'

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/**
 * The calendar date of `value` as `YYYY-MM-DD`, `null` for no date, or `undefined` when it cannot be read.
 * An ISO string keeps its own calendar day (no time-zone shift: the wire's day is the story's day).
 */
export function toIsoDate(value: unknown): IsoDate | null | undefined {
  if (value === null || value === undefined || value === '') return null
  if (typeof value !== 'string') return undefined
  const text = value.trim()
  const iso = ISO.exec(text)
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    return validDay(year, month, day) ? `${iso[1]}-${iso[2]}-${iso[3]}` : undefined
  }
  // Other written forms ("26-FEB-1987 15:01:01.79", "March 6, 1987"): only with a four-digit year.
  if (!/\b\d{4}\b/.test(text)) return undefined
  const parsed = new Date(text.replace(/^(\d{1,2})-([A-Za-z]{3})-(\d{4})/, '$1 $2 $3').replace(/\.\d+$/, ''))
  if (Number.isNaN(parsed.getTime())) return undefined
  return `${pad(parsed.getFullYear(), 4)}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`
}
