// Find in the open article: where a typed text occurs (any case, any run of spaces), and which of a
// list of marks falls in which paragraph.
import type { Mark } from '../../../shared/types'

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Every occurrence of `needle` in `text`, ignoring case; spaces in it match any whitespace. */
export function findText(text: string, needle: string): Mark[] {
  const words = needle.trim().split(/\s+/).filter(Boolean).map(escapeRegex)
  if (words.length === 0) return []
  const pattern = new RegExp(words.join('\\s+'), 'giu')
  const marks: Mark[] = []
  for (const match of text.matchAll(pattern)) {
    if (match[0].length > 0) marks.push([match.index, match.index + match[0].length])
  }
  return marks
}

/** The marks (body offsets, sorted) that fall inside `[start, end)`, clipped to it. */
export function marksWithin(marks: readonly Mark[], start: number, end: number): Mark[] {
  let low = 0
  let high = marks.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((marks[mid] as Mark)[1] <= start) low = mid + 1
    else high = mid
  }
  const inside: Mark[] = []
  for (let i = low; i < marks.length && (marks[i] as Mark)[0] < end; i++) {
    const [s, e] = marks[i] as Mark
    inside.push([Math.max(s, start), Math.min(e, end)])
  }
  return inside
}
