// Markdown export: render the highlights of a scope, and merge them into an existing file if there is one.
import type { ExportScope } from '../../shared/types'
import { renderExport, type ExportInput } from './markdown'
import { mergeExport } from './merge'

export { renderExport, selectHighlights, BEGIN_MARKER, END_MARKER, type ExportInput, type RenderedExport } from './markdown'
export { mergeExport, ExportMergeError } from './merge'

/** The Markdown for a scope; pass the current file text to update it in place. */
export function exportMarkdown(input: ExportInput, existing: string | null = null, fileName?: string): { markdown: string; count: number } {
  const rendered = renderExport(input)
  return { markdown: mergeExport(existing, rendered, fileName), count: rendered.count }
}

/** A file name for the scope, safe on every platform: `arms-race-highlights.md`. */
export function exportFileName(scope: ExportScope, articleTitle?: string): string {
  const base = scope.kind === 'topic' ? scope.topic : scope.kind === 'article' ? (articleTitle ?? scope.articleId) : 'all'
  const slug = base
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${slug || 'stance-reader'}-highlights.md`
}
