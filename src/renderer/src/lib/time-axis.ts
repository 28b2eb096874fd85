// A time axis that stays readable when dates cluster years apart: each cluster (span) is drawn to
// scale, long empty stretches between clusters are cut out and marked with their length ("⋯ 5 yr"),
// and ticks are chosen per span so their labels never collide. Dates are ISO strings, days in UTC.
import { dateOfDay, dayNumber } from '../../../shared/dates'
import type { IsoDate } from '../../../shared/types'
import { spanTicks, type AxisTick } from './time-ticks'

export type { AxisTick } from './time-ticks'

/** Days since 1970-01-01 (UTC) for an ISO date, and back: the app's one day count, under the axis's names. */
export const dayOf = dayNumber
export const isoOf = dateOfDay

/** One run of dates drawn to scale. `from`/`to` are padded day numbers; `first`/`last` the real dates. */
export interface AxisSpan {
  first: number
  last: number
  from: number
  to: number
  x0: number
  x1: number
}

/** An empty stretch cut out of the axis. */
export interface AxisBreak {
  x0: number
  x1: number
  /** Days without any date, and the first and last of them. */
  days: number
  from: IsoDate
  to: IsoDate
  /** Short length for the mark: `5 yr`, `3 mo`, `19 d`. */
  label: string
}

export interface TimeAxis {
  width: number
  spans: AxisSpan[]
  breaks: AxisBreak[]
  ticks: AxisTick[]
  /** Every distinct day that holds a date, ascending (keyboard steps go from one to the next). */
  days: number[]
  first: IsoDate
  last: IsoDate
  /** Horizontal position of a date (the middle of its day); dates inside a break sit at its middle. */
  x(date: IsoDate): number
  /** Where a date's day begins and ends on the axis (a range's edges). */
  dayBounds(date: IsoDate): [number, number]
  /** The date under a horizontal position, within the axis's first and last date. */
  dateAt(x: number): IsoDate
}

export interface AxisOptions {
  /** Width of a break mark. */
  breakWidth?: number
  /** No span is drawn narrower than this (room for one label). */
  minSpanWidth?: number
  /** A stretch is cut out when it is at least this share of the days still drawn. */
  breakShare?: number
  /** ... and at least this many days long. */
  minBreakDays?: number
  maxBreaks?: number
}

const DEFAULTS: Required<AxisOptions> = {
  breakWidth: 56,
  minSpanWidth: 72,
  breakShare: 0.6,
  minBreakDays: 7,
  maxBreaks: 4,
}

/** `1948` empty days → `5 yr`; the mark on a break. */
export function gapLength(days: number): string {
  if (days < 14) return `${days} d`
  if (days < 60) return `${Math.round(days / 7)} wk`
  if (days < 730) return `${Math.round(days / 30.44)} mo`
  return `${Math.round(days / 365.25)} yr`
}

/** Distinct days, ascending, of the dates given (any order, duplicates allowed). */
export function distinctDays(dates: readonly IsoDate[]): number[] {
  return [...new Set(dates.map(dayOf))].sort((a, b) => a - b)
}

/** Where to cut: indexes i such that the stretch between days[i] and days[i + 1] becomes a break. */
export function chooseBreaks(days: readonly number[], options: AxisOptions = {}): number[] {
  const { breakShare, minBreakDays, maxBreaks } = { ...DEFAULTS, ...options }
  if (days.length < 2) return []
  let drawn = days.at(-1)! - days[0]! + 1
  const empty = days.slice(1).map((day, i) => ({ i, days: day - days[i]! - 1 }))
  empty.sort((a, b) => b.days - a.days)
  const cuts: number[] = []
  for (const gap of empty) {
    if (cuts.length >= maxBreaks || gap.days < minBreakDays || gap.days < breakShare * drawn) break
    cuts.push(gap.i)
    drawn -= gap.days
  }
  return cuts.sort((a, b) => a - b)
}

/** Share `available` pixels out in proportion to `weights`, none below `min` while room allows. */
export function shareWidths(weights: readonly number[], available: number, min: number): number[] {
  if (weights.length === 0) return []
  if (available <= min * weights.length) return weights.map(() => available / weights.length)
  const widths = weights.map(() => 0)
  const fixed = new Set<number>()
  for (;;) {
    const room = available - fixed.size * min
    const total = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0)
    let changed = false
    weights.forEach((w, i) => {
      if (fixed.has(i)) return (widths[i] = min)
      widths[i] = total > 0 ? (room * w) / total : room / (weights.length - fixed.size)
      if (widths[i] < min) {
        fixed.add(i)
        changed = true
      }
    })
    if (!changed) return widths
  }
}

/** The axis for `dates` drawn `width` pixels wide; null when there is no date. */
export function buildAxis(dates: readonly IsoDate[], width: number, options: AxisOptions = {}): TimeAxis | null {
  const o = { ...DEFAULTS, ...options }
  const days = distinctDays(dates)
  if (days.length === 0) return null
  const cuts = chooseBreaks(days, o)
  const runs: [number, number][] = []
  let start = 0
  for (const cut of [...cuts, days.length - 1]) {
    runs.push([days[start]!, days[cut]!])
    start = cut + 1
  }
  const drawn = runs.reduce((sum, [a, b]) => sum + b - a + 1, 0)
  // Padding keeps marks at a span's ends off its edges and gives a one-day span some width.
  const pad = Math.max(1, Math.round(0.03 * drawn))
  const weights = runs.map(([a, b]) => b - a + 1 + 2 * pad)
  const widths = shareWidths(weights, Math.max(1, width - cuts.length * o.breakWidth), o.minSpanWidth)
  const spans: AxisSpan[] = []
  const breaks: AxisBreak[] = []
  let x = 0
  runs.forEach(([a, b], i) => {
    if (i > 0) {
      const before = runs[i - 1]![1]
      breaks.push({
        x0: x,
        x1: x + o.breakWidth,
        days: a - before - 1,
        from: isoOf(before + 1),
        to: isoOf(a - 1),
        label: gapLength(a - before - 1),
      })
      x += o.breakWidth
    }
    spans.push({ first: a, last: b, from: a - pad, to: b + 1 + pad, x0: x, x1: x + widths[i]! })
    x += widths[i]!
  })
  // `at` is a day number with a fraction: day + 0.5 is the middle of that day.
  const xAt = (at: number): number => {
    const i = spans.findIndex((s) => at < s.to)
    const span = spans[i] ?? spans.at(-1)!
    if (at < span.from && i > 0) return (breaks[i - 1]!.x0 + breaks[i - 1]!.x1) / 2
    const clamped = Math.max(span.from, Math.min(at, span.to))
    return span.x0 + ((clamped - span.from) / (span.to - span.from)) * (span.x1 - span.x0)
  }
  const dayAt = (px: number): number => {
    const i = spans.findIndex((s) => px < s.x1)
    const span = spans[i] ?? spans.at(-1)!
    if (px < span.x0 && i > 0) {
      // In a break: the nearer span's edge.
      const mid = (breaks[i - 1]!.x0 + breaks[i - 1]!.x1) / 2
      return px < mid ? spans[i - 1]!.last : span.first
    }
    const day = Math.floor(span.from + ((px - span.x0) / (span.x1 - span.x0)) * (span.to - span.from))
    return Math.max(days[0]!, Math.min(days.at(-1)!, day))
  }
  return {
    width,
    spans,
    breaks,
    ticks: spans.flatMap((span) => spanTicks(span, days)),
    days,
    first: isoOf(days[0]!),
    last: isoOf(days.at(-1)!),
    // A day is drawn at its middle, so a one-day span's mark is centred.
    x: (date) => xAt(dayOf(date) + 0.5),
    dayBounds: (date) => [xAt(dayOf(date)), xAt(dayOf(date) + 1 - 1e-9)],
    dateAt: (px) => isoOf(dayAt(px)),
  }
}

/** The first date holding articles at least `days` after `date` (before it, when negative); the ends at most. */
export function jumpDate(axis: TimeAxis, date: IsoDate, days: number): IsoDate {
  const target = dayOf(date) + days
  const list = axis.days
  if (days > 0) return isoOf(list.find((d) => d >= target) ?? list.at(-1)!)
  return isoOf(
    list[
      Math.max(
        0,
        findLastIndex(list, (d) => d <= target),
      )
    ]!,
  )
}

/** The next (`step` > 0) or previous day holding a date, from `date`; stays put at the ends. */
export function stepDate(axis: TimeAxis, date: IsoDate, step: number): IsoDate {
  const day = dayOf(date)
  const days = axis.days
  let i = step > 0 ? days.findIndex((d) => d > day) : findLastIndex(days, (d) => d < day)
  if (i < 0) i = step > 0 ? days.length - 1 : 0
  i = Math.max(0, Math.min(days.length - 1, i + (step > 0 ? step - 1 : step + 1)))
  return isoOf(days[i]!)
}

function findLastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i
  return -1
}
