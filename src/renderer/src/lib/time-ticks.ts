// Ticks for one span of a time axis: the finest calendar step (days, weeks, months, years) whose
// labels fit, labels centred on their tick and dropped rather than drawn over each other.
import { dateOfDay } from '../../../shared/dates'
import type { IsoDate } from '../../../shared/types'
import type { AxisSpan } from './time-axis'

const DAY = 86_400_000
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** Rough width of one character of an 11-px label, and the space kept between labels. */
export const CHAR_PX = 6.6
const LABEL_GAP = 10

export interface AxisTick {
  x: number
  date: IsoDate
  /** Empty when there is no room for it: the tick is drawn, unlabelled. */
  label: string
  /** The first tick of a span or of a year: its label carries the year. */
  major: boolean
}

type Kind = 'day' | 'week' | 'month' | 'year'
interface Step {
  kind: Kind
  every: number
  days: number
  /** Characters in a typical (short) label. */
  chars: number
}

const STEPS: Step[] = [
  { kind: 'day', every: 1, days: 1, chars: 6 },
  { kind: 'day', every: 2, days: 2, chars: 6 },
  { kind: 'week', every: 1, days: 7, chars: 6 },
  { kind: 'week', every: 2, days: 14, chars: 6 },
  { kind: 'month', every: 1, days: 30.4, chars: 5 },
  { kind: 'month', every: 3, days: 91, chars: 5 },
  { kind: 'month', every: 6, days: 182, chars: 5 },
  ...[1, 2, 5, 10, 20, 50, 100].map((every) => ({ kind: 'year' as const, every, days: 365.25 * every, chars: 4 })),
]

const utc = (day: number): Date => new Date(day * DAY)
const dayOfDate = (y: number, m: number, d = 1): number => Math.round(Date.UTC(y, m, d) / DAY)
const iso = dateOfDay

export function labelWidth(label: string): number {
  return label.length * CHAR_PX
}

/** The finest step whose labels fit at `pxPerDay`. */
export function chooseStep(pxPerDay: number): Step {
  return STEPS.find((s) => s.days * pxPerDay >= s.chars * CHAR_PX + 40) ?? STEPS.at(-1)!
}

/** Day numbers of the step's ticks in [from, to). */
function tickDays(step: Step, from: number, to: number): number[] {
  const out: number[] = []
  const start = utc(from)
  if (step.kind === 'day' || step.kind === 'week') {
    for (let day = from; day < to; day++) {
      const date = utc(day)
      if (step.kind === 'day' && (date.getUTCDate() - 1) % step.every === 0) out.push(day)
      // Weeks start on Monday; every other week counts Mondays from 1970-01-05.
      if (step.kind === 'week' && date.getUTCDay() === 1 && Math.floor((day - 4) / 7) % step.every === 0) out.push(day)
    }
  } else if (step.kind === 'month') {
    for (let m = start.getUTCFullYear() * 12 + start.getUTCMonth(); ; m++) {
      const day = dayOfDate(Math.floor(m / 12), m % 12)
      if (day >= to) break
      if (day >= from && (m % 12) % step.every === 0) out.push(day)
    }
  } else {
    for (let y = Math.ceil(start.getUTCFullYear() / step.every) * step.every; ; y += step.every) {
      const day = dayOfDate(y, 0)
      if (day >= to) break
      if (day >= from) out.push(day)
    }
  }
  return out
}

function label(step: Step, day: number, major: boolean): string {
  const d = utc(day)
  const month = MONTHS[d.getUTCMonth()]!
  const year = String(d.getUTCFullYear())
  if (step.kind === 'year') return year
  if (step.kind === 'month') return major ? `${month} ${year}` : month
  return major ? `${d.getUTCDate()} ${month} ${year}` : `${d.getUTCDate()} ${month}`
}

/** Ticks for `span`; `days` are every day holding a date (a span without a fitting tick labels its first one). */
export function spanTicks(span: AxisSpan, days: readonly number[]): AxisTick[] {
  const width = span.x1 - span.x0
  const pxPerDay = width / (span.to - span.from)
  const step = chooseStep(pxPerDay)
  // Day ticks sit mid-day, over the marks of that day; month and year ticks where the period begins.
  const offset = step.kind === 'day' || step.kind === 'week' ? 0.5 : 0
  const xOf = (day: number): number => span.x0 + (day + offset - span.from) * pxPerDay
  const ticks: AxisTick[] = []
  let lastYear = NaN
  let lastRight = span.x0 - 4
  for (const day of tickDays(step, span.from, span.to)) {
    const year = utc(day).getUTCFullYear()
    const major = year !== lastYear
    const x = xOf(day)
    let text = label(step, day, major)
    const half = labelWidth(text) / 2
    if (x - half < lastRight || x + half > span.x1 + 4) text = ''
    else {
      lastRight = x + half + LABEL_GAP
      lastYear = year
    }
    ticks.push({ x, date: iso(day), label: text, major: major && text !== '' })
  }
  if (!ticks.some((t) => t.label)) ticks.push(...fallbackTick(span, days, pxPerDay))
  return ticks
}

/** One labelled tick on the span's first date: the full date if it fits, else month and year, else the year. */
function fallbackTick(span: AxisSpan, days: readonly number[], pxPerDay: number): AxisTick[] {
  const day = days.find((d) => d >= span.first) ?? span.first
  const x = span.x0 + (day + 0.5 - span.from) * pxPerDay
  const d = utc(day)
  const month = MONTHS[d.getUTCMonth()]!
  const year = String(d.getUTCFullYear())
  const room = 2 * Math.min(x - span.x0, span.x1 - x) + 8
  const text = [`${d.getUTCDate()} ${month} ${year}`, `${month} ${year}`, year].find((t) => labelWidth(t) <= room)
  return [{ x, date: iso(day), label: text ?? year, major: true }]
}
