import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { salvageStore } from './salvage'

const item = (i: number) => ({ id: `h${i}`, quote: `quote ${i} with } and ] and "quotes" \\ inside`, tags: ['a'] })

describe('salvaging a store cut short', () => {
  it('keeps every whole highlight before the cut, whatever the formatting', () => {
    const data = { schemaVersion: 1, journal: 'g1', stances: ['doubts'], highlights: [0, 1, 2, 3, 4].map(item) }
    for (const text of [JSON.stringify(data), JSON.stringify(data, null, '\t'), JSON.stringify(data, null, 2)]) {
      const cutInFourth = text.lastIndexOf('quote 3') + 3
      const salvaged = salvageStore(text.slice(0, cutInFourth))
      expect(salvaged.schemaVersion).toBe(1)
      expect(salvaged.stances).toEqual(['doubts'])
      expect(salvaged.highlights).toEqual([0, 1, 2].map(item))
    }
  })

  it('never returns a highlight that was not whole in the file, at any cut', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), fc.nat(), (quotes, at) => {
        const highlights = quotes.map((quote, i) => ({ id: `h${i}`, quote }))
        const text = JSON.stringify({ schemaVersion: 1, highlights })
        const cut = at % text.length
        const salvaged = salvageStore(text.slice(0, cut))
        expect(highlights.slice(0, salvaged.highlights.length)).toEqual(salvaged.highlights)
        // every highlight whose closing brace survived is kept
        const whole = highlights.filter(
          (_, i) => text.indexOf(`"id":"h${i + 1}"`) !== -1 && text.indexOf(`"id":"h${i + 1}"`) <= cut,
        )
        expect(salvaged.highlights.length).toBeGreaterThanOrEqual(whole.length)
      }),
    )
  })
})
