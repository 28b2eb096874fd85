// Spokesmen, officials and sources described, not named, and what a later "the spokesman said" means, on
// hand-made wire text.
import { describe, expect, it } from 'vitest'
import { attributeSpeakers } from './speaker'

const speakers = (...texts: string[]) => [...attributeSpeakers(texts.map((text, index) => ({ index, text }))).values()]

describe('spokesmen and officials described', () => {
  it('reads "here" (the dateline city) between the description and its verb', () => {
    expect(
      speakers(
        '<Varro SpA> of Italy plans to buy a bank, a Varro spokeswoman here said.',
        'Grain prices eased, dealers here said.',
      ),
    ).toEqual(['Varro SpA spokeswoman', 'dealers'])
    // An amount or a place before "and" is no one: the people after it speak.
    expect(
      speakers('The dollar fell to 140.20 yen in the Far East and dealers here said it would fall further.'),
    ).toEqual(['dealers'])
  })
})
