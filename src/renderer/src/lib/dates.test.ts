import { describe, expect, it } from 'vitest'
import { binIndex, binStart, byDate, chooseUnit, dateBins, formatDate, inRange } from './dates'

describe('dates', () => {
  it('formats ISO dates and undated', () => {
    expect(formatDate('2019-09-24')).toBe('24 Sep 2019')
    expect(formatDate(null)).toBe('undated')
  })

  it('sorts by date with undated last', () => {
    const rows = [
      { date: null, title: 'b' },
      { date: '2025-01-24', title: 'c' },
      { date: '2019-03-19', title: 'a' },
    ]
    expect(rows.sort(byDate).map((r) => r.date)).toEqual(['2019-03-19', '2025-01-24', null])
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
