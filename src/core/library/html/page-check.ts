// Scores the HTML importer on saved pages with Readability's expected output (testdata/NOTICE):
// word-level F1 of the article text, the title, and the published date. Used by the page tests.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { normalizeForMatch } from '../../text/text'
import { textBlocks } from './blocks'
import { parseDocument, type DomElement } from './dom'
import { extractHtml } from './extract'
import { NOT_ARTICLE, pageParagraphs } from './paragraphs'

export interface PageScore {
  page: string
  f1: number
  title: string | null
  expectedTitle: string
  titleRight: boolean
  date: string | null
  /** The calendar day of the page's declared publishedTime, in its own offset; null when it declares none. */
  expectedDate: string | null
  wholePage: boolean
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** Word-level F1 of `got` against `want`, counting repeated words as often as they occur in both. */
export function wordF1(got: string, want: string): number {
  const a = words(got)
  const b = words(want)
  if (!a.length || !b.length) return a.length === b.length ? 1 : 0
  const bag = new Map<string, number>()
  for (const w of b) bag.set(w, (bag.get(w) ?? 0) + 1)
  let hit = 0
  for (const w of a) {
    const n = bag.get(w)
    if (n) {
      hit++
      bag.set(w, n - 1)
    }
  }
  const precision = hit / a.length
  const recall = hit / b.length
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0
}

/**
 * Right when equal to the expected title, or to the expected title with a decoration cut off at a separator
 * (" - Breitbart", " | Author", "_腾讯网", " [LWN.net]"), shorter than what is kept: pages add the site's
 * name to their titles, and the importer leaves it out on purpose.
 */
export function titleMatches(got: string | null, want: string): boolean {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim()
  if (!got) return false
  if (normalizeForMatch(got) === normalizeForMatch(want)) return true
  const kept = norm(got)
  const full = norm(want)
  if (!full.startsWith(kept)) return false
  const rest = full.slice(kept.length)
  return /^\s*[-|–—_·•[（(]/u.test(rest) && rest.length < kept.length
}

/** `labels`: hand-read dates for pages whose expected metadata has none (testdata/dates.json). */
export function scorePage(dir: string, labels: Record<string, string | null> = {}): PageScore {
  const source = readFileSync(join(dir, 'source.html'), 'utf8')
  const expected = readFileSync(join(dir, 'expected.html'), 'utf8')
  const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as {
    title: string
    publishedTime?: string | null
  }
  const page = extractHtml(source)
  const { body, paragraphs } = pageParagraphs(page.blocks, page.title, page.author)
  // The article text: every paragraph but the ones that are not the article (captions and bylines count, dimmed).
  const text = paragraphs
    .filter((p) => !(p.chrome && NOT_ARTICLE.has(p.chrome)))
    .map((p) => body.slice(p.start, p.end))
    .join('\n')
  const want = textBlocks(parseDocument(`<!doctype html><html><body>${expected}</body></html>`).body as DomElement)
    .map((b) => b.text)
    .join('\n')
  const name = dir.split('/').pop() as string
  const expectedDate = /^(\d{4}-\d{2}-\d{2})/.exec(meta.publishedTime ?? '')?.[1] ?? labels[name] ?? null
  return {
    page: name,
    f1: wordF1(text, want),
    title: page.title,
    expectedTitle: meta.title,
    titleRight: titleMatches(page.title, meta.title),
    date: page.date,
    expectedDate,
    wholePage: Boolean(page.wholePage),
  }
}

export const pageDirs = (root: string) =>
  readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, entry.name))
    .sort()

export function scoreTable(scores: PageScore[]): string {
  const rows = scores.map(
    (s) =>
      `${s.page.padEnd(18)} ${s.f1.toFixed(3)}  ${s.titleRight ? 'title ok ' : 'TITLE    '} ${(s.date ?? '-').padEnd(10)} ${s.expectedDate && s.expectedDate !== s.date ? `DATE want ${s.expectedDate}` : ''}${s.wholePage ? ' whole page' : ''}${s.titleRight ? '' : `\n${' '.repeat(20)}got ${JSON.stringify(s.title)}\n${' '.repeat(20)}want ${JSON.stringify(s.expectedTitle)}`}`,
  )
  const mean = scores.reduce((sum, s) => sum + s.f1, 0) / scores.length
  const min = Math.min(...scores.map((s) => s.f1))
  const titles = scores.filter((s) => s.titleRight).length
  const dated = scores.filter((s) => s.expectedDate)
  const dates = dated.filter((s) => s.date === s.expectedDate).length
  rows.push(
    `${scores.length} pages: F1 mean ${mean.toFixed(4)}, min ${min.toFixed(3)}; titles ${titles}/${scores.length}; declared dates ${dates}/${dated.length}`,
  )
  return rows.join('\n')
}
