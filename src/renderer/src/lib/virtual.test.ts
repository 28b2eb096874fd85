import { describe, expect, it } from 'vitest'
import { scrollToReveal, visibleWindow } from './virtual'

describe('visibleWindow', () => {
  it('renders only the rows on screen plus overscan, for 21,578 rows', () => {
    const w = visibleWindow(30_000, 600, 30, 21_578, 5)
    expect(w).toEqual({ first: 995, last: 1025 })
    expect(visibleWindow(21_578 * 30, 600, 30, 21_578).last).toBe(21_578)
    expect(visibleWindow(0, 600, 30, 0)).toEqual({ first: 0, last: 0 })
  })

  it('scrolls just enough to reveal a row', () => {
    expect(scrollToReveal(10, 0, 300, 30)).toBe(30)
    expect(scrollToReveal(2, 90, 300, 30)).toBe(60)
    expect(scrollToReveal(5, 0, 300, 30)).toBeNull()
  })
})
