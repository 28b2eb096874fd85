// Sentence shapes of wire text, each on an invented sentence: what stands between a subject and its verb,
// words that look like reporting verbs and are not, and verbs that report without "said".
import { describe, expect, it } from 'vitest'
import { attributeSpeakers, readSpeakers } from './speaker'

const speakers = (...texts: string[]) => [...attributeSpeakers(texts.map((text, index) => ({ index, text }))).values()]

describe('speakers in sentence shapes', () => {
  it('reads "states" after a count as a noun, not a verb', () => {
    expect(
      speakers('Harlow Mills asked for reviews by the attorneys general of 12 states in connection with the sale.'),
    ).toEqual([null])
  })

  it('takes the person a title marks after an opening phrase, not the body that phrase names', () => {
    expect(
      speakers(
        'Speaking at the meeting of the Dairy and Cattle Association, Jane Korvel, deputy director for the program, said prices would rise.',
      ),
    ).toEqual(['Jane Korvel'])
  })

  it('reads past an aside, a time and an abbreviation in brackets between subject and verb', () => {
    expect(
      speakers(
        'Trade Minister Paula Brandt, meanwhile, confirmed there would be talks.',
        'The Fisheries Board (FB) earlier this year forecast a smaller catch.',
        'It estimated the catch at 2.1 mln tonnes.',
      ),
    ).toEqual(['Paula Brandt', 'Fisheries Board', 'Fisheries Board'])
  })

  it('reads a reason given with "citing", a feeling voiced "that", and "and said" after a body named by its kind', () => {
    expect(speakers("Fitch Ratings earlier today cut the bank's rating, citing weak earnings.")).toEqual([
      'Fitch Ratings',
    ])
    expect(speakers('Wallace, noting the calm in the bond market, rejected calls for action.')).toEqual(['Wallace'])
    expect(speakers('Ellen Marsh voiced confidence that shareholders would approve the plan.')).toEqual(['Ellen Marsh'])
    expect(speakers('The official Polish news agency PAP condemned the raid and said it would bring no gain.')).toEqual(
      ['PAP'],
    )
    expect(speakers('Output fell 3 pct in May, the state mining company Minera Andina del Sur reported.')[0]).toEqual(
      'Minera Andina del Sur',
    )
    const [kind] = readSpeakers([
      { index: 0, text: 'Output fell 3 pct in May, the state mining company Minera Andina Meridional reported.' },
    ]).byParagraph.values()
    expect(kind?.kind).toBe('organisation')
  })

  it('reads calls, blame, causes, descriptions and requests as statements, not questions', () => {
    expect(
      speakers(
        'Hollis Brothers called for inquiries into the sale.',
        'Legislators called on the city to cut fees.',
        'The Harbin Times attributed the rise to cold weather.',
        'A Norvik statement blamed the drop on the strike.',
        'Greek officials have described the harvest as normal.',
        'The Harbin Times asked readers to save power.',
        'Grain dealers have speculated that prices will rise.',
      ),
    ).toEqual([
      'Hollis Brothers',
      'legislators',
      'Harbin Times',
      'Norvik',
      'Greek officials',
      'Harbin Times',
      'Grain dealers',
    ])
    expect(speakers('Reporters asked whether the plan would pass.')).toEqual([null])
    // The object came first: what was described is no statement of the one in the relative clause.
    expect(speakers('The test, which Norway described as a mistake, went ahead.')).toEqual([null])
  })

  it('reads people described by what they back, and one named with others like them', () => {
    expect(speakers('Supporters of the bill said it would help farmers.')).toEqual(['supporters of the bill'])
    expect(
      speakers('Sen. Ruth Calder and other supporters said the bill would not raise costs.', 'Calder said so.'),
    ).toEqual(['Ruth Calder', 'Ruth Calder'])
  })

  it("reads a kind of body after a name as the one body so named, else no one's", () => {
    expect(
      speakers(
        'The Denver Board of Trade said it opposes the plan.',
        'Regulators want higher limits, the Denver exchange said.',
        'Volume rose, the Boston exchange said.',
      ),
    ).toEqual(['Denver Board of Trade', 'Denver Board of Trade', null])
  })

  it("reads a noun after 'no' or 'its' as no verb, and a company's spokesman by the company's full name", () => {
    expect(speakers('The spokesman gave no estimate of the cost.')).toEqual([null])
    expect(
      speakers(
        'Halvorsen-Dyne Corp said it would raise its dividend.',
        'The plan was approved last week, Halvorsen said.',
        'The buyback resumes in May, a spokesman said.',
      ),
    ).toEqual(['Halvorsen-Dyne Corp', 'Halvorsen-Dyne Corp', 'Halvorsen-Dyne Corp spokesman'])
  })

  it("keeps a company's bracketed words, and reads a body named with its own companies as that body", () => {
    expect(
      speakers(
        'Hoshino Paper Co Ltd is issuing a 100 mln dlr bond, lead manager Daiwa Securities (Asia) Ltd said.',
        'Kato Trust (Hong Kong) Ltd said it would list the bond.',
      ),
    ).toEqual(['Daiwa Securities (Asia) Ltd', 'Kato Trust (Hong Kong) Ltd'])
    expect(
      speakers(
        '<Marlow Holdings Ltd> and its associate companies said they had sold 20 mln shares.',
        'The company said the proceeds would fund acquisitions.',
      ),
    ).toEqual(['Marlow Holdings Ltd', 'Marlow Holdings Ltd'])
  })

  it('reads "have only described", and no statement inside an indirect question', () => {
    expect(speakers('Chilean officials have only described the harvest as normal.')).toEqual(['Chilean officials'])
    expect(
      speakers(
        'Sales will rise, an Orvell spokesman said.',
        'The spokesman declined to say how much the group expected to earn.',
        'Other units may be sold too, he added.',
      ),
    ).toEqual(['Orvell spokesman', null, 'Orvell spokesman'])
  })

  it('reads a title and where its holder works after "said", and no one whom people travel with', () => {
    expect(
      speakers(
        'Lena Ortiz, chief economist at Banco Sur, said rates would fall.',
        '"Costs are high," said a director at one Swiss private bank. "Margins are thin," he added.',
      ),
    ).toEqual(['Lena Ortiz', 'director at one Swiss private bank'])
    expect(speakers('Aid rose and officials travelling with President Hanna Keller said it would rise again.')).toEqual(
      [null],
    )
  })

  it('reads "the airport company" as the company so named, and its spokesman as that company\'s', () => {
    expect(
      speakers(
        '<Tern Air Services Ltd> signed a contract with <Osaka Harbour Co Ltd> for a new terminal, the harbour company said.',
        'It is the first such award to a British company, a company spokesman told Reuters.',
      ),
    ).toEqual(['Osaka Harbour Co Ltd', 'Osaka Harbour Co Ltd spokesman'])
  })

  it('reads bodies and people described, not named, as roles: a broadcaster, a service, those polled', () => {
    expect(
      speakers(
        'Floods hit Portugal, cutting roads in what state television called the worst storm in decades.',
        'Rail traffic was halted, television said.',
        'The forecasting service said more rain would fall.',
        'Forty pct of those polled said they would vote.',
      ),
    ).toEqual(['state television', 'state television', 'forecasting service', 'those polled'])
    expect(speakers('The storm was what forecasters expected.')).toEqual([null])
  })

  it('reads names listed before a firm described as one firm, not a list of countries', () => {
    expect(
      speakers(
        'Hale, Moss and Trent, a Chicago brokerage firm, said it holds 6.2 pct of the stock.',
        'Hale said it may buy more.',
      ),
    ).toEqual(['Hale, Moss and Trent', 'Hale, Moss and Trent'])
    expect(speakers('Spain, Greece and Italy, three big growers, said output would fall.')[0]).not.toBe(
      'Spain, Greece and Italy',
    )
  })

  it('reads "he was quoted as saying" as the one person named before anyone spoke, and views disclosed or voiced', () => {
    expect(
      speakers(
        'Prime Minister Anders Lund struck a calm tone in the dispute with Norway.',
        '"We want talks," he was quoted by the TT news agency as saying.',
      ),
    ).toEqual([null, 'Anders Lund'])
    expect(
      speakers(
        'In a filing, Orbis Holdings Inc disclosed that it holds 5.5 pct of the stock.',
        'Bond dealers had earlier expressed mixed views on a rate cut.',
      ),
    ).toEqual(['Orbis Holdings Inc', 'Bond dealers'])
  })

  it('reads a paragraph whose opening quote the wire lost: the closing quote ends the quotation', () => {
    expect(
      speakers(
        'Regulator Ana Quist said more banks would add reserves.',
        'My guess is the market will decide. Banks will follow," Quist told the conference.',
      ),
    ).toEqual(['Ana Quist', 'Ana Quist'])
  })

  it('reads "the union" as the union the story names, and "the maker of …" as the company spoken of', () => {
    expect(
      speakers(
        'Ford will make an offer to 30,000 members of the United Rail Workers, the union said.',
        'The union has said it will strike on Friday.',
      ),
    ).toEqual(['United Rail Workers', 'United Rail Workers'])
    expect(
      speakers(
        'Corvex Inc said it suspended its dividend.',
        'The maker of paper cups, trays and other goods said it had 700,000 preferred shares.',
      ),
    ).toEqual(['Corvex Inc', 'Corvex Inc'])
  })

  it('reads "the exchanges said" as the two exchanges named, and no one when more are named', () => {
    expect(
      speakers('Trading opened on the Baltic Grain Exchange and the Nordic Metal exchange, the exchanges said.'),
    ).toEqual(['Baltic Grain Exchange and Nordic Metal Exchange'])
    expect(
      speakers(
        'The Oslo Stock Exchange, the Baltic Grain Exchange and the Nordic Metal Exchange agreed, the exchanges said.',
      ),
    ).toEqual([null])
  })
})
