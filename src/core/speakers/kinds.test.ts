// "the <kind> said" carried across sentences and paragraphs to an earlier body of that kind, and descriptions
// glued to a name ("the Bahrain-based …"), on invented sentences: one case per rule in kinds.ts and runs.ts.
import { describe, expect, it } from 'vitest'
import { attributeSpeakers } from './speaker'

const speakers = (...texts: string[]) => [...attributeSpeakers(texts.map((text, index) => ({ index, text }))).values()]

describe('a description carried over to a body of its kind', () => {
  it('takes no public body for "the company": the story\'s one company instead', () => {
    expect(
      speakers(
        'Acme Corp said profits rose.',
        'The Agriculture Department said exports fell.',
        'The company said it would cut jobs.',
      ),
    ).toEqual(['Acme Corp', 'Agriculture Department', 'Acme Corp'])
    expect(
      speakers(
        'Acme Corp said profits rose.',
        'The Federal Reserve Board said rates would stay.',
        'The company said it would hire.',
      ),
    ).toEqual(['Acme Corp', 'Federal Reserve Board', 'Acme Corp'])
  })

  it('reads an agency or an authority as a public body: "the company" is not the agency that spoke since', () => {
    expect(
      speakers(
        'Exxon Corp said it found oil.',
        'The Environmental Protection Agency said the site was clean.',
        'The company said it would drill.',
      ),
    ).toEqual(['Exxon Corp', 'Environmental Protection Agency', 'Exxon Corp'])
  })

  it('takes no public body for "the bank" when no bank is named', () => {
    expect(
      speakers('Citicorp said profits rose.', 'The Treasury said bills sold well.', 'The bank said it would hire.'),
    ).toEqual(['Citicorp', 'Treasury', null])
  })

  it('takes the body whose name ends with the word, past a company that spoke since', () => {
    expect(
      speakers(
        'Chase Manhattan Bank raised its prime rate.',
        'Acme Corp said it would borrow.',
        'The bank said others would follow.',
      ),
    ).toEqual([null, 'Acme Corp', 'Chase Manhattan Bank'])
    expect(
      speakers(
        'The Tokyo Stock Exchange said trading rose.',
        'Brokers said foreigners bought.',
        'The exchange said it would extend hours.',
      ),
    ).toEqual(['Tokyo Stock Exchange', 'brokers', 'Tokyo Stock Exchange'])
  })

  it('reads a word inside a name as no kind: the Securities and Exchange Commission is no exchange', () => {
    expect(
      speakers(
        'Acme Corp told the Securities and Exchange Commission it sold shares.',
        'The exchange said it would look.',
      ),
    ).toEqual(['Acme Corp', null])
  })

  it('takes a name that says its trade for an airline, past a public body that spoke since', () => {
    expect(
      speakers(
        'Trans World Airlines Inc said fares fell.',
        'The Transportation Department said it would look.',
        'The airline said bookings rose.',
      ),
    ).toEqual(['Trans World Airlines Inc', 'Transportation Department', 'Trans World Airlines Inc'])
    expect(
      speakers('The Canadian government said it would sell Air Canada.', 'The airline said it welcomed the move.'),
    ).toEqual(['Canadian Government', null])
  })

  it("keeps a body whose name says nothing of its kind for a company's word", () => {
    expect(
      speakers(
        'Niagara Mohawk said costs rose.',
        'Rochester Gas and Electric Corp owns 14 pct.',
        'The utility said it would appeal.',
      ),
    ).toEqual(['Niagara Mohawk', null, 'Niagara Mohawk'])
  })

  it('reads initials as the body they stand for', () => {
    expect(
      speakers(
        'The Chicago Board Options Exchange (CBOE) created a contract.',
        'The Chicago Mercantile Exchange changed its rules.',
        'The new contract was needed, the CBOE said.',
        'It will trade in March, the exchange said.',
      ),
    ).toEqual([null, null, 'Chicago Board Options Exchange', 'Chicago Board Options Exchange'])
  })

  it('takes "the union" for a union by its name, and nothing that is no union', () => {
    expect(
      speakers(
        'The United Auto Workers union struck Chrysler Corp.',
        'Chrysler said it would talk.',
        'The union said it wanted more pay.',
      ),
    ).toEqual([null, 'Chrysler Corp', 'United Auto Workers Union'])
    expect(speakers('Petrobras said it cut imports.', 'The ministry said stocks were high.')).toEqual([
      'Petrobras',
      null,
    ])
  })

  it('leaves "the airlines" (several) to no single airline', () => {
    expect(
      speakers('The Air Transport Employees union sued.', 'The airlines argued the promise was void.'),
    ).not.toContain('Air Transport Employees Union')
  })
})

describe('"the company" after people who name no body spoke', () => {
  it('is the company the story opens with, not a spokesman\'s body nor a name cut before "of"', () => {
    expect(
      speakers(
        'Sony Corp posted record sales.',
        'Industry sources said the yen hurt.',
        'The company said exports fell.',
      ),
    ).toEqual([null, 'industry sources', 'Sony Corp'])
    expect(
      speakers(
        'Westpac Banking Corp lost money.',
        'A Kleinwort Benson spokesman said the case was closed.',
        'The company said a small loss was unrelated.',
      ),
    ).toEqual([null, 'Kleinwort Benson spokesman', null])
    expect(
      speakers(
        'Aluminum Co of Canada Ltd posted results.',
        'Analysts said they were weak.',
        'The company said the dividend stays.',
      ),
    ).toEqual([null, 'analysts', null])
  })
})

describe('a description glued to a name', () => {
  it('drops "<Place>-based", "state-owned" and the like before a name', () => {
    expect(
      speakers('The Bahrain-based Gulf News Agency (GNA) said oil output rose.', 'The agency said prices held.'),
    ).toEqual(['Gulf News Agency', 'Gulf News Agency'])
    expect(speakers('New York-based Bastian Technologies Corp said it bought shares.')).toEqual([
      'Bastian Technologies Corp',
    ])
    expect(speakers('State-owned <Qantas Airways Ltd> said it ordered a plane.')).toEqual(['Qantas Airways Ltd'])
    expect(speakers('Privately-held Piper Aircraft Corp said it would build planes.')).toEqual(['Piper Aircraft Corp'])
  })

  it('reads "the San Diego-based bank" as "the bank": the bank named before', () => {
    expect(
      speakers('Great American First Savings Bank said gains rose.', 'The San Diego-based bank said it sold loans.'),
    ).toEqual(['Great American First Savings Bank', 'Great American First Savings Bank'])
  })
})

describe("a company's unit after its owner's possessive", () => {
  it('is the unit, a body, and "the company" after it; a person so named stays one', () => {
    expect(
      speakers("Orvik Air Corp's Lund Airlines said it will add flights.", 'The company said fares will not change.'),
    ).toEqual(['Lund Airlines', 'Lund Airlines'])
    expect(speakers("Orvik Corp's Bill Lund said sales rose.")).toEqual(['Bill Lund'])
  })
})
