// How a term in the topic syntax (parsed in src/shared/terms.ts) matches text, through match.ts.
import fc from 'fast-check'
import lunr from 'lunr'
import { STOP_WORDS } from '../../shared/terms'
import { describe, expect, it } from 'vitest'
import { compileTerm, findTerm, tokenize } from './match'

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

it('the term syntax knows the same stop words as the search index', () => {
  const lunrStops = [...STOP_WORDS].filter((word) => !lunr.stopWordFilter(new lunr.Token(word, {})))
  expect(lunrStops).toHaveLength(STOP_WORDS.size)
  for (const word of ['treaty', 'arms', 'oil', 'japan'])
    expect(lunr.stopWordFilter(new lunr.Token(word, {}))).toBeTruthy()
})
