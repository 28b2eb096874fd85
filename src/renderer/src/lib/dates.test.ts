import { describe, expect, it } from 'vitest'
import {
  binIndex,
  binStart,
  chooseUnit,
  compactBins,
  dateBins,
  formatDate,
  inRange,
  isGap,
  type DateBin,
} from './dates'

describe('dates', () => {
  it('formats ISO dates and undated', () => {
    expect(formatDate('2019-09-24')).toBe('24 Sep 2019')
    expect(formatDate(null)).toBe('undated')
  })

  it('filters by range, excluding undated only when a range is set', () => {
    expect(inRange(null, '', '')).toBe(true)
    expect(inRange(null, '2019-01-01', '')).toBe(false)
    expect(inRange('2019-09-24', '2019-09-24', '2019-09-24')).toBe(true)
  })

  it('chooses a unit that keeps bins few, and bins contiguously', () => {
    expect(chooseUnit('1987-02-26', '1987-10-20')).toBe('week')
    expect(chooseUnit('2019-03-19', '2025-01-24')).toBe('month')
    expect(binStart('2019-09-26', 'week')).toBe('2019-09-23') // a Monday
    const bins = dateBins('2019-03-19', '2025-01-24', 'month')
    expect(bins[0]!.start).toBe('2019-03-01')
    expect(bins.at(-1)!.end).toBe('2025-01-31')
    expect(bins).toHaveLength(71)
    expect(bins[binIndex(bins, '2019-09-24')]!.label).toBe('Sep 2019')
    expect(binIndex(bins, '2030-01-01')).toBe(-1)
  })
})

describe('compactBins', () => {
  it('keeps weeks for clustered dates and collapses the decades between them', () => {
    const dates = ['1987-02-26', '1987-03-02', '1987-03-20', '2019-03-19', '2019-07-04', '2025-01-24']
    const { unit, items } = compactBins(dates)
    expect(unit).toBe('day')
    const gaps = items.filter(isGap)
    expect(gaps.length).toBe(4) // Mar 1987, 1987→2019, 2019 Mar→Jul, 2019→2025
    expect(gaps.some((g) => g.from <= '1988-01-01' && g.to >= '2018-12-31')).toBe(true)
    const bins = items.filter((i): i is DateBin => !isGap(i))
    for (const d of dates) expect(bins.some((b) => b.start <= d && b.end >= d)).toBe(true)
    expect(bins.length).toBeLessThan(30)
  })

  it('moves to a coarser unit when fine bins would be too many', () => {
    const dates = Array.from(
      { length: 300 },
      (_, i) => `1987-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    )
    const { unit, items } = compactBins(dates.sort(), 100)
    expect(unit).toBe('week')
    expect(items.filter(isGap)).toHaveLength(0)
  })

  it('handles none and one date', () => {
    expect(compactBins([]).items).toEqual([])
    expect(compactBins(['2019-09-24']).items).toHaveLength(1)
  })
})
