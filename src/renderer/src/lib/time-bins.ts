// Histogram bins along a time axis: per span, the finest calendar unit whose bars are still a few
// pixels wide, so 21,578 articles in 1987 become daily bars and decades become yearly ones.
import type { IsoDate } from '../../../shared/types'
import { binIndex, dateBins, type BinUnit, type DateBin } from './dates'
import { isoOf, type TimeAxis } from './time-axis'

export interface AxisBin extends DateBin {
  x0: number
  x1: number
}

const UNIT_DAYS: [BinUnit, number][] = [
  ['day', 1],
  ['week', 7],
  ['month', 30.4],
  ['year', 365.25],
]

/** Bars narrower than this are merged into the next coarser unit. */
const MIN_BAR_PX = 4

export function axisBins(axis: TimeAxis): AxisBin[] {
  return axis.spans.flatMap((span) => {
    const pxPerDay = (span.x1 - span.x0) / (span.to - span.from)
    const unit = UNIT_DAYS.find(([, days]) => days * pxPerDay >= MIN_BAR_PX)?.[0] ?? 'year'
    return dateBins(isoOf(span.first), isoOf(span.last), unit).map((bin) => ({
      ...bin,
      x0: Math.max(span.x0, axis.dayBounds(bin.start)[0]),
      x1: Math.min(span.x1, axis.dayBounds(bin.end)[1]),
    }))
  })
}

/** How many of `dates` fall in each bin (dates outside every bin are left out). */
export function countInBins(bins: readonly AxisBin[], dates: readonly (IsoDate | null)[]): number[] {
  const counts = new Array<number>(bins.length).fill(0)
  for (const date of dates) {
    const i = date ? binIndex(bins, date.slice(0, 10)) : -1
    if (i >= 0) counts[i]!++
  }
  return counts
}
