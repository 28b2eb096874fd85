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
})
