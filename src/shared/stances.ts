// Stance labels on a comparison: what the highlights made for a topic say about each article and passage.
// Shared by the app (pane headers, the stance filter) and the reports, so both read labels the same way.
import type { Passage, PlacedHighlight } from './types'

/** The highlights of one comparison's topic, by article. */
export class TopicStances {
  readonly #byArticle = new Map<string, PlacedHighlight[]>()

  constructor(topic: string, highlights: readonly PlacedHighlight[] = []) {
    const wanted = topic.trim().toLocaleLowerCase()
    for (const highlight of highlights) {
      if (!highlight.stance || highlight.topic?.trim().toLocaleLowerCase() !== wanted) continue
      const list = this.#byArticle.get(highlight.articleId) ?? []
      list.push(highlight)
      this.#byArticle.set(highlight.articleId, list)
    }
  }

  /** Distinct stance labels of the article for this topic, in the order first given. */
  ofArticle(articleId: string): string[] {
    return unique((this.#byArticle.get(articleId) ?? []).map((h) => h.stance as string))
  }

  /** Stance labels of highlights that overlap the passage (where they sit now, else where they were made). */
  ofPassage(articleId: string, passage: Pick<Passage, 'start' | 'end'>): string[] {
    const overlapping = (this.#byArticle.get(articleId) ?? []).filter((h) => {
      if (h.status === 'orphan') return false
      const at = h.current ?? h
      return at.start < passage.end && at.end > passage.start
    })
    return unique(overlapping.map((h) => h.stance as string))
  }
}

const unique = (labels: string[]) => [...new Set(labels)]
