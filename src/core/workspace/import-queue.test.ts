// Importing 1,000 real Reuters stories through the workspace: progress while it runs, final counts,
// nothing added twice, a warm reopen that loads the cached index instead of rebuilding it.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { AppStatus } from '../../shared/types'
import { openWorkspace } from './open-workspace'
import { storePaths } from '../fs/paths'
import { CACHE_FILE } from '../search/cache'
import { BUNDLED_CORPUS, REUTERS_FILE } from '../testing/test-paths'
import type { Workspace } from './workspace'

const SLICE = readFileSync(REUTERS_FILE, 'utf8').split('\n').slice(0, 1000).join('\n')
const dir = mkdtempSync(join(tmpdir(), 'stance-ws-import-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const open = () => openWorkspace({ corpusDir: BUNDLED_CORPUS, userDataDir: dir })

/** Polls status() every few milliseconds until the import is over; returns what it saw. */
async function watchImport(ws: Workspace): Promise<AppStatus[]> {
  const seen: AppStatus[] = []
  for (;;) {
    const status = await ws.status()
    seen.push(status)
    if (!status.import?.running) return seen
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('Workspace import at scale', () => {
  it('imports a 1,000-record Reuters slice with progress, then nothing twice', async () => {
    const ws = await open()
    await ws.ready()
    await ws.importText('reuters-slice.jsonl', SLICE)
    const seen = await watchImport(ws)
    await ws.imported()

    const running = seen.filter((s) => s.import?.running)
    expect(running.length).toBeGreaterThan(0)
    // Figures move while it runs: some report records done out of a known total.
    expect(running.some((s) => s.import!.total > 0 && s.import!.done > 0 && s.import!.done <= s.import!.total)).toBe(
      true,
    )

    const final = (await ws.status()).import!
    expect(final.running).toBe(false)
    expect(final.file).toBe('reuters-slice.jsonl')
    expect(final.done).toBe(1000)
    expect(final.added).toBeGreaterThan(900)
    expect(final.added + final.skipped.length).toBe(1000)
    for (const problem of final.skipped) expect(problem.line).toBeGreaterThan(0)
    expect((await ws.listArticles()).length).toBe(5 + final.added)
    expect((await ws.status()).articleCount).toBe(5 + final.added)

    await ws.ready()
    expect((await ws.status()).index).toMatchObject({ ready: true, total: 5 + final.added })
    const hits = (await ws.search({ query: 'cocoa' })).hits
    expect(hits.length).toBeGreaterThan(0)
    expect((await ws.getArticle(hits[0]!.articleId)).body.toLowerCase()).toContain('cocoa')

    await ws.importText('reuters-slice.jsonl', SLICE)
    await ws.imported()
    const again = (await ws.status()).import!
    expect(again).toMatchObject({ running: false, added: 0 })
    expect((await ws.listArticles()).length).toBe(5 + final.added)
    ws.dispose()
  })

  it('reopens warm: the list at once, the cached index loaded rather than rebuilt', async () => {
    const cache = join(storePaths(dir).indexCache, CACHE_FILE)
    const before = statSync(cache)
    const ws = await open()
    // The list is there before the bodies or the index.
    expect((await ws.listArticles()).length).toBeGreaterThan(900)
    await ws.ready()
    const after = statSync(cache)
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs])
    expect((await ws.status()).index.ready).toBe(true)
    const hits = (await ws.search({ query: '"cocoa"' })).hits
    expect(hits.length).toBeGreaterThan(0)
    ws.dispose()
  })

  it('folds near-identical stories into one pane with "also filed as"', async () => {
    const ws = await open()
    const list = await ws.listArticles()
    const copy = list.find((a) => a.duplicateOf)
    expect(copy, 'the slice holds at least one re-filed story').toBeDefined()
    const story = await ws.getArticle(copy!.duplicateOf!)
    const word = story.title.split(/\W+/).find((w) => w.length > 5) ?? story.title.split(/\W+/)[0]!
    const topic = await ws.saveTopic({ name: `Dup ${word}`, description: '', terms: [word], coTerms: [] })
    const comparison = await ws.compare({ topic: topic.id })
    const ids = comparison.columns.map((c) => c.articleId)
    expect(ids).toContain(story.id)
    expect(ids).not.toContain(copy!.id)
    expect(comparison.columns.find((c) => c.articleId === story.id)?.alsoFiledAs).toContain(copy!.id)
    ws.dispose()
  })
})
