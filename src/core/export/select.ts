// Which highlights an export holds. A topic export takes the highlights filed under the topic and, unless
// the user turns it off, those whose passage the topic's comparison would show (its terms match there),
// so a highlight made in the reader on a passage about the topic is not left out.
import type { Article, ExportScope, PlacedHighlight, Topic } from '../../shared/types'
import { sameTopic, topicsOf } from '../../shared/highlight-topics'
import { compileTerm, findPassages } from '../topics'

export interface Selection {
  scope: ExportScope
  /** Topic exports: also take highlights whose passage matches the topic's terms (default true). */
  matching?: boolean
}

export { sameTopic, topicsOf }

/**
 * The highlights of a scope. `topic` is the scope's topic when the user has one by that name (presets
 * and their own); without it, a topic export takes only the highlights filed under that name.
 */
export function selectHighlights(
  selection: Selection | ExportScope,
  highlights: PlacedHighlight[],
  context: { topic?: Topic; article?: (id: string) => Article | undefined } = {},
): PlacedHighlight[] {
  const { scope, matching = true } = 'kind' in selection ? { scope: selection } : selection
  if (scope.kind === 'all') return highlights
  if (scope.kind === 'article') return highlights.filter((h) => h.articleId === scope.articleId)
  const filed = (h: PlacedHighlight) => topicsOf(h).some((t) => sameTopic(t, scope.topic))
  const matches = matching && context.topic && context.article ? topicMatcher(context.topic, context.article) : null
  return highlights.filter((h) => filed(h) || (matches !== null && matches(h)))
}

/** Whether a highlight overlaps a passage that the topic's comparison shows in its article. */
export function topicMatcher(topic: Topic, article: (id: string) => Article | undefined) {
  const patterns = topic.terms.map(compileTerm)
  const coPatterns = topic.coTerms.map(compileTerm)
  const passages = new Map<string, Array<{ start: number; end: number }>>()
  const passagesOf = (id: string) => {
    let found = passages.get(id)
    if (found === undefined) {
      const a = article(id)
      found = a && patterns.length > 0 ? findPassages(a, patterns, coPatterns) : []
      passages.set(id, found)
    }
    return found
  }
  return (h: PlacedHighlight): boolean => {
    const at = h.current
    if (!at) return false
    return passagesOf(h.articleId).some((p) => p.start < at.end && at.start < p.end)
  }
}
