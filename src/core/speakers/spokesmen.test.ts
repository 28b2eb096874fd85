// Spokesmen, officials and sources described, not named, what a later "the spokesman said" means, and
// bodies named with "of" and "and", on hand-made wire text.
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

  it('reads "the spokesman said" as the one described before who had not spoken, and no one when two were', () => {
    expect(
      speakers(
        'Nordvik Air AB ordered six jets.',
        'A Nordvik spokesman declined to say what the order was worth.',
        'The engines were chosen for their record, the spokesman said.',
      ).slice(1),
    ).toEqual([null, 'Nordvik Air AB spokesman'])
    expect(
      speakers(
        'However, a spokesman for the Tariff Board confirmed the offers were made.',
        'The spokesman said the board would accept them.',
      )[1],
    ).toBe('spokesman for the Tariff Board')
    // A named spokesman ("John Smith, a spokesman for …") or two described officials: no one said which.
    expect(
      speakers(
        'A Trade Ministry official denied the report.',
        'Radio quoted a senior Trade Ministry official as saying the pact would end.',
        'Nothing has been decided, the official said.',
      )[2],
    ).toBe(null)
  })
})

describe("a body's name with 'of' and 'and'", () => {
  it('is the whole name, speaking and when "the ministry" points back to it', () => {
    expect(
      speakers(
        'Exports fell 3 pct, the Department of Shipping and Fisheries said.',
        "Ruritania's Ministry of Mines and Energy raised its forecast.",
        'The ministry said output would rise.',
      ),
    ).toEqual(['Department of Shipping and Fisheries', null, "Ruritania's Ministry of Mines and Energy"])
  })
})

describe("a body's word that opens a name", () => {
  it('begins the body\'s name, not a title before a person ("Bank Negara Malaysia")', () => {
    expect(
      speakers(
        'Reserves rose to 16 billion ringgit, Bank Rakyat Ruritania said.',
        'The bank said its assets fell.',
        'Union Alpine Petroleum said its reserves fell.',
      ),
    ).toEqual(['Bank Rakyat Ruritania', 'Bank Rakyat Ruritania', 'Union Alpine Petroleum'])
  })
})

describe('a body named with "of" and another with a name before it', () => {
  it('keeps them apart: "the Bank of Ruritania" is not "Mercantile Bank of Ruritania"', () => {
    expect(
      speakers(
        'Mercantile Bank of Ruritania raised its prime rate.',
        'The Bank of Ruritania said rates would fall.',
        "Ruritania's Ministry of Mines raised its forecast.",
        'The Ministry of Mines said output rose.',
      ).slice(1),
    ).toEqual(['Bank of Ruritania', null, "Ruritania's Ministry of Mines"])
  })
})

describe('people and bodies named by a people word or a trade', () => {
  it('reads "Businessmen said" as people, a body "of … Growers" as the body, "the Chilean company" as no name', () => {
    expect(
      speakers('Businessmen said the remarks were rare.', 'Oil palm growers told Reuters output would fall.'),
    ).toEqual(['businessmen', 'Oil palm growers'])
    expect(speakers('Prices rose, the National Association of Tea Growers said.')).toEqual([
      'National Association of Tea Growers',
    ])
    expect(
      speakers(
        'Petroleos de Ruritania SA said it will buy a refinery.',
        'Union Pacific and the Chilean company signed an agreement.',
        'The state oil company said it will pay 30 mln dlrs.',
      )[2],
    ).toBe('Petroleos de Ruritania SA')
  })
})

describe('"the central bank said"', () => {
  it('is a central bank the story names, never the World Bank or a company spoken of before', () => {
    expect(
      speakers(
        'Ruritania owes the World Bank 521 mln dlrs, the ministry said.',
        'Debt rose, the central bank said.',
      )[1],
    ).toBe(null)
    expect(speakers('The Bank of Ruritania cut rates.', 'The cut was small, the central bank said.')[1]).toBe(
      'Bank of Ruritania',
    )
  })
})
