// Wire-text patterns found reading the attribution on unlabelled Reuters stories (outside every labelled
// set), one case each, in the words the stories use.
import { describe, expect, it } from 'vitest'
import { attributeSpeakers } from './speaker'

const speakers = (...texts: string[]) => [...attributeSpeakers(texts.map((text, index) => ({ index, text }))).values()]

describe('speakers in wire-text patterns', () => {
  it('reads two names before "of" and a company as the person who works there', () => {
    expect(
      speakers(
        'Market speculation is that the bidders are not Canadian, Wilf Gobert of Peters and Co Ltd said.',
        'Gobert said investors are hoping for a competing offer.',
        'Prices rose, said Wilf Gobert of Peters and Co Ltd.',
      ),
    ).toEqual(['Wilf Gobert', 'Wilf Gobert', 'Wilf Gobert'])
    expect(speakers('United Banks of Colorado Inc said it has received approval.')[0]).not.toBe('United Banks')
  })

  it("keeps a company's whole name: 'St.', a lower-case suffix, a body's word before 'of', a possessive", () => {
    expect(speakers('St. Joe Gold Corp said it plans to proceed.', 'St. Joe Gold said it would start.')).toEqual([
      'St. Joe Gold Corp',
      'St. Joe Gold Corp',
    ])
    expect(speakers('General Public Utilities corp said its output was cut.')).toEqual([
      'General Public Utilities Corp',
    ])
    expect(speakers('United Banks of Colorado Inc said it received approval.', 'The company said it would.')).toEqual([
      'United Banks of Colorado Inc',
      'United Banks of Colorado Inc',
    ])
    expect(
      speakers(
        "Dome Petroleum Ltd's plan may force the company to sell its stake, Dome said in a filing.",
        'Dome Petroleum reiterated in the filing that its existence is at risk.',
      ),
    ).toEqual(['Dome Petroleum Ltd', 'Dome Petroleum Ltd'])
  })
})
