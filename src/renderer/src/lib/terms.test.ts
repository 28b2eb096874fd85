import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatTerms, parseTerms } from '../../../shared/terms'
import { parseTopicFields, TermSyntaxError, termsFromQuery } from './terms'

describe('parseTopicFields', () => {
  it('stores what the editor was given exactly as the CLI would parse it, quoted phrases kept', () => {
    const fields = parseTopicFields('arms race, "race to produce weapons", +Japan', 'Japanese, +Tokyo, japan')
    expect(fields).toEqual({
      terms: ['arms race', '"race to produce weapons"'],
      coTerms: ['Japan', 'Japanese', 'Tokyo'],
    })
    expect(fields).toEqual(parseTerms('arms race, "race to produce weapons", +Japan, +Japanese, +Tokyo'))
  })

  it('gives back the stored topic when its terms are shown for editing and saved again', () => {
    const topic = { terms: ['"peace treaty"', 'Kurils', '"Kurils, southern"'], coTerms: ['Japan', '"North Atlantic"'] }
    expect(parseTopicFields(formatTerms(topic.terms), formatTerms(topic.coTerms))).toEqual(topic)
  })

  it('refuses a term that can never match, naming it', () => {
    expect(() => parseTopicFields('arms race', 'mi*')).toThrow(TermSyntaxError)
    expect(() => parseTopicFields('ok, %%', '')).toThrow(/"%%"/)
  })
})

describe('termsFromQuery', () => {
  it('keeps quoted phrases and drops lunr syntax and stop words', () => {
    expect(termsFromQuery('"peace treaty" +Japan -Korea title:kuril the')).toEqual(['peace treaty', 'Japan', 'kuril'])
  })
  it('keeps a plain multi-word query as one phrase (issue 12), stop words inside it kept', () => {
    expect(termsFromQuery('peace treaty')).toEqual(['peace treaty'])
    expect(termsFromQuery('the balance of payments')).toEqual(['balance of payments'])
    expect(termsFromQuery('arms race -nuclear treaty')).toEqual(['arms race', 'treaty'])
  })
  it('keeps a phrase with a comma whole rather than splitting it', () => {
    expect(termsFromQuery('"Kurils, southern" treaty')).toEqual(['Kurils southern', 'treaty'])
  })

  it('never throws, and gives terms the shared parser stores unchanged (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (query) => {
        const terms = termsFromQuery(query)
        for (const term of terms) expect(term.trim()).not.toBe('')
        expect(parseTerms(formatTerms(terms))).toEqual({ terms, coTerms: [] })
      }),
    )
  })
})
