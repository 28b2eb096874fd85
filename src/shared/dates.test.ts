import fc from 'fast-check'
import { describe, expect, inject, it } from 'vitest'
import { compareByDate, compareDays, parseIsoDate, sortByDate, type Dated } from './dates'

/** Written dates and the day each means, whatever the machine's time zone. */
const WRITTEN: Array<[unknown, string | null | undefined]> = [
  ['Tue, 24 Sep 2019 23:30:00 GMT', '2019-09-24'],
  ['Tue, 24 Sep 2019 00:30:00 GMT', '2019-09-24'],
  ['Tue, 24 Sep 2019 23:30:00 +0900', '2019-09-24'],
  ['Tue, 24 Sep 2019 00:15:00 -0700', '2019-09-24'],
  ['Tue, 24 Sep 2019 23:30:00 GMT+0900 (Japan Standard Time)', '2019-09-24'],
  ['24 September 2019 11:30 PM EST', '2019-09-24'],
  ['2019-09-24 23:30:00 GMT', '2019-09-24'],
  ['2019-09-24T23:30:00Z', '2019-09-24'],
  ['2019-09-24T00:30:00+09:00', '2019-09-24'],
  ['1987-02-26T23:59:59', '1987-02-26'],
  ['1987-02-26T23:30:00-05:00', '1987-02-26'],
  ['26-FEB-1987 15:01:01.79', '1987-02-26'],
  ['March 6, 1987', '1987-03-06'],
  [new Date(Date.UTC(2019, 8, 24)), '2019-09-24'],
  [null, null],
  ['', null],
  ['yesterday', undefined],
  ['1987-13-01', undefined],
  ['2019-02-30', undefined],
  [19870226, undefined],
]

// vitest.config.ts runs this file again under Asia/Tokyo and America/Los_Angeles: the answers must not move.
describe('parseIsoDate', () => {
  it('runs in the time zone its test project names', () => {
    const zone = inject('timeZone' as never) as string | undefined
    if (zone) {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone)
      expect(new Date(Date.UTC(2019, 8, 24)).getTimezoneOffset()).not.toBe(0)
    }
  })

  it.each(WRITTEN)('reads %s as %s', (written, day) => {
    expect(parseIsoDate(written)).toBe(day)
  })
})

const SAMPLE: Dated[] = [
  { id: 'reuters-10', date: '1987-02-26', title: 'Cocoa' },
  { id: 'undated', date: null, title: 'Aardvark' },
  { id: 'reuters-9', date: '1987-02-26', title: 'Cocoa' },
  { id: 'b', date: '1987-02-26', title: 'bank' },
  { id: 'old', date: '1986-12-31', title: 'Zinc' },
  { id: 'new', date: '1987-03-01', title: 'Asia' },
]

describe('date order', () => {
  it('compares days the one way every list uses (search results, duplicates): undated last either way', () => {
    const days = ['1987-03-06', null, '1987-02-26', '2019-09-24']
    expect([...days].sort((a, b) => compareDays(a, b))).toEqual(['1987-02-26', '1987-03-06', '2019-09-24', null])
    expect([...days].sort((a, b) => compareDays(a, b, 'newest'))).toEqual([
      '2019-09-24',
      '1987-03-06',
      '1987-02-26',
      null,
    ])
    expect(compareDays('1987-02-26', '1987-02-26')).toBe(0)
  })

  it('puts oldest first, undated last, then title and id (reuters-9 before reuters-10)', () => {
    expect(sortByDate(SAMPLE).map((a) => a.id)).toEqual(['old', 'b', 'reuters-9', 'reuters-10', 'new', 'undated'])
  })

  it('puts newest first with undated still last and the same tie-break', () => {
    expect(sortByDate(SAMPLE, 'newest').map((a) => a.id)).toEqual([
      'new',
      'b',
      'reuters-9',
      'reuters-10',
      'old',
      'undated',
    ])
  })

  it('is a total order: antisymmetric, and sorting twice changes nothing', () => {
    const dated = fc.record({
      id: fc.string({ maxLength: 4 }),
      title: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
      date: fc.option(
        fc
          .date({ min: new Date('1980-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
    })
    fc.assert(
      fc.property(dated, dated, fc.constantFrom('oldest' as const, 'newest' as const), (a, b, order) => {
        expect(Math.sign(compareByDate(a, b, order))).toBe(-Math.sign(compareByDate(b, a, order)) || 0)
      }),
    )
    fc.assert(
      fc.property(fc.array(dated), (items) => {
        const once = sortByDate(items)
        expect(sortByDate(once)).toEqual(once)
        const undated = once.findIndex((a) => a.date === null)
        if (undated >= 0) expect(once.slice(undated).every((a) => a.date === null)).toBe(true)
      }),
    )
  })
})
