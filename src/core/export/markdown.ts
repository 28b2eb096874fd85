// Highlights as Markdown that Obsidian (and any CommonMark reader) shows cleanly. The front matter holds
// only what Obsidian's Properties can show (scalars and lists of scalars, a `tags` list, nothing unknown);
// the body has one section per article in date order with the article's details, one callout per
// highlight (colour on the callout, paragraph, date made, link back) with a block id, orphans last.
// Deterministic: the same highlights give the same bytes. The only clock-dependent value is `exported-at`,
// a date (exportDate), and re-exporting unchanged highlights keeps the file's (see mergeExport).
import type { Article, ExportScope, PlacedHighlight, Topic } from '../../shared/types'
import { uniqueTags } from '../../shared/tags'
import { escapeInline, escapeQuote, noteLines } from './escape'
import { orderedRecords, sourceUrl, type HighlightRecord, type RecordContext } from './records'
import { selectHighlights } from './select'

export const BEGIN_MARKER = '<!-- stance-reader:begin -->'
export const END_MARKER = '<!-- stance-reader:end -->'
/** Every export carries this tag, so a vault can list them. */
export const EXPORT_TAG = 'stance-reader'

export interface ExportInput {
  scope: ExportScope
  /** Every highlight; the scope picks its own (see selectHighlights). */
  highlights: PlacedHighlight[]
  article: (id: string) => Article | undefined
  /** The export's date for the front matter (`exportDate(now)`: YYYY-MM-DD); passed in so output is reproducible. */
  exportedAt: string
  /** The comparison engine knows who speaks in a passage; unknown speakers are left out. */
  speakerFor?: RecordContext['speakerFor']
  /** The scope's topic, when the user has one by that name: its terms pick matching passages. */
  topic?: Topic
  /** Topic exports: include highlights whose passage matches the topic's terms (default true). */
  matching?: boolean
  /** A `#color/…` tag on each highlight (default false). */
  colorTags?: boolean
}

/** Front matter values Obsidian's Properties can hold. */
export type PropertyValue = string | number | boolean | string[]

export interface RenderedExport {
  frontMatter: Record<string, PropertyValue>
  /** The generated part, markers included. */
  body: string
  count: number
}

/** The day of an export, YYYY-MM-DD in the user's time zone: the date the user sees on their calendar. */
export function exportDate(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`
}

export function renderExport(input: ExportInput): RenderedExport {
  const chosen = selectHighlights({ scope: input.scope, matching: input.matching }, input.highlights, input)
  const records = orderedRecords(chosen, input)
  const placed = records.filter((r) => r.highlight.status !== 'orphan')
  const orphans = records.filter((r) => r.highlight.status === 'orphan')
  const sections = groupByArticle(placed)
  const title = exportTitle(input.scope, records)

  const lines: string[] = [BEGIN_MARKER, '', `# ${escapeInline(title)}`, '']
  for (const section of sections) {
    lines.push(`## ${escapeInline(sectionHeading(section))}`, '', articleDetails(section), '')
    for (const r of section) lines.push(...callout(r, 'quote', calloutTitle(r), input.colorTags), '')
  }
  if (orphans.length > 0) {
    lines.push(
      '## Orphaned highlights',
      '',
      'These passages are no longer in the current text of their article. They are kept with their notes; re-attach or delete them in the app.',
      '',
    )
    for (const r of orphans) {
      const about = `Orphan · ${[r.highlight.stance, sectionHeading([r])].filter(Boolean).join(' · ')}`
      lines.push(...callout(r, 'warning', about, input.colorTags), '')
    }
  }
  lines.push(END_MARKER)
  return {
    frontMatter: frontMatter(input, title, records, sections.length),
    body: `${lines.join('\n')}\n`,
    count: records.length,
  }
}

function frontMatter(
  input: ExportInput,
  title: string,
  records: HighlightRecord[],
  articleCount: number,
): Record<string, PropertyValue> {
  const dates = records.flatMap((r) => (r.article?.date ? [r.article.date] : [])).sort()
  const sources = [...new Set(records.flatMap((r) => (r.article?.source ? [r.article.source] : [])))].sort()
  const tags = uniqueTags([EXPORT_TAG, ...records.flatMap((r) => r.highlight.tags).sort()])
  const orphans = records.filter((r) => r.highlight.status === 'orphan').length
  return {
    title,
    ...(input.scope.kind === 'topic' ? { topic: input.scope.topic } : {}),
    ...(input.scope.kind === 'article' ? { article: input.scope.articleId } : {}),
    scope: input.scope.kind,
    'exported-at': input.exportedAt,
    tags,
    highlights: records.length,
    articles: articleCount,
    orphans,
    ...(sources.length ? { sources } : {}),
    ...(dates.length ? { 'published-from': dates[0]!, 'published-to': dates.at(-1)! } : {}),
  }
}

function groupByArticle(records: HighlightRecord[]): HighlightRecord[][] {
  const sections = new Map<string, HighlightRecord[]>()
  for (const r of records) {
    const section = sections.get(r.highlight.articleId) ?? []
    section.push(r)
    sections.set(r.highlight.articleId, section)
  }
  return [...sections.values()]
}

function callout(r: HighlightRecord, type: 'quote' | 'warning', title: string, colorTags = false): string[] {
  const h = r.highlight
  const out = [`> [!${type}|${h.color}]${title ? ` ${escapeInline(title)}` : ''}`]
  out.push(...escapeQuote(h.quote).map((line) => (line ? `> ${line}` : '>')))
  const note = noteLines(h.note)
  if (note.length > 0)
    out.push('>', ...note.map((line, i) => (i === 0 ? `> **Note:** ${line}` : line ? `> ${line}` : '>')))
  const where = [
    r.paragraphNumber === null ? null : `¶ ${r.paragraphNumber}`,
    `highlighted ${r.made}`,
    r.paragraph === null ? null : `[Open in Stance Reader](${r.link})`,
  ]
  out.push('>', `> ${where.filter(Boolean).join(' · ')}`)
  const tags = uniqueTags([...h.tags, ...(colorTags ? [`color/${h.color}`] : [])]).map((t) => `#${t}`)
  if (tags.length > 0) out.push(`> ${tags.join(' ')}`)
  out.push('', `^hl-${h.id}`)
  return out
}

function calloutTitle(r: HighlightRecord): string {
  return [r.highlight.stance, r.speaker].filter(Boolean).join(' · ')
}

function sectionHeading(section: HighlightRecord[]): string {
  const first = section[0]!
  const a = first.article
  const title = a?.title ?? `${first.highlight.articleId} (no longer in the library)`
  return [a?.date ?? 'undated', a?.source, title].filter(Boolean).join(' · ')
}

/** The article's own details under its heading: outlet, date, where it was published, its id. */
function articleDetails(section: HighlightRecord[]): string {
  const first = section[0]!
  const a = first.article
  const url = sourceUrl(a)
  const parts = [
    a?.source ? `Source: ${escapeInline(a.source)}` : null,
    `Published: ${a?.date ?? 'undated'}`,
    url ? `[Original article](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)` : null,
    `Article id: ${escapeInline(first.highlight.articleId)}`,
  ]
  return parts.filter(Boolean).join(' · ')
}

function exportTitle(scope: ExportScope, records: HighlightRecord[]): string {
  if (scope.kind === 'topic') return `${scope.topic}: highlights`
  if (scope.kind === 'article') return `${records[0]?.article?.title ?? scope.articleId}: highlights`
  return 'All highlights'
}
