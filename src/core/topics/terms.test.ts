import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileTerm, findTerm, tokenize } from './match'
import { checkTerm, formatTerms, parseTerms, TermSyntaxError } from './terms'

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
  })

  it('an unclosed quote runs to the end, as while typing', () => {
    expect(parseTerms('a, "b, c')).toEqual({ terms: ['a', '"b, c"'], coTerms: [] })
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
      words: fc.array(fc.stringMatching(/^[A-Za-z0-9\u00C0-\u017F]{1,8}$/), { minLength: 1, maxLength: 4 }),
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

const marked = (term: string, text: string) =>
  findTerm(compileTerm(term), tokenize(text)).map(([s, e]) => text.slice(s, e))

describe('matching a term in text', () => {
  it('ignores case, accents, typographic quotes, dashes and punctuation between words', () => {
    expect(marked('arms race', 'not in it [Arms Race], he said')).toEqual(['Arms Race'])
    expect(marked('weapons build-up', 'a weapons build\u2011up')).toEqual(['weapons build\u2011up'])
    expect(marked('Japan', 'Tokyo\u2019s and Japan\u2019s permission')).toEqual(['Japan\u2019s'])
    expect(marked('cafe', 'the Café opened')).toEqual(['Café'])
  })

  it('tolerates inflection, through the search stemmer', () => {
    expect(marked('arms race', 'two arms races')).toEqual(['arms races'])
    expect(marked('produce missiles', 'it produced a missile')).toEqual(['produced a missile'])
    expect(marked('weapon', 'new weapons')).toEqual(['weapons'])
    expect(marked('peace treaty', 'two peace treaties')).toEqual(['peace treaties'])
  })

  it('does not take a derived word for the word (Porter alone would)', () => {
    expect(marked('peace deal', 'they prefer peaceful amicable deals')).toEqual([])
    expect(marked('general', 'a generous offer')).toEqual([])
  })

  it('lets one word stand between unquoted words, none between quoted ones, and keeps order', () => {
    expect(marked('develop weapons', 'we had to develop advanced weapons')).toEqual(['develop advanced weapons'])
    expect(marked('develop weapons', 'develop new advanced weapons')).toEqual([])
    expect(marked('"develop weapons"', 'develop advanced weapons')).toEqual([])
    expect(marked('"develop weapons"', 'to develop weapons')).toEqual(['develop weapons'])
    expect(marked('race arms', 'an arms race')).toEqual([])
  })

  it('matches word boundaries only, and wildcards by prefix', () => {
    expect(marked('arm', 'the army and the alarm')).toEqual([])
    expect(marked('militar*', 'militarisation and the military, not militant')).toEqual(['militarisation', 'military'])
  })

  it('finds a quoted phrase wherever the same words occur in any text (property)', () => {
    const word = fc.stringMatching(/^[a-z]{2,9}$/)
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.array(word, { maxLength: 5 }),
        fc.array(word, { maxLength: 5 }),
        (phrase, before, after) => {
          const text = [...before, phrase.join(' \u2014 '), ...after].join(' ')
          expect(findTerm(compileTerm(`"${phrase.join(' ')}"`), tokenize(text)).length).toBeGreaterThan(0)
        },
      ),
    )
  })
})
