import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findPhrase, normalizeForMatch, normalizeWithMap } from './text'

describe('normalizeForMatch', () => {
  it('casefolds, collapses whitespace and makes typographic quotes and dashes plain', () => {
    expect(normalizeForMatch('  “We’ve  said”\u00A0—\n in PUBLIC ')).toBe('"we\'ve said" - in public')
  })

  it('maps every normalised character back to a character it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (input) => {
        const { text, map } = normalizeWithMap(input)
        expect(map).toHaveLength(text.length + 1)
        for (let i = 0; i < text.length; i++) {
          const original = input[map[i] as number] as string
          if (text[i] === ' ') expect(/\s/.test(original)).toBe(true)
          else expect(normalizeForMatch(original)).toContain(text[i])
        }
        for (let i = 1; i < map.length; i++) expect(map[i]).toBeGreaterThanOrEqual(map[i - 1] as number)
      }),
    )
  })
})

describe('findPhrase', () => {
  it('finds a phrase across line breaks and curly quotes, with offsets into the original', () => {
    const text = 'that Russia’s new\n    weapons were talked about'
    const [range] = findPhrase(text, "Russia's new weapons")
    expect(range).toBeDefined()
    expect(text.slice(...(range as [number, number]))).toBe('Russia’s new\n    weapons')
  })

  it('matches whole words only', () => {
    expect(findPhrase('the treaty signed', 'treat')).toEqual([])
    expect(findPhrase('a peace treaty, and', 'peace treaty')).toEqual([[2, 14]])
  })
})
