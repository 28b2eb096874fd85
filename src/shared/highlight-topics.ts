// The topics a highlight is filed under. Stores before topics were a list hold the one topic it was made in.
import type { Highlight } from './types'

export function topicsOf(h: Pick<Highlight, 'topics' | 'topic'>): string[] {
  return h.topics ?? (h.topic ? [h.topic] : [])
}

/** Topic names are compared as people type them: case and surrounding space do not matter. */
export const sameTopic = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase()
