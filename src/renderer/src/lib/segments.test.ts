import { describe, expect, it } from 'vitest'
import { segmentText } from './segments'

describe('segmentText', () => {
  const text = 'Russia will not join an arms race.'

  it('returns the text whole when nothing is marked', () => {
    expect(segmentText(text, 100)).toEqual([{ text, start: 100, term: false, highlight: null, under: [] }])
  })

  it('splits at term marks and keeps body offsets', () => {
    const segments = segmentText(text, 100, [[24, 33]])
    expect(segments.map((s) => [s.text, s.start, s.term])).toEqual([
      ['Russia will not join an ', 100, false],
      ['arms race', 124, true],
      ['.', 133, false],
    ])
    expect(segments.map((s) => s.text).join('')).toBe(text)
  })

  it('places highlights given in body offsets, clipped to the text, inner one winning', () => {
    const outer = { id: 'a', start: 90, end: 115, color: 'yellow' as const }
    const inner = { id: 'b', start: 107, end: 111, color: 'red' as const }
    const segments = segmentText(text, 100, [[24, 33]], [outer, inner])
    expect(segments.map((s) => [s.text, s.highlight?.id ?? null, s.term])).toEqual([
      ['Russia ', 'a', false],
      ['will', 'b', false],
      [' not', 'a', false],
      [' join an ', null, false],
      ['arms race', null, true],
      ['.', null, false],
    ])
  })

  it('keeps the highlights drawn over in `under`, and draws the newer of two equal ones', () => {
    const first = { id: 'a', start: 100, end: 111, color: 'blue' as const }
    const later = { id: 'b', start: 107, end: 118, color: 'red' as const }
    const segments = segmentText(text, 100, [], [first, later])
    expect(segments.map((s) => [s.text, s.highlight?.id ?? null, s.under.map((h) => h.id)])).toEqual([
      ['Russia ', 'a', []],
      ['will', 'b', ['a']],
      [' not jo', 'b', []],
      ['in an arms race.', null, []],
    ])
  })

  it('ignores highlights and marks outside the text', () => {
    const far = { id: 'x', start: 500, end: 510, color: 'blue' as const }
    expect(segmentText(text, 0, [[40, 50]], [far])).toHaveLength(1)
  })
})
