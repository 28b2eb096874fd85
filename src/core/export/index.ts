// Markdown export: render the highlights of a scope, and merge them into an existing file if there is one.
import type { Article, ExportScope, PlacedHighlight } from '../../shared/types'
import { speakersOf } from '../topics'
import { exportDate, renderExport, type ExportInput } from './markdown'
import { mergeExport } from './merge'

export {
  renderExport,
  exportDate,
  selectHighlights,
  BEGIN_MARKER,
  END_MARKER,
  type ExportInput,
  type RenderedExport,
} from './markdown'
export { mergeExport, ExportMergeError, decodeExisting } from './merge'

/** The Markdown for a scope; pass the current file text to update it in place. */
export function exportMarkdown(
  input: ExportInput,
  existing: string | null = null,
  fileName?: string,
): { markdown: string; count: number } {
  const rendered = renderExport(input)
  return { markdown: mergeExport(existing, rendered, fileName), count: rendered.count }
}

/** A file name for the scope, safe on every platform: `arms-race-highlights.md`. */
export function exportFileName(scope: ExportScope, articleTitle?: string): string {
  const base =
    scope.kind === 'topic' ? scope.topic : scope.kind === 'article' ? (articleTitle ?? scope.articleId) : 'all'
  const slug = base
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${slug || 'stance-reader'}-highlights.md`
}

/**
 * The workspace's `ExportMarkdown`: the scope's highlights as a new Markdown file, with each passage's
 * speaker from the comparison engine (the paragraph the highlight sits in).
 */
export function markdownExporter(highlights: { list(): PlacedHighlight[] }, now: () => Date = () => new Date()) {
  return (
    scope: ExportScope,
    articles: ReadonlyMap<string, Article>,
  ): { fileName: string; markdown: string; count: number } => {
    const { markdown, count } = exportMarkdown({
      scope,
      highlights: highlights.list(),
      article: (id) => articles.get(id),
      exportedAt: exportDate(now()),
      speakerFor: speakerIn(articles),
    })
    const title = scope.kind === 'article' ? articles.get(scope.articleId)?.title : undefined
    return { fileName: exportFileName(scope, title), markdown, count }
  }
}

/** Who speaks where a highlight sits: the comparison engine's speaker for its paragraph. */
export function speakerIn(articles: ReadonlyMap<string, Article>) {
  return (h: PlacedHighlight): string | null => {
    const article = articles.get(h.articleId)
    return (article && h.current && speakersOf(article).get(h.current.paragraph)) || null
  }
}
