import fc from 'fast-check'
import { expect, it } from 'vitest'
import { findPhrase, hasPhrase } from './text'

it('hasPhrase answers as findPhrase does, on plain ASCII (its fast path) and on any other text', () => {
  const piece = fc.constantFrom(
    'oil',
    'Oil',
    'OIL',
    'prices',
    'price',
    ' ',
    '  ',
    '\n',
    '\t',
    '-',
    '`',
    "'",
    '’',
    '“',
    '"',
    'é',
    'İ',
    'Σ',
    ',',
    'x1',
  )
  const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''))
  const phrase = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''))
  fc.assert(
    fc.property(text, phrase, (t, p) => {
      expect(hasPhrase(t, p)).toBe(findPhrase(t, p).length > 0)
    }),
    { numRuns: 3000 },
  )
  expect(hasPhrase('Crude\n   OIL  Prices rose', 'oil prices')).toBe(true)
  expect(hasPhrase('soil prices', 'oil prices')).toBe(false)
})
