import { describe, expect, it } from 'vitest'
import { formatTerms, parseTerms, termsFromQuery } from './terms'

describe('parseTerms', () => {
  it('splits on commas outside quotes and keeps phrases whole', () => {
    expect(parseTerms('arms race, "race to produce weapons", buildup')).toEqual([
      'arms race',
      'race to produce weapons',
      'buildup',
    ])
    expect(parseTerms('"Japan, peace", treaty')).toEqual(['Japan, peace', 'treaty'])
  })
  it('drops empties and case-insensitive duplicates', () => {
    expect(parseTerms(' , NATO,, nato , ')).toEqual(['NATO'])
  })
  it('round-trips through formatTerms', () => {
    const terms = ['arms race', 'a, b', 'missile weapons buildup']
    expect(parseTerms(formatTerms(terms))).toEqual(terms)
  })
})

describe('termsFromQuery', () => {
  it('keeps quoted phrases and drops lunr syntax and stop words', () => {
    expect(termsFromQuery('"peace treaty" +Japan -Korea title:kuril the')).toEqual(['peace treaty', 'Japan', 'kuril'])
  })
  it('turns a plain query into its words', () => {
    expect(termsFromQuery('arms race')).toEqual(['arms', 'race'])
  })
})
