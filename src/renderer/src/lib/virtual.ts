// Fixed-size windowing: which rows (or panes) of a long list are on screen.

export interface Window {
  first: number
  /** Exclusive. */
  last: number
}

export function visibleWindow(offset: number, viewport: number, itemSize: number, count: number, overscan = 6): Window {
  if (count <= 0 || itemSize <= 0) return { first: 0, last: 0 }
  const first = Math.max(0, Math.floor(offset / itemSize) - overscan)
  const last = Math.min(count, Math.ceil((offset + Math.max(viewport, itemSize)) / itemSize) + overscan)
  return { first: Math.min(first, last), last }
}

/** The scroll offset that brings item `index` fully into view, or null when it already is. */
export function scrollToReveal(index: number, offset: number, viewport: number, itemSize: number): number | null {
  const top = index * itemSize
  if (top < offset) return top
  if (top + itemSize > offset + viewport) return top + itemSize - viewport
  return null
}
