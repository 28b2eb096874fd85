// Names a careful reader would not give, as found by comparing the attribution before and after new rules on
// unlabelled long Reuters stories (over 3,500 characters: outside every labelled set), each on an invented sentence.
import { describe, expect, it } from 'vitest'
import { attributeSpeakers } from './speaker'

const speakers = (...texts: string[]) => [...attributeSpeakers(texts.map((text, index) => ({ index, text }))).values()]

describe('no wrong names from objects, places and descriptions', () => {
  it("takes no preposition's object for the subject, but a body's own word before 'of' still speaks for it", () => {
    expect(speakers('A source close to Harlan Partners, however, said Harlan would apply.')).toEqual([null])
    expect(speakers('A Japanese trader in Osaka said imports would rise.')).toEqual([null])
    expect(speakers('The board of Acme Corp said it approved the plan.')).toEqual(['Acme Corp'])
    expect(speakers('A parliamentary motion, signed by 98 MPs, today urged the government to act.')).toEqual([null])
  })

  it('reads no place or quantifier as a name before ", saying" or ", citing"', () => {
    expect(speakers('A Lisbon banker shared the view, saying the dollar would fall.')).toEqual([null])
    expect(speakers('Several banks, citing the halt in payments, have said they may act.')).toEqual([null])
    expect(speakers('Most Paris dealers were disappointed, saying nothing had changed.')).toEqual(['Paris dealers'])
    expect(speakers('A number of economic experts have expressed doubts about the expansion.')).toEqual([
      'economic experts',
    ])
  })

  it("keeps a bank's own lower-case word, a title after a bracketed company, and no company put into a phrase", () => {
    expect(speakers('Hoff bank argues that rates will rise.')).toEqual(['Hoff Bank'])
    expect(speakers('"People will not spend," said Nikko Securities (Asia) Ltd economist Mari Tanaka.')).toEqual([
      'Mari Tanaka',
    ])
    expect(
      speakers(
        'Orvik Shipping Ltd said orders fell.',
        '"Yards will survive," said an official at a major Greek shipping company.',
      ),
    ).toEqual(['Orvik Shipping Ltd', 'official at a major Greek shipping company'])
  })

  it('takes "another Canadian Company, <…>" for no company of that name', () => {
    expect(
      speakers(
        'The deal came after another Canadian Company, <Unicorp Canada Corp>, bought a stake.',
        'Proceeds will pay down debt, the company said.',
      ),
    ).not.toContain('Canadian Company')
  })

  it('reads the writer of a letter, a speaker before a time, and the person a sentence opens with past an object', () => {
    expect(speakers('The letter from Ellen Voss said she resigned because of the merger.')).toEqual(['Ellen Voss'])
    expect(speakers('Prime Minister Helen Clarke late last year said a decision depended on growth.')).toEqual([
      'Helen Clarke',
    ])
    expect(
      speakers(
        'John Lichtblau, president of Oilco Research Inc in New York, in testimony to Congress said output will fall.',
      ),
    ).toEqual(['John Lichtblau'])
    expect(speakers('Rex Hardesty of the huge labor federation AFL-CIO said benefits are falling.')).toEqual([
      'Rex Hardesty',
    ])
    expect(
      speakers('Notices published in the official daily El Norte said the ministry had begun proceedings.'),
    ).toEqual(['El Norte'])
    expect(
      speakers(
        'The odds rose that Fed chairman Paul Volcker, a symbol of strength, will serve again, sources close to the Fed say.',
      ),
    ).toEqual([null])
  })

  it('keeps a source before ", noting", counts no "One" as a name, and reads a quote the wire did not open from its sentence', () => {
    expect(speakers('"Ratings are stable," Moody\'s said, noting many banks are stronger.')).toEqual(["Moody's"])
    expect(speakers('One leading broker said prices had risen, noting high yields.')).not.toContain('One')
    expect(speakers('Other brokers were more cautious, saying the rally would end.')).toEqual(['brokers'])
    expect(
      speakers('Costs fell last year, Abel Moss said. In particular wages held steady," said the fund chief.'),
    ).toEqual(['Abel Moss'])
  })

  it('writes a description after a quotation from its own words, on one line, and one of two companies by its name', () => {
    expect(speakers('"His comments were encouraging," an official with the growers group said.')).toEqual([
      'official with the growers group',
    ])
    expect(speakers('"Prices will fall," said an oil\nanalyst.')).toEqual(['oil analyst'])
    expect(
      speakers('Halcon Inc and Brightwater Co said they would talk.', 'Halcon today said a court would hear the case.'),
    ).toEqual(['Halcon Inc and Brightwater Co', 'Halcon Inc'])
  })

  it('reads "calls for" as a noun, a people word before the head noun as no one, a spokesman only by a name it begins', () => {
    expect(speakers('Despite calls for lower rates, the central bank has hinted at a rise.')).toEqual([null])
    expect(
      speakers('The industry trade association called on firms to guard secrets.', 'But it said banks may go on.'),
    ).toEqual([null, null])
    expect(
      speakers('Asher Lund and Dominion Mills Inc said they would talk.', 'A Dominion spokesman said talks went on.'),
    ).toEqual(['Asher Lund and Dominion Mills Inc', 'Dominion spokesman'])
    expect(speakers('Veltra AG <VELT.Z> profits rose 2 pct, a senior company official said.')).toEqual([
      'senior Veltra AG official',
    ])
  })

  it('takes "the U.S. official" for no one described with another place before', () => {
    expect(
      speakers(
        'French officials said they would propose a grain pact.',
        'The U.S. official described the idea as a cartel.',
      )[1],
    ).not.toBe('French officials')
  })

  it('takes "Ford" after "General Motors Corp and Ford Motor Co" for Ford Motor Co, not both', () => {
    expect(
      speakers(
        'General Motors Corp and Ford Motor Co cut output.',
        'Ford said sales fell.',
        'The company said it expected a rebound.',
      ),
    ).toEqual([null, 'Ford Motor Co', 'Ford Motor Co'])
  })

  it('continues no quotation to the speaker before when someone else, described, speaks it', () => {
    expect(speakers('Dealers said prices fell.', '"Prices will rise," said one trader.')).toEqual(['dealers', 'trader'])
    expect(speakers('Dealers said prices fell.', '"Prices will rise," one senior dealer said.')).toEqual([
      'dealers',
      'senior dealer',
    ])
    expect(speakers('Western economists said growth slowed.', '"It will pick up," one said.')).toEqual([
      'Western economists',
      'Western economists',
    ])
  })

  it('reads "Company said" with its article dropped as the company, never a body named "Company"', () => {
    expect(
      speakers('Orvik Telecom Ltd said it will split its shares.', 'Company also said it will raise its dividend.'),
    ).toEqual(['Orvik Telecom Ltd', 'Orvik Telecom Ltd'])
    expect(
      speakers(
        'Orvik Telecom Ltd said it will split its shares.',
        'NOTE - Company said net is before tax.',
        'The company said it had no debt.',
      ),
    ).toEqual(['Orvik Telecom Ltd', 'Orvik Telecom Ltd', 'Orvik Telecom Ltd'])
  })

  it('names every company listed before the verb with commas and an "and", not the last two', () => {
    expect(
      speakers(
        'Orvik Inc, The First Lund Corp <FLC> and Holm Inc <HLM> said Acme Group Inc offered four mln shares.',
        'They added the shares are convertible.',
        'Orvik said the offering was sold out.',
      ),
    ).toEqual([
      'Orvik Inc, The First Lund Corp and Holm Inc',
      'Orvik Inc, The First Lund Corp and Holm Inc',
      'Orvik Inc',
    ])
    // (Not a list that is no subject, nor "Jefferies and Co", one firm.)
    expect(speakers('Orvik Inc, Lund Corp and Holm Inc agreed on a venture, Orvik said.')).toEqual(['Orvik Inc'])
  })
})
