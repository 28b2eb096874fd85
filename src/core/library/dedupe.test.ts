import { describe, expect, it } from 'vitest'
import { groupNearDuplicates } from './dedupe'
import { markGroups } from './group'
import { parseJsonLines } from './records'
import { reutersLines } from '../testing/library'

describe('groupNearDuplicates', () => {
  const { records } = parseJsonLines('reuters.jsonl', reutersLines(2700, 2800))

  it('groups the same story filed twice (reuters-2730 and reuters-2734), earliest of equals first', () => {
    const groups = groupNearDuplicates(records)
    expect(groups).toContainEqual(['reuters-2730', 'reuters-2734'])
    // Every grouped pair shares a date window; no story is in two groups.
    const ids = groups.flat()
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('does not group different stories under the same headline, nor stories weeks apart', () => {
    const story = records.find((r) => r.id === 'reuters-2730')!
    const other = records.find((r) => r.body.length > 300 && r.id !== 'reuters-2730' && r.id !== 'reuters-2734')!
    const sameTitle = { ...other, id: 'same-title', title: story.title, date: story.date }
    const later = { ...story, id: 'later', date: '1987-04-20' }
    const groups = groupNearDuplicates([story, sameTitle, later])
    expect(groups).toEqual([])
  })

  it('groups a longer update with the story it extends, longest first', () => {
    const story = records.find((r) => r.id === 'reuters-2730')!
    const update = {
      ...story,
      id: 'update',
      body: `${story.body}\n    Vorontsov added that the talks would resume in Geneva next week after consultations.`,
    }
    expect(groupNearDuplicates([story, update])).toEqual([['update', 'reuters-2730']])
  })
})

describe('markGroups', () => {
  const { records } = parseJsonLines('reuters.jsonl', reutersLines(2700, 2800))

  it('marks the groups found on the stories, clears older marks, and leaves out a group naming a missing story', () => {
    const stories = records.map((r) => ({
      id: r.id,
      alsoFiledAs: undefined as string[] | undefined,
      duplicateOf: undefined as string | undefined,
    }))
    const byId = new Map(stories.map((s) => [s.id, s]))
    byId.get('reuters-2701')!.duplicateOf = 'reuters-2700'
    const kept = markGroups(byId, [...groupNearDuplicates(records), ['reuters-2730', 'not-imported'], []])
    expect(kept).toContainEqual(['reuters-2730', 'reuters-2734'])
    expect(kept.flat()).not.toContain('not-imported')
    expect(byId.get('reuters-2730')!.alsoFiledAs).toEqual(['reuters-2734'])
    expect(byId.get('reuters-2734')!.duplicateOf).toBe('reuters-2730')
    expect(byId.get('reuters-2701')!.duplicateOf).toBeUndefined()
  })
})
