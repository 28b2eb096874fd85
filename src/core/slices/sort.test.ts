import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { byDate } from '../../shared/dates'
import { sortInSlices } from './sort'

describe('sortInSlices', () => {
  it('gives exactly what a stable sort gives, for any list and slice size', async () => {
    const item = fc.record({
      id: fc.string({ maxLength: 3 }),
      date: fc.option(fc.constantFrom('1987-03-01', '1987-03-02', '1987-04-10'), { nil: null }),
      title: fc.constantFrom('Oil', 'oil', 'Gold 10', 'Gold 9', ''),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), async (items, slice) => {
        expect(await sortInSlices(items, byDate, slice)).toEqual([...items].sort(byDate))
      }),
    )
  })
})
