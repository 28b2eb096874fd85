// Highlight saves with 10,000 in the store, and the Markdown export of 1,000. Beside the save times, the
// disk's own floor in the same folder and run: an append flushed with fdatasync, as the journal used to
// wait for on every save (what a save costs when the disk is the slow part).
import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { Article, Highlight } from '../src/shared/types'
import { describe as describeRange } from '../src/core/highlights/anchor'
import { Highlights } from '../src/core/highlights/service'
import { openStore } from '../src/core/highlights/store'
import { exportMarkdown } from '../src/core/export'
import { percentile, timeEach } from './stats'

export const SAVES = 100

function seed(withText: readonly Article[], count: number, at: string): Highlight[] {
  return Array.from({ length: count }, (_, i) => {
    const article = withText[i % withText.length] as Article
    const start = (i * 37) % (article.body.length - 120)
    return {
      id: `h${i}`,
      articleId: article.id,
      ...describeRange(article.body, start, start + 80),
      color: 'yellow',
      note: i % 3 ? '' : `Note ${i} on this passage.`,
      tags: i % 5 ? [] : ['bench'],
      stance: i % 4 ? null : 'supports',
      topic: i % 2 ? null : 'OPEC output',
      createdAt: at,
      updatedAt: at,
    }
  })
}

export function measureHighlights(
  articles: readonly Article[],
  workDir: string,
  count = 10_000,
  exported = 1000,
): Record<string, number> {
  const r: Record<string, number> = {}
  const byId = new Map(articles.map((a) => [a.id, a]))
  const withText = articles.filter((a) => a.body.length > 200)
  const path = join(workDir, 'highlights.json')
  const store = openStore(path)
  const at = new Date().toISOString()
  store.update((data) => ({ ...data, highlights: seed(withText, count, at) }))
  const highlights = new Highlights(store, (id) => byId.get(id))
  const targets = Array.from({ length: SAVES }, (_, i) => withText[i % withText.length] as Article)
  const saves = timeEach(targets, (article) =>
    highlights.add({ articleId: article.id, start: 10, end: 90, color: 'green' }),
  )
  // Edits in place (a note on a highlight spread over the store): a journal line too, found without a full diff.
  const edited = Array.from({ length: SAVES }, (_, i) => `h${(i * 97) % count}`)
  const edits = timeEach(edited, (id) => highlights.update(id, { note: `Edited ${id}.` }))
  const line = `${JSON.stringify(store.read().highlights.at(-1))}\n`
  const floor = timeEach(targets, () => {
    const fd = openSync(join(workDir, 'fsync-floor'), 'a')
    try {
      writeSync(fd, line)
      fdatasyncSync(fd)
    } finally {
      closeSync(fd)
    }
  })
  r.highlights_in_store = store.read().highlights.length
  r.highlight_save_p50_ms = percentile(saves, 50)
  r.highlight_save_p95_ms = percentile(saves, 95)
  r.highlight_save_max_ms = Math.max(...saves)
  r.highlight_edit_p50_ms = percentile(edits, 50)
  r.highlight_edit_p95_ms = percentile(edits, 95)
  r.disk_append_flush_p50_ms = percentile(floor, 50)
  r.disk_append_flush_p95_ms = percentile(floor, 95)
  const placed = highlights.list().slice(0, exported)
  const started = performance.now()
  const markdown = exportMarkdown({
    scope: { kind: 'all' },
    highlights: placed,
    article: (id) => byId.get(id),
    exportedAt: at,
  })
  r.export_ms = performance.now() - started
  r.exported_highlights = markdown.count
  return r
}
