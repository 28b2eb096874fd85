// Near-identical stories in a comparison: one pane for the story, "also filed as …" for its copies.
import type { ArticleSummary, Comparison } from '../../shared/types'

/** The articles without the copies whose representative is also among them. */
export function collapseDuplicates<T extends ArticleSummary>(articles: T[]): T[] {
  const present = new Set(articles.map((article) => article.id))
  return articles.filter((article) => !article.duplicateOf || !present.has(article.duplicateOf))
}

/** Copies the `alsoFiledAs` of each column's article onto the column. */
export function markAlsoFiled(comparison: Comparison, articles: ReadonlyMap<string, ArticleSummary>): Comparison {
  for (const column of comparison.columns) {
    const also = articles.get(column.articleId)?.alsoFiledAs
    if (also?.length) column.alsoFiledAs = also
  }
  return comparison
}
