// Descriptions carried over on hand-made wire text: "the arbitrageur said" after "arbitrageurs said", a
// described kind of body ("the Swedish carmaker") pointing back to the one the story named.
import { describe, expect, it } from 'vitest'
import { attributeSpeakers } from './speaker'

const speakers = (...texts: string[]) => [...attributeSpeakers(texts.map((text, index) => ({ index, text }))).values()]

describe('descriptions carried over', () => {
  it('reads "the banker said" as the banker described before, arbitrageurs as people', () => {
    expect(
      speakers(
        'A European banker said the loan was too large.',
        'The lenders will want guarantees, the banker said.',
        'Arbitrageurs said the bid for Acme Tools Inc looked low.',
        'The arbitrageur added that a second bidder could emerge.',
        'One arbitrageur said the stock was fully priced.',
        'The deal may close in June, the senior arbitrageur said.',
      ),
    ).toEqual(['European banker', 'European banker', 'arbitrageurs', 'arbitrageurs', 'arbitrageur', 'arbitrageur'])
  })

  it('leaves "the investment dealer" and "the Swiss banker" to other rules: a firm, or someone named', () => {
    expect(speakers('Dealers said prices fell.', 'The investment dealer said its staff would grow.')[1]).not.toBe(
      'dealers',
    )
    expect(speakers('A London banker said rates would fall.', 'The Swiss banker said growth would slow.')[1]).not.toBe(
      'London banker',
    )
  })

  it('reads "the Swedish carmaker said" as the carmaker the story named, not a body called "Swedish Group"', () => {
    expect(
      speakers(
        'Nordvik Motor AB said car sales rose 12 pct in May.',
        'Exports to the U.S. Were strong, the Swedish carmaker said.',
        'The West German-based chemicals group said it would not bid.',
      ),
    ).toEqual(['Nordvik Motor AB', 'Nordvik Motor AB', 'Nordvik Motor AB'])
    expect(speakers('Brandholm Tobacco AB said profits fell.', 'Its unit was sold, the Swedish group said.')).toEqual([
      'Brandholm Tobacco AB',
      'Brandholm Tobacco AB',
    ])
    // A people word is no company: "the Chinese journalist said" is not the body before.
    expect(speakers('Acme Corp said output rose.', 'Reform is slow, the Chinese journalist said.')[1]).not.toBe(
      'Acme Corp',
    )
  })
})
