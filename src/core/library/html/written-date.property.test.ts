// Dates are read as written, whatever the offset and whatever this machine's zone: a property over
// every valid day, time and offset, and over the written forms pages use.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { writtenDate } from './written-date'

const pad = (n: number, w = 2) => String(n).padStart(w, '0')
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

const day = fc
  .record({
    year: fc.integer({ min: 1950, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate())
const iso = ({ year, month, day }: { year: number; month: number; day: number }) => `${year}-${pad(month)}-${pad(day)}`

describe('writtenDate', () => {
  it('keeps the day of an ISO timestamp in any offset', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('Z', '+00:00', '-05:00', '+09:00', '-11:00', '+14:00', '+0530'),
        (d, h, m, offset) => {
          expect(writtenDate(`${iso(d)}T${pad(h)}:${pad(m)}:00${offset}`)).toBe(iso(d))
        },
      ),
    )
  })

  it('reads "Month D, YYYY" and "D Month YYYY" inside a line of text', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('By Ann Lee, ', 'Updated ', 'MOSCOW, ', ''), (d, before) => {
        const month = MONTHS[d.month - 1]!
        expect(writtenDate(`${before}${month} ${d.day}, ${d.year} at 10:00`)).toBe(iso(d))
        expect(writtenDate(`${before}${d.day} ${month.slice(0, 3)} ${d.year}`)).toBe(iso(d))
      }),
    )
  })
})
