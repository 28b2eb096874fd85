// Highlights as Markdown that Obsidian (and any CommonMark reader) shows cleanly: YAML front matter,
// one section per article in date order, one callout per highlight with a block id, orphans last.
// Deterministic: the same highlights give the same bytes. The only clock-dependent value is `exported-at`,
// and it is a date (exportDate), not a time; re-exporting into a file whose generated part would be the
// same keeps the date already there (see mergeExport), so an unchanged export rewrites identical bytes.
import { compareByDate } from '../../shared/dates'
import type { ArticleSummary, ExportScope, Highlight, PlacedHighlight } from '../../shared/types'
import { escapeInline, escapeQuote, noteLines, tagOf } from './escape'

export const BEGIN_MARKER = '<!-- stance-reader:begin -->'
export const END_MARKER = '<!-- stance-reader:end -->'

export interface ExportInput {
  scope: ExportScope
  highlights: PlacedHighlight[]
  article: (id: string) => ArticleSummary | undefined
  /** The export's date for the front matter (`exportDate(now)`: YYYY-MM-DD); passed in so output is reproducible. */
  exportedAt: string
  /** The comparison engine knows who speaks in a passage; unknown speakers are left out. */
  speakerFor?: (highlight: PlacedHighlight) => string | null | undefined
}

export interface RenderedExport {
  frontMatter: Record<string, unknown>
  /** The generated part, markers included. */
  body: string
  count: number
}

interface Section {
  id: string
  summary: ArticleSummary | undefined
  placed: PlacedHighlight[]
}

/** The day of an export, YYYY-MM-DD in the user's time zone: the date the user sees on their calendar. */
export function exportDate(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`
}

export function selectHighlights(scope: ExportScope, highlights: PlacedHighlight[]): PlacedHighlight[] {
  if (scope.kind === 'all') return highlights
  if (scope.kind === 'article') return highlights.filter((h) => h.articleId === scope.articleId)
  const topic = scope.topic.trim().toLowerCase()
  return highlights.filter((h) => h.topic?.trim().toLowerCase() === topic)
}

export function renderExport(input: ExportInput): RenderedExport {
  const chosen = selectHighlights(input.scope, input.highlights)
  const sections = new Map<string, Section>()
  for (const h of chosen) {
    const section = sections.get(h.articleId) ?? { id: h.articleId, summary: input.article(h.articleId), placed: [] }
    section.placed.push(h)
    sections.set(h.articleId, section)
  }
  const ordered = [...sections.values()].sort(bySectionDate)
  const title = exportTitle(input.scope, ordered)
  const orphans = ordered.flatMap((s) =>
    s.placed
      .filter((h) => h.status === 'orphan')
      .sort(byCreated)
      .map((h) => ({ h, s })),
  )

  const lines: string[] = [BEGIN_MARKER, '', `# ${escapeInline(title)}`, '']
  for (const section of ordered) {
    const placed = section.placed.filter((h) => h.status !== 'orphan').sort(byPosition)
    if (placed.length === 0) continue
    lines.push(`## ${escapeInline(sectionHeading(section))}`, '')
    for (const h of placed) lines.push(...callout(h, 'quote', calloutTitle(h, input.speakerFor?.(h))), '')
  }
  if (orphans.length > 0) {
    lines.push(
      '## Orphaned highlights',
      '',
      'These passages are no longer in the current text of their article. They are kept with their notes; re-attach or delete them in the app.',
      '',
    )
    for (const { h, s } of orphans)
      lines.push(...callout(h, 'warning', `Orphan · ${[h.stance, sectionHeading(s)].filter(Boolean).join(' · ')}`), '')
  }
  lines.push(END_MARKER)

  const frontMatter: Record<string, unknown> = {
    title,
    ...(input.scope.kind === 'topic' ? { topic: input.scope.topic } : {}),
    scope: input.scope.kind,
    'exported-at': input.exportedAt,
    articles: ordered.map((s) => ({
      id: s.id,
      title: s.summary?.title ?? s.id,
      date: s.summary?.date ?? null,
      source: s.summary?.source ?? null,
    })),
    counts: { articles: ordered.length, highlights: chosen.length, orphans: orphans.length },
  }
  return { frontMatter, body: `${lines.join('\n')}\n`, count: chosen.length }
}

function callout(h: Highlight, type: 'quote' | 'warning', title: string): string[] {
  const out = [`> [!${type}|${h.color}]${title ? ` ${escapeInline(title)}` : ''}`]
  out.push(...escapeQuote(h.quote).map((line) => (line ? `> ${line}` : '>')))
  const note = noteLines(h.note)
  if (note.length > 0)
    out.push('>', ...note.map((line, i) => (i === 0 ? `> **Note:** ${line}` : line ? `> ${line}` : '>')))
  const tags = [...h.tags.map(tagOf).filter(Boolean), `color/${h.color}`].map((t) => `#${t}`)
  out.push('>', `> ${tags.join(' ')}`, '', `^hl-${h.id}`)
  return out
}

function calloutTitle(h: Highlight, speaker: string | null | undefined): string {
  return [h.stance, speaker?.trim()].filter(Boolean).join(' · ')
}

function sectionHeading(s: Section): string {
  const title = s.summary?.title ?? `${s.id} (no longer in the library)`
  return [s.summary?.date ?? 'undated', s.summary?.source, title].filter(Boolean).join(' · ')
}

function exportTitle(scope: ExportScope, sections: Section[]): string {
  if (scope.kind === 'topic') return `${scope.topic}: highlights`
  if (scope.kind === 'article') return `${sections[0]?.summary?.title ?? scope.articleId}: highlights`
  return 'All highlights'
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

function bySectionDate(a: Section, b: Section): number {
  const dated = (s: Section) => ({ id: s.id, date: s.summary?.date ?? null, title: s.summary?.title ?? '' })
  return compareByDate(dated(a), dated(b))
}

function byPosition(a: PlacedHighlight, b: PlacedHighlight): number {
  return (
    (a.current?.start ?? 0) - (b.current?.start ?? 0) ||
    (a.current?.end ?? 0) - (b.current?.end ?? 0) ||
    compare(a.id, b.id)
  )
}

function byCreated(a: Highlight, b: Highlight): number {
  return compare(a.createdAt, b.createdAt) || compare(a.id, b.id)
}
