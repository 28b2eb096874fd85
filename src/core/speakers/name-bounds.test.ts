// Where a speaker's name begins and ends: no title glued before it, no place after it, a company's own
// bracketed or abbreviated words kept inside it. Each on an invented sentence.
import { describe, expect, it } from 'vitest'
import { attributeSpeakers } from './speaker'

const speakers = (...texts: string[]) => [...attributeSpeakers(texts.map((text, index) => ({ index, text }))).values()]

describe("a bond's lead manager", () => {
  it('is the bank named after the title, with its "of", its particles and its bracketed words', () => {
    expect(speakers('Acme Corp is issuing a 50 mln dlr bond, lead manager Trust Bank of Ruritania said.')).toEqual([
      'Trust Bank of Ruritania',
    ])
    expect(
      speakers('Acme Corp is issuing a 50 mln dlr bond, lead manager Trust Bank of Ruritania (Securities) Ltd said.'),
    ).toEqual(['Trust Bank of Ruritania (Securities) Ltd'])
    expect(speakers('Acme Corp is issuing a bond, lead manager Banque Generale de Ruritanie said.')).toEqual([
      'Banque Generale de Ruritanie',
    ])
    // A wrapped line between the name and its bracket.
    expect(speakers('Acme Corp is issuing a bond, lead manager Orvik Securities Co\n(Europe) Ltd said.')).toEqual([
      'Orvik Securities Co (Europe) Ltd',
    ])
  })
})

describe('a place or a time after "in"', () => {
  it('is no speaker: the subject is the name or the people before it', () => {
    expect(speakers('Orvik Banking Corp in New Zealand said it will raise its lending rate.')).toEqual([
      'Orvik Banking Corp',
    ])
    expect(speakers('Orvik Aluminium Ltd. in Montreal said it raised its ingot prices.')).toEqual([
      'Orvik Aluminium Ltd',
    ])
    expect(speakers('Traders in Oslo said they expect higher rebates.')).toEqual(['traders'])
    expect(speakers('The Trade Department in January said it would block the merger.')).toEqual(['Trade Department'])
    expect(speakers('A spokesman for the Farm Ministry in Bonn said there was no plan.')).toEqual([
      'spokesman for the Farm Ministry',
    ])
    // A lower-case description before "in" keeps its place, as before.
    expect(speakers('Wheat stocks fell, the U.S. agriculture counselor in Oslo said.')).toEqual([
      'agriculture counselor in Oslo',
    ])
  })
})

describe('people polled, contacted or queried by someone', () => {
  it('are who speaks, not whoever asked them', () => {
    expect(speakers('Economists polled by the Daily Ledger said that M-1 would rise.')).toEqual(['economists'])
    expect(speakers('Growth will slow, share analysts surveyed by Orvik News said.')).toEqual(['share analysts'])
    expect(speakers('An Orvik spokesman contacted by Reuters said there was no comment.')).toEqual(['Orvik spokesman'])
    expect(speakers('Businessmen polled by Reuters said the budget did little.')).toEqual(['businessmen'])
  })
})

describe("a spokesman for a body whose name has its own 'of', 'on' or 'and'", () => {
  it('is the description as written, not the end of the name', () => {
    expect(speakers('Imports fell, a spokesman for the Ministry of Fisheries said.')).toEqual([
      'spokesman for the Ministry of Fisheries',
    ])
    expect(
      speakers('Talks will resume, a spokesman for the Ruritanian Conference on Trade and Industry (RCTI) said.'),
    ).toEqual(['spokesman for the Ruritanian Conference on Trade and Industry'])
    expect(speakers('Claims will rise, a spokesman for Orvik Underwriters of London said.')).toEqual([
      'spokesman for Orvik Underwriters of London',
    ])
    expect(speakers('Debt talks are modest, a former chairman of the Council of Economic Advisers said.')).toEqual([
      'former chairman of the Council of Economic Advisers',
    ])
    expect(speakers('Officials of the Shipbuilders Association of Ruritania told reporters output will fall.')).toEqual(
      ['officials of the Shipbuilders Association of Ruritania'],
    )
    // A writing of a body is the body's.
    expect(speakers('Ice is thick, the latest report of the Ruritanian Board of Navigation said.')).toEqual([
      'Ruritanian Board of Navigation',
    ])
  })
})

describe('a person with a description after a comma and no comma before the verb', () => {
  it('is the person, not the description; a description after the reported clause stays one', () => {
    expect(speakers('Jon Orvik, an analyst with Acme Securities Inc said prices rose.')).toEqual(['Jon Orvik'])
    expect(speakers('Sales will fall, Mary Lund, chairman of Orvik Timber Co told reporters.')).toEqual(['Mary Lund'])
    expect(speakers('"It is no taboo," Peter Holm, spokesman for Orvik Bank AG said.')).toEqual(['Peter Holm'])
    expect(speakers('The judge halted supplies to the Red Cross, a spokeswoman for Abbott said.')).toEqual([
      'spokeswoman for Abbott',
    ])
  })
})

describe('a surname shared by a person and the firm named after them', () => {
  it('is the person the story names', () => {
    expect(
      speakers(
        'Mario Orvik, head of New York investment firm Mario Orvik and Co, said he sold some shares.',
        'Orvik said he amended certain filings.',
      ),
    ).toEqual(['Mario Orvik', 'Mario Orvik'])
  })
})

describe("a body's name that goes on past 'for'", () => {
  it('is whole, not the words after "for"', () => {
    expect(speakers('Orvik Trust for Acme Home Products Shares said it extended its deadline.')).toEqual([
      'Orvik Trust for Acme Home Products Shares',
    ])
    expect(speakers('Society for Thrift said it will offer notes.')).toEqual(['Society for Thrift'])
    expect(speakers('Growth will slow, the Orvik Institute for Economic Studies said.')).toEqual([
      'Orvik Institute for Economic Studies',
    ])
  })
})

describe('lower-case particles in a name', () => {
  it('are inside it, two together too, and a capitalised "De Lund" is the same person', () => {
    expect(
      speakers('Sales rose, Ruritanian trade attache Karim el Zadan said.', 'He said more orders would come.'),
    ).toEqual(['Karim el Zadan', 'Karim el Zadan'])
    expect(speakers('Sales rose, Orvik chairman Jan van der Lund told shareholders.')).toEqual(['Jan van der Lund'])
    expect(
      speakers(
        'Reserves rose, Central Bank Governor Pieter de Lund said.',
        'De Lund, speaking on television, gave no breakdown.',
        '"We will act," de Lund said.',
      ),
    ).toEqual(['Pieter de Lund', null, 'Pieter de Lund'])
  })
})

describe('an abbreviation with its dot inside a company name', () => {
  it('keeps the name whole', () => {
    expect(speakers('Wm. Orvik Jr. Co said it raised the price of gum.')).toEqual(['Wm Orvik Jr Co'])
    expect(speakers('Orvik Securities Co. Ltd said it bought a seat.')).toEqual(['Orvik Securities Co Ltd'])
  })
})

describe('a place near another, between a subject and its verb', () => {
  it('is no speaker', () => {
    expect(
      speakers('But an Orvik official, reached by telephone in the city of Huanta, near Chaca, said traffic resumed.'),
    ).toEqual([null])
    expect(
      speakers('Orvik Coal Ltd, operator of the Orvik mine near Grande Lake, Alberta, said it will ship coal.'),
    ).toEqual(['Orvik Coal Ltd'])
  })
})

describe("a company's suffix left alone by a word no run takes", () => {
  it('ends the whole name: a modal verb, a figure or a lower-case word between capitals', () => {
    expect(speakers('Orvik Can Co said it plans to change its name.', 'It said the ticker would change.')).toEqual([
      'Orvik Can Co',
      'Orvik Can Co',
    ])
    expect(speakers('4Com Corp said it filed a registration statement.')).toEqual(['4Com Corp'])
    expect(speakers('Q mart Corp said its board approved a split.')).toEqual(['Q Mart Corp'])
    // (Never past a reporting verb.)
    expect(speakers('Loh said <Orvik Investment management Ltd> would launch a fund.')).toEqual(['Loh'])
  })
})

describe("a dotted suffix at a company's name's end", () => {
  it('ends no sentence, before a ticker too, and joins two names by "and"; alone it is no name', () => {
    expect(
      speakers('Orvik Savings Bank F.S.B. <OSB.O> said it set a meeting.', 'The bank said it will merge.'),
    ).toEqual(['Orvik Savings Bank F.S.B', 'Orvik Savings Bank F.S.B'])
    expect(speakers('Orvik Savings and Loan Association F.A. said it won a lawsuit.')).toEqual([
      'Orvik Savings and Loan Association F.A',
    ])
    expect(speakers('Dutch group Orvik N.V. <ORVK.AS> said it bought a unit.')).toEqual(['Orvik N.V'])
    expect(speakers('Dutch insurer Orvik Anno 1720 N.V. <ORVA.AS> said it bought a stake.')).toEqual([null])
  })
})

describe("a body's spokesman written with a possessive", () => {
  it("is that body spokesman, a person's stays theirs", () => {
    expect(speakers('Orvik Co said sales rose.', "Orvik's spokesman said the plant will open.")).toEqual([
      'Orvik Co',
      'Orvik Co spokesman',
    ])
    expect(
      speakers(
        'A spokesman for the Ruritanian Trade Conference (RTC) said talks resumed.',
        "RTC's spokesman said more.",
      )[1],
    ).toBe('RTC spokesman')
    expect(speakers('President Maria Lund said rates rose.', "Lund's spokesman said it was final.")[1]).toBe(
      "Lund's spokesman",
    )
  })
})

describe("a body's name ending in Association, Society, Trust or Fund before 'of'", () => {
  it('is the body, not a person employed by a company', () => {
    expect(speakers('The National Association of Orvik Dealers Inc said its board proposed rules.')).toEqual([
      'National Association of Orvik Dealers Inc',
    ])
    expect(speakers('Crews fell to 151, the Society of Orvik Geophysicists said.')).toEqual([
      'Society of Orvik Geophysicists',
    ])
  })
})

describe('a person, "of" a place or a firm, then a comma before the verb', () => {
  it('is the person; not one named among people described before, nor a name before another subject', () => {
    expect(speakers('Assistant House Leader Jon Lund of Ruritania, said he backed the plan.')).toEqual(['Jon Lund'])
    expect(speakers('Analyst Mary Holm of Orvik Securities Inc, said sales would rise.')).toEqual(['Mary Holm'])
    expect(speakers('Some Democrats, including Speaker Jon Lund of Ruritania, said they would wait.')).toEqual([
      'Democrats',
    ])
  })
})
