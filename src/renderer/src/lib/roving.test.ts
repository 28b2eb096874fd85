import { describe, expect, it } from 'vitest'
import { rovingMove } from './roving'

describe('rovingMove', () => {
  it('walks the row with the arrows and jumps to its ends, stopping at them', () => {
    expect(rovingMove('ArrowRight', 0, 5)).toBe(1)
    expect(rovingMove('ArrowLeft', 3, 5)).toBe(2)
    expect(rovingMove('ArrowLeft', 0, 5)).toBe(0)
    expect(rovingMove('ArrowRight', 4, 5)).toBe(4)
    expect(rovingMove('Home', 3, 5)).toBe(0)
    expect(rovingMove('End', 1, 5)).toBe(4)
  })

  it('leaves other keys (Enter, Tab, up and down) and empty rows alone', () => {
    for (const key of ['Enter', ' ', 'Tab', 'ArrowUp', 'ArrowDown', 'a']) expect(rovingMove(key, 1, 5)).toBeNull()
    expect(rovingMove('ArrowRight', 0, 0)).toBeNull()
  })
})
