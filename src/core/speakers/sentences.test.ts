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
})
