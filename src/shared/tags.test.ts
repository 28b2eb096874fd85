import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeTag, parseTags } from './tags'

describe('tags', () => {
  it('splits on commas only; a tag with spaces becomes one tag', () => {
    expect(parseTags('kremlin, arms race, INF')).toEqual(['kremlin', 'arms-race', 'INF'])
    expect(parseTags('  #nuclear   parity ,, ,')).toEqual(['nuclear-parity'])
  })

  it('makes tags Obsidian accepts', () => {
    expect(normalizeTag('U.S. policy')).toBe('U-S-policy')
    expect(normalizeTag('2019')).toBe('tag-2019')
    expect(normalizeTag('NATO/spending')).toBe('NATO/spending')
    expect(normalizeTag('переговоры о мире')).toBe('переговоры-о-мире')
    expect(normalizeTag('  ')).toBe('')
  })

  it('drops duplicates that differ only in case, keeping the first spelling', () => {
    expect(parseTags('INF, inf, Inf treaty')).toEqual(['INF', 'Inf-treaty'])
  })

  it('always gives valid tags, and saving a saved tag changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (input) => {
        for (const tag of parseTags(input)) {
          expect(tag).toMatch(/^[\p{L}\p{N}_\-/]+$/u)
          expect(tag).not.toMatch(/^\d+$/)
          expect(tag).not.toContain(',')
          expect(normalizeTag(tag)).toBe(tag)
        }
      }),
    )
  })
})
