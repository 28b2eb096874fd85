import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parseQuery, rankedWords } from './query'

const shape = (input: string) => {
  const q = parseQuery(input)
  const show = (a: (typeof q.groups)[number][number]) =>
    a.kind === 'word' ? `${a.word.term}${a.word.prefix ? '*' : ''}` : `"${a.text}"`
  return { groups: q.groups.map((g) => g.map(show)), excluded: q.excluded.map(show) }
}

describe('parseQuery', () => {
  it('makes every unquoted word a group of its own (all required), stemmed, stop words dropped', () => {
    expect(shape('peace treaty')).toEqual({ groups: [['peac'], ['treati']], excluded: [] })
    expect(shape('the treaties of peace')).toEqual({ groups: [['treati'], ['peac']], excluded: [] })
    expect(shape('+peace treaty')).toEqual(shape('peace treaty'))
  })

  it('joins words around OR (or |) into one group', () => {
    expect(shape('oil OR gas prices')).toEqual({ groups: [['oil', 'ga'], ['price']], excluded: [] })
    expect(shape('oil | gas | coal')).toEqual({ groups: [['oil', 'ga', 'coal']], excluded: [] })
    // lower-case "or" is an ordinary (stop) word; OR at the start or end joins nothing
    expect(shape('oil or gas')).toEqual({ groups: [['oil'], ['ga']], excluded: [] })
    expect(shape('OR oil OR')).toEqual({ groups: [['oil']], excluded: [] })
  })

  it('keeps quoted phrases whole, in any quote style, and lets them take part in OR and exclusion', () => {
    expect(shape('"peace treaty" Japan')).toEqual({ groups: [['"peace treaty"'], ['japan']], excluded: [] })
    expect(shape('“arms race” OR disarmament')).toEqual({ groups: [['"arms race"', 'disarma']], excluded: [] })
    expect(shape('oil -"price cut" -gas')).toEqual({ groups: [['oil']], excluded: ['"price cut"', 'ga'] })
  })

  it('reads prefixes and hyphenated words', () => {
    expect(shape('missile*')).toEqual({ groups: [['missil*']], excluded: [] })
    expect(shape('medium-range')).toEqual({ groups: [['"medium-range"']], excluded: [] })
    expect(rankedWords(parseQuery('"peace treaty" peace'))).toEqual([
      { term: 'peac', prefix: false },
      { term: 'treati', prefix: false },
    ])
  })

  it('never throws, and never yields an empty group, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (input) => {
        const q = parseQuery(input)
        for (const group of q.groups) expect(group.length).toBeGreaterThan(0)
      }),
    )
  })
})
