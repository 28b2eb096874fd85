import { describe, expect, it } from 'vitest'
import type { ParagraphSpeaker } from '../../../shared/types'
import { continuedSpeakers } from './speaker-runs'

// The seed 001_878b15e8f2a5934d (VNA, 24 Jan 2025) as articleSpeakers gives it, paragraphs 4 to 15.
const grushko = { name: 'Alexander Grushko', kind: 'person' } as const
const paragraphs = [4, 5, 6, 7, 8, 9, 10, 14, 15].map((index) => ({
  index,
  kind: index === 15 ? ('chrome' as const) : ('text' as const),
}))
const speakers: Record<number, ParagraphSpeaker> = {
  4: { paragraph: 4, speaker: { name: 'Dmitry Peskov', kind: 'person' } },
  6: { paragraph: 6, speaker: grushko },
  7: { paragraph: 7, speaker: grushko },
  9: { paragraph: 9, speaker: grushko },
  10: { paragraph: 10, speaker: grushko },
  14: { paragraph: 14, speaker: { name: 'Sergei Shoigu', kind: 'person' } },
}

describe('continuedSpeakers', () => {
  it('quiets a speaker said just before; a paragraph with nobody in between starts again', () => {
    expect([...continuedSpeakers(paragraphs, speakers)]).toEqual([7, 10])
  })

  it('never quiets a speaker the user set, nor the same name of another kind', () => {
    const corrected = {
      ...speakers,
      8: { paragraph: 8, speaker: grushko, confirmed: true },
      10: { paragraph: 10, speaker: { name: 'Alexander Grushko', kind: 'role' as const } },
    }
    expect([...continuedSpeakers(paragraphs, corrected)]).toEqual([7, 9])
  })

  it('goes on across page chrome', () => {
    const withChrome = [
      { index: 0, kind: 'text' as const },
      { index: 1, kind: 'chrome' as const },
      { index: 2, kind: 'text' as const },
    ]
    const peskov = { name: 'Dmitry Peskov', kind: 'person' } as const
    const both = { 0: { paragraph: 0, speaker: peskov }, 2: { paragraph: 2, speaker: peskov } }
    expect([...continuedSpeakers(withChrome, both)]).toEqual([2])
  })
})
