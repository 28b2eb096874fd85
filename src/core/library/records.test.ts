import { describe, expect, it } from 'vitest'
import { parseJsonLines, titleFromBody } from './records'
import { reutersLines } from '../testing/library'

describe('parseJsonLines', () => {
  it('reads Reuters stories, keeps title-only briefs, skips empty records by line', () => {
    const { records, problems } = parseJsonLines('reuters.jsonl', reutersLines(1, 200))
    expect(records.length + problems.length).toBe(200)
    const first = records[0]!
    expect(first).toMatchObject({
      id: 'reuters-1',
      title: 'BAHIA COCOA REVIEW',
      date: '1987-02-26',
      dateline: 'SALVADOR, Feb 26',
      wrapped: true,
    })
    expect(first.places).toEqual(['el-salvador', 'usa', 'uruguay'])
    expect(first.origin).toBe('reuters.jsonl:1')
    // Line 99 of the file is an empty record (no title, no body).
    expect(problems).toContainEqual({ file: 'reuters.jsonl', line: 99, reason: 'no title and no body' })
    const briefs = records.filter((r) => !r.body.trim())
    expect(briefs.length).toBeGreaterThan(0)
    expect(briefs.every((r) => r.title.length > 0)).toBe(true)
  })

  it('lists invalid JSON, a bad date, a non-object and a repeated id, and imports the rest', () => {
    const text = [
      '{"id": "a", "date": "1987-03-06", "title": "One", "body": "Text one."}',
      '{"id": "b", "date": "1987-03-06", "title": "Two", "body": ', // cut short
      '',
      '{"id": "c", "date": "1987-02-30", "title": "Three", "body": "Text."}',
      '[1, 2]',
      '{"id": "a", "date": "1987-03-07", "title": "Again", "body": "Other."}',
      '{"id": "d", "date": null, "title": "Undated", "body": "Still kept."}',
      '{"date": "6 March 1987", "body": "No id and no title. The rest follows here."}',
    ].join('\r\n')
    const { records, problems } = parseJsonLines('x.jsonl', text)
    expect(records.map((r) => r.id)).toEqual(['a', 'd', expect.stringMatching(/^import-/)])
    expect(records[1]!.date).toBeNull()
    expect(records[2]).toMatchObject({ date: '1987-03-06', title: 'No id and no title.' })
    expect(problems.map((p) => [p.line, p.reason.split(':')[0]])).toEqual([
      [2, 'invalid JSON'],
      [4, 'unparsable date "1987-02-30"'],
      [5, 'not a JSON object'],
      [6, 'id "a" already used on line 1'],
    ])
    // The same file gives the same ids again (ids are derived from content when absent).
    expect(parseJsonLines('x.jsonl', text).records[2]!.id).toBe(records[2]!.id)
  })
})

describe('titles', () => {
  it('makes a short title from the first sentence', () => {
    expect(
      titleFromBody('Chief Soviet arms negotiator Yuli\nVorontsov said talks had made a breakthrough.\n    More.'),
    ).toBe('Chief Soviet arms negotiator Yuli Vorontsov said talks had made a breakthrough.')
    expect(titleFromBody('word '.repeat(60)).length).toBeLessThanOrEqual(91)
  })
})
