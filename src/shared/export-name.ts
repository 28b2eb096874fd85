// The file name an export is offered under, safe on every platform: `arms-race-highlights.md`. Shared, so
// the browser can suggest it in its save picker before the export is made.
import type { ExportFormat, ExportScope } from './types'

export function exportFileName(scope: ExportScope, articleTitle?: string, format: ExportFormat = 'md'): string {
  const base =
    scope.kind === 'topic' ? scope.topic : scope.kind === 'article' ? (articleTitle ?? scope.articleId) : 'all'
  const slug = base
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${slug || 'stance-reader'}-highlights.${format}`
}
