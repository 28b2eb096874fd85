// "Deterministic: the same highlights give the same bytes", across days: exported-at is the export's
// date, and re-exporting unchanged highlights into the same file keeps the date the file has.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, PlacedHighlight } from '../../shared/types'
import { loadCorpusDir } from '../corpus'
import { Highlights } from '../highlights/service'
import { openStore } from '../highlights/store/store'
import { exportDate, exportMarkdown, speakerIn } from './index'

const TASS = '000_f6b6277f5f03b554'
const DAY = 24 * 60 * 60 * 1000
// Noon local time, so a day later is the next calendar day in any time zone.
const MONDAY = new Date(2025, 1, 3, 12, 0, 0)

let dir: string
let articles: Map<string, Article>
let highlights: Highlights

beforeAll(async () => {
  articles = new Map((await loadCorpusDir(resolve(__dirname, '../../../corpus'))).articles.map((a) => [a.id, a]))
  dir = mkdtempSync(join(tmpdir(), 'export-days-'))
  highlights = new Highlights(openStore(join(dir, 'h.json')), (id) => articles.get(id))
  for (const [quote, stance] of [
    ['Russia is capable of ensuring nuclear parity', 'conditional'],
    ['Russia will not participate in it', 'opposes'],
  ] as const) {
    const start = articles.get(TASS)!.body.indexOf(quote)
    expect(start, quote).toBeGreaterThanOrEqual(0)
    highlights.add({ articleId: TASS, start, end: start + quote.length, color: 'red', stance, topic: 'Arms race' })
  }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** One export of the topic into `file` on the day of `now`, as the CLI and the app do it. */
function exportOn(now: Date, file: string): string {
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : null
  const input = {
    scope: { kind: 'topic' as const, topic: 'Arms race' },
    highlights: highlights.list(),
    article: (id: string) => articles.get(id),
    exportedAt: exportDate(now),
    speakerFor: speakerIn(articles) as (h: PlacedHighlight) => string | null,
  }
  const { markdown } = exportMarkdown(input, existing, 'arms.md')
  writeFileSync(file, markdown)
  return markdown
}

const exportedAt = (markdown: string) =>
  (parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!) as Record<string, unknown>)['exported-at']

describe('Markdown export across days', () => {
  it('stamps the date, not the time', () => {
    expect(exportDate(MONDAY)).toBe('2025-02-03')
    expect(exportDate(new Date(2025, 0, 9, 23, 59))).toBe('2025-01-09')
    const file = join(dir, 'date.md')
    expect(exportedAt(exportOn(MONDAY, file))).toBe('2025-02-03')
  })

  it('writes identical bytes a day later when nothing changed, keeping what the user added', () => {
    const file = join(dir, 'arms.md')
    const first = exportOn(MONDAY, file)
    // The user writes around the generated part; that must not count as a change of the export.
    writeFileSync(file, first.replace('---\n\n', '---\n\nMy notes.\n\n').concat('\nMore of mine.\n'))
    const edited = readFileSync(file, 'utf8')
    const tuesday = exportOn(new Date(MONDAY.getTime() + DAY), file)
    expect(tuesday).toBe(edited)
    expect(exportedAt(tuesday)).toBe('2025-02-03')
    // And again a week later, still byte for byte.
    expect(exportOn(new Date(MONDAY.getTime() + 7 * DAY), file)).toBe(edited)
  })

  it('stamps the new date when a highlight changed, and keeps it on the next unchanged export', () => {
    const file = join(dir, 'changed.md')
    exportOn(MONDAY, file)
    const id = highlights.list().find((h) => h.stance === 'opposes')!.id
    highlights.update(id, { note: 'Peskov rules out a race.' })
    const wednesday = exportOn(new Date(MONDAY.getTime() + 2 * DAY), file)
    expect(exportedAt(wednesday)).toBe('2025-02-05')
    expect(wednesday).toContain('**Note:** Peskov rules out a race.')
    expect(exportOn(new Date(MONDAY.getTime() + 3 * DAY), file)).toBe(wednesday)
    // A highlight removed from the export (counts change) is a change too.
    highlights.delete(id)
    const friday = exportOn(new Date(MONDAY.getTime() + 4 * DAY), file)
    expect(exportedAt(friday)).toBe('2025-02-07')
    expect(friday).not.toContain('Peskov rules out a race.')
  })
})
