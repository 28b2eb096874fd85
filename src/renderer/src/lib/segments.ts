// Splits a piece of article text at term-match and highlight boundaries, so components can
// render each piece as a text node (article text is untrusted: never HTML).
import type { HighlightColor, Mark } from '../../../shared/types'

/** A highlight's current place, in body offsets. */
export interface HighlightSpan {
  id: string
  start: number
  end: number
  color: HighlightColor
}

export interface Segment {
  text: string
  /** Body offset of the segment's first character. */
  start: number
  term: boolean
  /** The highlight drawn here: the shortest covering one, the newest on a tie. */
  highlight: HighlightSpan | null
  /** Other highlights covering this piece too (each stays reachable from the editor). */
  under: HighlightSpan[]
}

/**
 * `text` sits at body offset `base`; `marks` are relative to `text`, `highlights` are in body
 * offsets (oldest first). Where highlights overlap, the shorter (inner) one is drawn, so a highlight
 * inside another stays clickable; on a tie the newer one is drawn, as it was laid on top.
 */
export function segmentText(
  text: string,
  base: number,
  marks: readonly Mark[] = [],
  highlights: readonly HighlightSpan[] = [],
): Segment[] {
  const end = base + text.length
  const spans = highlights.filter((h) => h.end > base && h.start < end && h.end > h.start)
  const terms = marks.filter(([s, e]) => e > s && s < text.length && e > 0)
  const cuts = new Set<number>([0, text.length])
  for (const [s, e] of terms) cuts.add(clamp(s, text.length)).add(clamp(e, text.length))
  for (const h of spans) cuts.add(clamp(h.start - base, text.length)).add(clamp(h.end - base, text.length))
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!
    const e = points[i + 1]!
    if (e <= s) continue
    const term = terms.some(([ms, me]) => ms <= s && me >= e)
    const covering = spans.filter((h) => h.start - base <= s && h.end - base >= e)
    let highlight: HighlightSpan | null = null
    for (const h of covering) if (!highlight || h.end - h.start <= highlight.end - highlight.start) highlight = h
    const under = covering.filter((h) => h !== highlight)
    const last = segments.at(-1)
    if (last && last.term === term && last.highlight === highlight && sameSpans(last.under, under))
      last.text += text.slice(s, e)
    else segments.push({ text: text.slice(s, e), start: base + s, term, highlight, under })
  }
  return segments
}

function sameSpans(a: readonly HighlightSpan[], b: readonly HighlightSpan[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i])
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, n))
}
