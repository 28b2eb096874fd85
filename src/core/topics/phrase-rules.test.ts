// The issue's own examples of loose matches, and the kinds of gap word a phrase keeps its meaning with.
import { describe, expect, it } from 'vitest'
import { compileTerm, findTerm, tokenize } from './match'

const marked = (term: string, text: string) =>
  findTerm(compileTerm(term), tokenize(text)).map(([s, e]) => text.slice(s, e))

describe('a multi-word term keeps its meaning', () => {
  it('is not matched by the words of a different phrase or name', () => {
    expect(marked('New START', 'the deadline for the new pact\u2019s start')).toEqual([])
    expect(marked('New START', 'a new start for the talks')).toEqual([])
    expect(marked('New START', 'the New START treaty lapses')).toEqual(['New START'])
    expect(marked('arms control', 'violated the Arms Export Control Act')).toEqual([])
    expect(marked('arms control', 'U.S. Arms control advisers')).toEqual(['Arms control'])
    expect(marked('central bank', 'to acquire Central National Bank of Buckhannon')).toEqual([])
    expect(marked('share price', 'the share offer price was set')).toEqual([])
    expect(marked('stock market', "75 pct of its common stock's market price")).toEqual([])
    expect(marked('oil prices', 'non-oil commodity prices')).toEqual([])
  })

  it('never runs across a sentence end, a comma or brackets; abbreviations are not sentence ends', () => {
    expect(marked('oil prices', 'reduced demand for oil. Prices had also fallen')).toEqual([])
    expect(marked('stock market', "five pct of UAL's stock, market sources said")).toEqual([])
    expect(marked('"stock market"', "five pct of UAL's stock, market sources said")).toEqual([])
    expect(marked('"stock market"', 'the stock \u2014 market')).toEqual(['stock \u2014 market'])
    expect(marked('trade deficit', 'the U.S. trade deficit')).toEqual(['trade deficit'])
    expect(marked('U.S. trade', 'the U.S. Trade Representative')).toEqual(['U.S. Trade'])
    expect(marked('cut interest rates', 'tax cuts, cutting interest rates')).toEqual(['cutting interest rates'])
  })

  it('lets a determiner, number, adjective, participle or hyphenated half stand between', () => {
    expect(marked('raise prices', 'bidders may raise their price')).toEqual(['raise their price'])
    expect(marked('cut interest rates', 'could cut leading interest rates again')).toEqual([
      'cut leading interest rates',
    ])
    expect(marked('Japanese treaty', 'a Japanese-Russian treaty')).toEqual(['Japanese-Russian treaty'])
    expect(marked('debt crisis', 'a debt-servicing crisis')).toEqual(['debt-servicing crisis'])
    expect(marked('produce missiles', 'to produce 100 missiles')).toEqual(['produce 100 missiles'])
  })

  it('lets a noun open the object of a verb, and takes the noun form of a verb term', () => {
    expect(marked('raise prices', 'the tax would raise gasoline prices')).toEqual(['raise gasoline prices'])
    expect(marked('raise prices', 'it raised posted prices for crude')).toEqual(['raised posted prices'])
    expect(marked('cut interest rates', 'hopes of an early cut in interest rates')).toEqual(['cut in interest rates'])
    expect(marked('sell shares', 'a plan to sell off shares in state firms')).toEqual(['sell off shares'])
    expect(marked('oil prices', 'sell its oil at prices below')).toEqual([])
  })
})
