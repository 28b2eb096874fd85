// Sentence shapes of wire text, each on an invented sentence: what stands between a subject and its verb,
// words that look like reporting verbs and are not, and verbs that report without "said".
import { describe, expect, it } from 'vitest'
import { attributeSpeakers } from './speaker'

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
})
