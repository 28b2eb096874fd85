import fc from 'fast-check'
import { describe, expect, inject, it } from 'vitest'
import { buildAxis, chooseBreaks, dayOf, gapLength, isoOf, jumpDate, shareWidths, stepDate } from './time-axis'
import { labelWidth } from './time-ticks'

// The five seed articles' dates.
const SEEDS = ['2019-03-19', '2019-07-04', '2019-09-05', '2019-09-24', '2025-01-24']

// The renderer's tsconfig leaves Node's types out; the test runs in Node, so fs is typed here.
const fs = (await import(/* @vite-ignore */ 'node:fs' as string)) as {
  readFileSync(path: string, encoding: 'utf8'): string
}

// The Reuters path comes from src/core/testing/test-paths.ts through vitest.config.ts (the renderer may
// not import core); naming REUTERS_FILE also marks this file as needing the shared data.
const REUTERS_FILE = inject('REUTERS_FILE' as never) as string

function reutersDates(): string[] {
  return fs
    .readFileSync(REUTERS_FILE, 'utf8')
    .split('\n')
    .flatMap((line: string) => {
      const date = line ? (JSON.parse(line) as { date?: string | null }).date : null
      return date ? [date.slice(0, 10)] : []
    })
}

/** Labelled ticks must not overlap one another. */
function overlaps(axis: NonNullable<ReturnType<typeof buildAxis>>): string[] {
  const labelled = axis.ticks.filter((t) => t.label).sort((a, b) => a.x - b.x)
  return labelled.slice(1).flatMap((t, i) => {
    const before = labelled[i]!
    return before.x + labelWidth(before.label) / 2 > t.x - labelWidth(t.label) / 2 ? [`${before.label}|${t.label}`] : []
  })
}

describe('time axis', () => {
  it('converts ISO dates to day numbers and back in UTC', () => {
    expect(dayOf('1970-01-02')).toBe(1)
    expect(isoOf(dayOf('2024-02-29'))).toBe('2024-02-29')
    expect(dayOf('1987-03-01T15:01:01')).toBe(dayOf('1987-03-01'))
  })

  it('says how long a break is', () => {
    expect(gapLength(5)).toBe('5 d')
    expect(gapLength(19)).toBe('3 wk')
    expect(gapLength(106)).toBe('3 mo')
    expect(gapLength(1948)).toBe('5 yr')
  })

  it('cuts the five years between the 2019 seeds and the 2025 one, and nothing inside 2019', () => {
    const axis = buildAxis(SEEDS, 1000)!
    expect(axis.breaks.map((b) => b.label)).toEqual(['5 yr'])
    expect(axis.breaks[0]!.from).toBe('2019-09-25')
    expect(axis.breaks[0]!.to).toBe('2025-01-23')
    expect(axis.spans).toHaveLength(2)
    expect(axis.first).toBe('2019-03-19')
    expect(axis.last).toBe('2025-01-24')
  })

  it('draws a span to scale: 19 days apart is further than 2 days apart', () => {
    const axis = buildAxis(SEEDS, 1000)!
    const x = SEEDS.map((d) => axis.x(d))
    expect(x).toEqual([...x].sort((a, b) => a - b))
    expect(x[3]! - x[2]!).toBeGreaterThan(0)
    // Mar 19 → Jul 4 is 107 days, Jul 4 → Sep 5 is 63 days.
    expect((x[1]! - x[0]!) / (x[2]! - x[1]!)).toBeCloseTo(107 / 63, 1)
    for (const d of SEEDS) expect(x[SEEDS.indexOf(d)]).toBeGreaterThan(0)
    expect(x[4]).toBeLessThan(1000)
  })

  it('labels the 2019 span with months and the lone 2025 date with itself, centred on it', () => {
    const axis = buildAxis(SEEDS, 1000)!
    const labels = axis.ticks.filter((t) => t.label).map((t) => t.label)
    expect(labels).toContain('Apr 2019')
    expect(labels).toContain('Jul')
    const lone = axis.ticks.find((t) => t.date >= '2025-01-01')!
    expect(lone.label).toMatch(/2025/)
    expect(lone.x).toBeCloseTo(axis.x('2025-01-24'), 5)
    expect(overlaps(axis)).toEqual([])
  })

  it('maps positions back to dates within the axis, breaks to their nearer side', () => {
    const axis = buildAxis(SEEDS, 1000)!
    for (const d of SEEDS) expect(axis.dateAt(axis.x(d))).toBe(d)
    const cut = axis.breaks[0]!
    expect(axis.dateAt(cut.x0 + 1)).toBe('2019-09-24')
    expect(axis.dateAt(cut.x1 - 1)).toBe('2025-01-24')
    expect(axis.dateAt(-50)).toBe('2019-03-19')
    expect(axis.dateAt(5000)).toBe('2025-01-24')
  })

  it('steps from one date holding articles to the next', () => {
    const axis = buildAxis(SEEDS, 1000)!
    expect(stepDate(axis, '2019-03-19', 1)).toBe('2019-07-04')
    expect(stepDate(axis, '2019-08-01', 1)).toBe('2019-09-05')
    expect(stepDate(axis, '2019-08-01', -1)).toBe('2019-07-04')
    expect(stepDate(axis, '2025-01-24', 1)).toBe('2025-01-24')
    expect(stepDate(axis, '2019-03-19', -1)).toBe('2019-03-19')
  })

  it('keeps a narrow span wide enough for a label', () => {
    expect(shareWidths([100, 1], 500, 72)).toEqual([428, 72])
    expect(shareWidths([1, 1], 100, 72)).toEqual([50, 50])
    const axis = buildAxis(SEEDS, 600)!
    expect(axis.spans[1]!.x1 - axis.spans[1]!.x0).toBeGreaterThanOrEqual(72)
    expect(axis.spans.at(-1)!.x1).toBeCloseTo(600, 5)
  })

  it('treats 21,578 Reuters dates plus the seeds as 1987, 2019 and 2025 with labelled breaks', () => {
    const dates = [...reutersDates(), ...SEEDS]
    const axis = buildAxis(dates, 1200)!
    expect(axis.breaks.map((b) => b.label)).toEqual(['31 yr', '5 yr'])
    const labels = axis.ticks.filter((t) => t.label).map((t) => t.label)
    expect(labels.some((l) => l.includes('1987'))).toBe(true)
    expect(overlaps(axis)).toEqual([])
    // 1987 alone: months, drawn to scale (the empty summer is not cut: it is less than half the span).
    const only1987 = buildAxis(reutersDates(), 1000)!
    expect(only1987.breaks).toEqual([])
    expect(only1987.ticks.filter((t) => t.label).map((t) => t.label)).toEqual(
      expect.arrayContaining(['Mar 1987', 'Jun', 'Oct']),
    )
  })

  it('breaks only where a stretch dominates what is drawn', () => {
    const days = [0, 1, 2, 100, 101].map((d) => dayOf('2020-01-01') + d)
    expect(chooseBreaks(days)).toEqual([2])
    expect(chooseBreaks(days.slice(0, 3))).toEqual([])
  })

  it('never overlaps labels or leaves the axis, whatever the dates and width', () => {
    const date = fc.integer({ min: dayOf('1950-01-01'), max: dayOf('2030-12-31') }).map(isoOf)
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 40 }), fc.integer({ min: 320, max: 2000 }), (ds, w) => {
        const axis = buildAxis(ds, w)!
        expect(overlaps(axis)).toEqual([])
        expect(axis.ticks.some((t) => t.label)).toBe(true)
        for (const d of ds) {
          expect(axis.x(d)).toBeGreaterThanOrEqual(0)
          expect(axis.x(d)).toBeLessThanOrEqual(w + 0.001)
          expect(axis.dateAt(axis.x(d))).toBe(d)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('range edges and jumps', () => {
  it('puts a day between its edges and jumps a month at a time to dates holding articles', () => {
    const axis = buildAxis(SEEDS, 1000)!
    const [a, b] = axis.dayBounds('2019-09-05')
    expect(a).toBeLessThan(axis.x('2019-09-05'))
    expect(b).toBeGreaterThan(axis.x('2019-09-05'))
    expect(jumpDate(axis, '2019-03-19', 30)).toBe('2019-07-04')
    expect(jumpDate(axis, '2019-09-24', 30)).toBe('2025-01-24')
    expect(jumpDate(axis, '2019-09-24', -30)).toBe('2019-07-04')
    expect(jumpDate(axis, '2019-07-04', -300)).toBe('2019-03-19')
    expect(jumpDate(axis, '2025-01-24', 30)).toBe('2025-01-24')
  })
})
