// Near-identical stories: one pane for the story, "also filed as …" for its copies.
import type { ArticleSummary } from '../../shared/types'

type Groupable = Pick<ArticleSummary, 'alsoFiledAs' | 'duplicateOf'>

/**
 * Marks near-identical groups (representative first) on the articles, by id: `alsoFiledAs` on the
 * representative, `duplicateOf` on each copy, earlier marks cleared. A group that names an article not
 * among them is left out; returns the groups kept. The library and the CLI's in-memory corpus both use it.
 */
export function markGroups(byId: ReadonlyMap<string, Groupable>, groups: readonly string[][]): string[][] {
  for (const article of byId.values()) {
    delete article.alsoFiledAs
    delete article.duplicateOf
  }
  const kept = groups.filter((group) => group.length > 0 && group.every((id) => byId.has(id)))
  for (const [first, ...rest] of kept) {
    byId.get(first as string)!.alsoFiledAs = rest
    for (const id of rest) byId.get(id)!.duplicateOf = first as string
  }
  return kept
}

/** The articles without the copies whose representative is also among them. */
export function collapseDuplicates<T extends ArticleSummary>(articles: T[]): T[] {
  const present = new Set(articles.map((article) => article.id))
  return articles.filter((article) => !article.duplicateOf || !present.has(article.duplicateOf))
}
