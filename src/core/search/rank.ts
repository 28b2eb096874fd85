// Ranking articles from their paragraph hits, and picking the best few without sorting them all:
// a common word matches thousands of articles, and only the first page is shown.

/** One matching paragraph of an article, and its score. */
export type ParagraphScore = { paragraph: number | null; score: number }

/** `a.localeCompare(b)` is this collator's compare; made once, not once per comparison. */
const collator = new Intl.Collator()

export interface RankedArticle<P> {
  articleId: string
  score: number
  paragraphs: P[]
  /** When the article was first met in the engine's results: the last tie-break, as a stable sort keeps it. */
  order: number
}

/** Best first: higher score, then article id in the user's locale order, then first met. */
export function byRank(a: RankedArticle<unknown>, b: RankedArticle<unknown>): number {
  return b.score - a.score || collator.compare(a.articleId, b.articleId) || a.order - b.order
}

/**
 * The first `limit` of `items` in `compare` order (a total order), as `[...items].sort(compare).slice(0, limit)`
 * would give them, keeping only `limit` sorted at a time: most items lose to the worst kept one at once.
 */
export function topK<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  const k = Number.isNaN(limit) ? 0 : Math.max(0, Math.min(Math.trunc(limit), items.length))
  if (k === 0) return []
  // A large share of the items wanted: sorting them all is as quick and simpler.
  if (k * 8 >= items.length) return [...items].sort(compare).slice(0, k)
  const best: T[] = []
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1] as T) >= 0) continue
    let low = 0
    let high = best.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (compare(item, best[mid] as T) < 0) high = mid
      else low = mid + 1
    }
    best.splice(low, 0, item)
    if (best.length > k) best.pop()
  }
  return best
}

/** Already best first (so a sort would change nothing: most lists are, as results come best first). */
export function descending(paragraphs: ParagraphScore[]): boolean {
  for (let i = 1; i < paragraphs.length; i++)
    if ((paragraphs[i] as ParagraphScore).score > (paragraphs[i - 1] as ParagraphScore).score) return false
  return true
}
