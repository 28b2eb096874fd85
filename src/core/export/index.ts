// Exports of the highlights of a scope: Markdown (merged into an existing file if there is one), CSV and
// REFI-QDA. One entry for the workspace and the CLI, so both give the same files.
import type { Article, ExportFormat, ExportRequest, PlacedHighlight, Topic } from '../../shared/types'
import { exportFileName } from '../../shared/export-name'
import { findTopic, speakersOf } from '../topics'
import { renderCsv } from './csv'
import { exportDate, renderExport, type ExportInput } from './markdown'
import { mergeExport } from './merge'
import { renderQdpx } from './qdpx'
import { orderedRecords } from './records'
import { selectHighlights } from './select'

export {
  renderExport,
  exportDate,
  BEGIN_MARKER,
  END_MARKER,
  EXPORT_TAG,
  type ExportInput,
  type RenderedExport,
} from './markdown'
export { mergeExport, ExportMergeError, decodeExisting } from './merge'
export { selectHighlights, topicsOf, sameTopic } from './select'
export { CSV_COLUMNS } from './csv'
export { exportFileName } from '../../shared/export-name'

/** The Markdown for a scope; pass the current file text to update it in place. */
export function exportMarkdown(
  input: ExportInput,
  existing: string | null = null,
  fileName?: string,
): { markdown: string; count: number } {
  const rendered = renderExport(input)
  return { markdown: mergeExport(existing, rendered, fileName), count: rendered.count }
}

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  md: 'text/markdown',
  csv: 'text/csv',
  qdpx: 'application/zip',
}

/** An export ready to be saved (app, CLI) or handed to the browser. */
export interface ExportFile {
  fileName: string
  format: ExportFormat
  mediaType: string
  /** Markdown and CSV as text; a .qdpx as the bytes of its zip. */
  content: string | Uint8Array
  count: number
  /** Highlights whose passage is gone (in Markdown a section of their own; in a .qdpx project notes). */
  orphans: number
  /** The file's new content when it holds `existing` now: Markdown merges into it, the others replace it. */
  updateFile(existing: string): string | Uint8Array
}

/** Who speaks in a paragraph with the user's corrections and renames laid over it (SpeakerService). */
export interface CorrectedSpeakers {
  speakerOf(articles: ReadonlyMap<string, Article>, articleId: string, paragraph: number): string | null
}

export interface ExporterDeps {
  highlights: { list(): PlacedHighlight[] }
  topics?: { list(): Topic[] }
  /** The user's speaker corrections; without them, the speakers the attribution found. */
  speakers?: CorrectedSpeakers
  now?: () => Date
}

/** The workspace's and the CLI's export: any scope, any format, speakers from the comparison engine. */
export function highlightsExporter(deps: ExporterDeps) {
  return (request: ExportRequest, articles: ReadonlyMap<string, Article>): ExportFile => {
    const now = deps.now?.() ?? new Date()
    const format = request.format ?? 'md'
    const scope = request.scope
    const topic = scope.kind === 'topic' ? findTopic(deps.topics?.list() ?? [], scope.topic) : undefined
    const input: ExportInput = {
      scope,
      highlights: deps.highlights.list(),
      article: (id) => articles.get(id),
      exportedAt: exportDate(now),
      speakerFor: speakerIn(articles, deps.speakers),
      topic,
      matching: request.matching,
      colorTags: request.colorTags,
    }
    const title = scope.kind === 'article' ? articles.get(scope.articleId)?.title : undefined
    const fileName = exportFileName(scope, title, format)
    const mediaType = MEDIA_TYPES[format]
    if (format === 'md') {
      const rendered = renderExport(input)
      const markdown = mergeExport(null, rendered, fileName)
      const orphans = rendered.frontMatter.orphans as number
      const updateFile = (existing: string) => mergeExport(existing, rendered, fileName)
      return { fileName, format, mediaType, content: markdown, count: rendered.count, orphans, updateFile }
    }
    const chosen = selectHighlights({ scope, matching: request.matching }, input.highlights, input)
    const records = orderedRecords(chosen, input)
    const orphans = records.filter((r) => r.highlight.status === 'orphan').length
    if (format === 'csv') {
      const csv = renderCsv(records)
      return { fileName, format, mediaType, content: csv, count: records.length, orphans, updateFile: () => csv }
    }
    const qdpx = renderQdpx({
      name:
        scope.kind === 'topic' ? scope.topic : scope.kind === 'article' ? (title ?? scope.articleId) : 'All highlights',
      scopeTopics: scope.kind === 'topic' ? [topic?.name ?? scope.topic] : [],
      records,
      article: (id) => articles.get(id),
      createdAt: new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString(),
      origin: 'Stance Reader',
    })
    const bytes = qdpx.bytes
    return { fileName, format, mediaType, content: bytes, count: records.length, orphans, updateFile: () => bytes }
  }
}

/** Who speaks where a highlight sits: the user's correction of its paragraph, else the comparison engine's speaker. */
export function speakerIn(articles: ReadonlyMap<string, Article>, speakers?: CorrectedSpeakers) {
  return (h: PlacedHighlight): string | null => {
    if (!h.current) return null
    if (speakers) return speakers.speakerOf(articles, h.articleId, h.current.paragraph)
    const article = articles.get(h.articleId)
    return (article && speakersOf(article).get(h.current.paragraph)) || null
  }
}
