// The background speaker warm-up, on the seed articles (copies of them are new articles to the cache).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { loadCorpusDir } from '../corpus'
import { openWorkspace } from './open-workspace'
import { BUNDLED_CORPUS } from '../testing/test-paths'
import { speakersOf, warmSpeakers } from '../speakers/speaker'
import { SpeakerWarmup } from './warm-up'

const seeds = async () => (await loadCorpusDir(BUNDLED_CORPUS)).articles
/** `n` distinct article objects with the seeds' text: each one new to the per-article cache. */
const copies = (articles: Article[], n: number) =>
  Array.from({ length: n }, (_, i) => ({ ...(articles[i % articles.length] as Article) }))

describe('SpeakerWarmup', () => {
  it('works out the speakers of every article, in slices, and the same answers as on demand', async () => {
    const articles = copies(await seeds(), 450)
    const warmup = new SpeakerWarmup()
    let turns = 0
    const counting = setInterval(() => turns++, 0)
    warmup.schedule(articles)
    await warmup.idle()
    clearInterval(counting)
    expect(warmup.last?.computed).toBe(450)
    expect(warmSpeakers(articles)).toBe(0) // all cached now
    const fresh = { ...(articles[0] as Article) }
    expect(speakersOf(articles[0] as Article)).toEqual(speakersOf(fresh))
    expect([...speakersOf(articles[0] as Article).values()].some((s) => s !== null)).toBe(true)
    expect(turns).toBeGreaterThan(0) // the event loop turned between slices
    warmup.schedule(articles) // nothing left to do: a restart over the same set is cheap
    await warmup.idle()
    expect(warmup.last?.computed).toBe(0)
  })

  it('waits for what it is told to wait for, and a newer schedule replaces the older', async () => {
    const [first, second] = [copies(await seeds(), 50), copies(await seeds(), 60)]
    const warmup = new SpeakerWarmup()
    let open = () => {}
    const indexReady = new Promise<void>((resolve) => (open = resolve))
    warmup.schedule(first, indexReady)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(warmSpeakers(first.slice(0, 1))).toBe(1) // not started before the index was ready
    warmup.schedule(second, indexReady)
    open()
    await warmup.idle()
    expect(warmup.last?.computed).toBe(60)
    expect(warmSpeakers(first)).toBe(49) // the replaced schedule did not run
  })

  it('stops at the next slice once disposed, and schedules nothing after', async () => {
    const articles = copies(await seeds(), 2000)
    const warmup = new SpeakerWarmup()
    warmup.schedule(articles)
    // Two turns: the warm-up takes one before its first slice, then that slice runs.
    for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve))
    warmup.dispose()
    await warmup.idle()
    expect(warmup.last).toBeNull()
    const left = warmSpeakers(articles)
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThan(2000)
    warmup.schedule(copies(await seeds(), 5))
    await warmup.idle()
    expect(warmup.last).toBeNull()
  })
})

describe('Workspace speaker warm-up', () => {
  it('warms every article once the index is ready, and again for what an import adds', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'stance-warm-'))
    try {
      const ws = await openWorkspace({ corpusDir: BUNDLED_CORPUS, userDataDir })
      const report = await ws.speakersWarmed()
      expect(report?.computed).toBe(ws.articles.size)
      expect(warmSpeakers(ws.articles.values())).toBe(0)
      const text = [...ws.articles.values()][0]!.body
      await ws.importText('note.md', `---\ntitle: A note\ndate: 2020-01-02\n---\n\n${text}\n`)
      await ws.imported()
      const after = await ws.speakersWarmed()
      expect(after?.computed).toBe(1) // only the new article: the others were cached already
      expect(warmSpeakers(ws.articles.values())).toBe(0)
      ws.dispose()
      // A restart takes every article's speakers from the cache on disk: nothing is worked out again.
      const restarted = await openWorkspace({ corpusDir: BUNDLED_CORPUS, userDataDir })
      const warm = await restarted.speakersWarmed()
      expect(warm).toMatchObject({ computed: 0, fromFile: restarted.articles.size })
      expect(await restarted.listSpeakers()).toEqual(await ws.listSpeakers())
      restarted.dispose()
    } finally {
      rmSync(userDataDir, { recursive: true, force: true })
    }
  })
})
