// The topic term syntax, as the CLI, core and the renderer's topic editor all parse it.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkTerm, formatTerms, onlyStopWords, parseTerms, TermSyntaxError } from './terms'

describe('parseTerms', () => {
  it('splits on commas, keeps quoted phrases (with their commas) exact, and +co-terms apart', () => {
    expect(parseTerms('OPEC, output ceiling, "production quota"')).toEqual({
      terms: ['OPEC', 'output ceiling', '"production quota"'],
      coTerms: [],
    })
    expect(parseTerms(' peace treaty ,“Kurils, southern”, +Japan, +"North  Atlantic" ')).toEqual({
      terms: ['peace treaty', '"Kurils, southern"'],
      coTerms: ['Japan', '"North Atlantic"'],
    })
  })

  it('drops empty items and repeats that differ only in case', () => {
    expect(parseTerms(',, arms race ,Arms Race,, "" ,')).toEqual({ terms: ['arms race'], coTerms: [] })
    expect(parseTerms(' , NATO,, nato , ')).toEqual({ terms: ['NATO'], coTerms: [] })
  })

  it('keeps a quoted phrase quoted, so an exact phrase typed in the topic editor stays exact', () => {
    expect(parseTerms('arms race, "race to produce weapons", buildup').terms).toEqual([
      'arms race',
      '"race to produce weapons"',
      'buildup',
    ])
    expect(parseTerms('"Japan, peace", treaty').terms).toEqual(['"Japan, peace"', 'treaty'])
    const terms = ['arms race', '"a, b"', '"race to produce weapons"', 'missile weapons buildup']
    expect(parseTerms(formatTerms(terms)).terms).toEqual(terms)
  })

  it('reports every problem, the unclosed quote first (issue 12)', () => {
    expect(() => parseTerms('arms, "b, c')).toThrow(/^the quote before "b, c" is never closed/)
    expect(() => parseTerms('"unclosed, +, *, a')).toThrow(/never closed/)
    let message = ''
    try {
      parseTerms('race, +, *, mi*')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message.split('; ')).toEqual([
      'a + must be followed by the co-term it marks, as in +Japan',
      'term "*": a wildcard needs at least 3 letters before the *',
      'term "mi*": a wildcard needs at least 3 letters before the *',
    ])
  })

  it('refuses a topic whose terms are all stop words, saying why', () => {
    expect(() => parseTerms('the')).toThrow(/"the" is a stop word, found in nearly every article/)
    expect(() => parseTerms('the, "of the"')).toThrow(/are only stop words/)
    expect(parseTerms('the, arms race').terms).toEqual(['the', 'arms race'])
    expect(onlyStopWords('treaty')).toBe(false)
  })

  it('refuses terms that can never match, naming them', () => {
    expect(() => parseTerms('ok, %%')).toThrow(/"%%" has no words/)
    expect(() => parseTerms('mi*')).toThrow(TermSyntaxError)
    expect(() => parseTerms('mil*tary')).toThrow(/may only end a word/)
    expect(() => checkTerm('militar*')).not.toThrow()
  })

  const item = fc
    .record({
      co: fc.boolean(),
      quoted: fc.boolean(),
      // Latin letters and digits: U+00D7 × and U+00F7 ÷ sit inside the Latin-1 letters but are not words
      words: fc.array(fc.stringMatching(/^[A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F]{1,8}$/), {
        minLength: 1,
        maxLength: 4,
      }),
    })
    .map(({ co, quoted, words }) => `${co ? '+' : ''}${quoted ? `"${words.join(' ')}"` : words.join(' ')}`)

  it('formatTerms gives back a line that parses to the same terms', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        const parsed = parseTerms(items.join(', '))
        expect(parseTerms(formatTerms(parsed.terms, parsed.coTerms))).toEqual(parsed)
      }),
    )
  })

  it('never fails on any input except with a TermSyntaxError, and never returns an empty term', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (input) => {
        try {
          const { terms, coTerms } = parseTerms(input)
          for (const term of [...terms, ...coTerms]) expect(term.trim()).not.toBe('')
        } catch (error) {
          expect(error).toBeInstanceOf(TermSyntaxError)
        }
      }),
    )
  })
})
