// The topic editor's live preview: how many articles and passages the terms find, and the first passages.
import type { Comparison, TopicPreview } from '../../shared/types'

/** Passages the preview shows: enough to judge the terms, few enough to send on every pause in typing. */
export const PREVIEW_PASSAGES = 5

export function topicPreview(comparison: Comparison, limit = PREVIEW_PASSAGES): TopicPreview {
  const mentioned = comparison.columns.filter((c) => c.mentioned)
  const first: TopicPreview['first'] = []
  for (const column of mentioned) {
    for (const passage of column.passages) {
      if (first.length >= limit) break
      const { articleId, title, date, source } = column
      first.push({ articleId, title, date, source, ...passage })
    }
    if (first.length >= limit) break
  }
  return {
    checked: comparison.columns.length,
    articles: mentioned.length,
    passages: mentioned.reduce((n, c) => n + c.passages.length, 0),
    first,
  }
}
