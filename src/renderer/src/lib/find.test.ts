import { describe, expect, it } from 'vitest'
import { findText, marksWithin } from './find'

describe('findText', () => {
  const text = 'The Peace  treaty was signed.\nA peace\ntreaty, they said; (peace) treaty?'

  it('finds every occurrence, any case, across any whitespace', () => {
    const marks = findText(text, 'peace treaty')
    expect(marks.map(([s, e]) => text.slice(s, e).replace(/\s+/g, ' ').toLowerCase())).toEqual([
      'peace treaty',
      'peace treaty',
    ])
  })

  it('treats the typed text literally, not as a pattern', () => {
    expect(findText(text, '(peace)')).toHaveLength(1)
    expect(findText(text, '.*')).toEqual([])
    expect(findText(text, '   ')).toEqual([])
  })
})

describe('marksWithin', () => {
  it('keeps the marks inside a range, clipped', () => {
    const marks: Array<[number, number]> = [
      [0, 3],
      [5, 9],
      [12, 20],
    ]
    expect(marksWithin(marks, 4, 14)).toEqual([
      [5, 9],
      [12, 14],
    ])
    expect(marksWithin(marks, 20, 30)).toEqual([])
  })
})
