import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { byRank, topK, type RankedArticle } from './rank'
import { makeSnippet } from './snippet'
import type { Mark } from '../../shared/types'

describe('topK', () => {
  const ranked = fc.array(
    fc.record({
      articleId: fc.constantFrom('reuters-1', 'reuters-10', 'reuters-2', 'Reuters-2', 'réuters-3', 'a', 'b'),
      score: fc.constantFrom(0.5, 1, 1.25, 2, 3.1416),
    }),
    { maxLength: 300 },
  )

  it('gives what a full sort gives for the first k, ties and repeated ids included', () => {
    fc.assert(
      fc.property(ranked, fc.integer({ min: 0, max: 320 }), (items, k) => {
        const list: Array<RankedArticle<never>> = items.map((item, order) => ({ ...item, paragraphs: [], order }))
        const sorted = [...list].sort((a, b) => b.score - a.score || a.articleId.localeCompare(b.articleId))
        expect(topK(list, k, byRank)).toEqual(sorted.slice(0, k))
      }),
    )
  })
})

/** The whitespace collapse as it was first written, one character at a time: the reference. */
function collapseByChar(text: string, marks: Mark[]): { text: string; marks: Mark[] } {
  const position: number[] = []
  let out = ''
  for (let i = 0; i < text.length; i++) {
    position.push(out.length)
    const char = text[i] as string
    if (/\s/.test(char)) {
      if (!out.endsWith(' ')) out += ' '
    } else out += char
  }
  position.push(out.length)
  return { text: out, marks: marks.map(([s, e]) => [position[s]!, position[e]!] as Mark).filter(([s, e]) => e > s) }
}

describe('snippet whitespace', () => {
  it('collapses runs of whitespace and moves marks as the character-by-character version did', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', ' ', '\n', '\t', '  ', '\u00A0', 'é', '\n    '), { maxLength: 60 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.nat(80), fc.nat(80)), { maxLength: 5 }), (t, raw) => {
        const marks = raw.map(([a, b]) => [Math.min(a, b, t.length), Math.min(Math.max(a, b), t.length)] as Mark)
        expect(makeSnippet(3, t, marks)).toEqual({ paragraph: 3, ...collapseByChar(t, marks) })
      }),
    )
  })
})
