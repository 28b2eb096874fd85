// The index the workspace keeps: rebuilt in the background, the previous one answering meanwhile.
import { describe, expect, it, vi } from 'vitest'
import type { Article } from '../../shared/types'
import { loadCorpusDir } from '../corpus'
import { LiveIndex, type ArticleIndex } from './live-index'
import { SearchIndex } from './'
import { BUNDLED_CORPUS } from '../testing/test-paths'

const { articles } = await loadCorpusDir(BUNDLED_CORPUS)

/** A build the test finishes by hand, so it can look at the index while one runs. */
function manualBuilds() {
  const pending: Array<{ articles: readonly Article[]; finish: (fail?: Error) => void }> = []
  const build = (list: readonly Article[]) =>
    new Promise<ArticleIndex>((resolve, reject) => {
      pending.push({ articles: list, finish: (fail) => (fail ? reject(fail) : resolve(SearchIndex.build([...list]))) })
    })
  const next = async () => {
    while (pending.length === 0) await new Promise((resolve) => setImmediate(resolve))
    return pending.shift()!
  }
  return { build, next }
}

describe('LiveIndex', () => {
  it('folds updates made during a build into one more build, over the latest articles', async () => {
    const builds = manualBuilds()
    const live = new LiveIndex(builds.build, () => {})
    live.update(articles.slice(0, 1))
    const first = await builds.next()
    live.update(articles.slice(0, 2))
    live.update(articles.slice(0, 3))
    first.finish()
    const second = await builds.next()
    expect(second.articles).toHaveLength(3)
    expect(live.building).toBe(true)
    expect(live.current).not.toBeNull() // the first one answers meanwhile
    second.finish()
    await live.idle()
    expect(live.building).toBe(false)
    expect(live.progress).toEqual({ ready: true, done: 3, total: 3 })
  })

  it('waits only so long for a build, then answers with what it has', async () => {
    const builds = manualBuilds()
    const live = new LiveIndex(builds.build, () => {})
    live.update(articles)
    const build = await builds.next()
    // On a fake clock: the wait answers exactly when its 50 ms are up, never by the wall clock.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    try {
      let answer: ArticleIndex | null | 'waiting' = 'waiting'
      const waited = live.settled(50).then((index) => (answer = index))
      await vi.advanceTimersByTimeAsync(49)
      expect(answer).toBe('waiting')
      await vi.advanceTimersByTimeAsync(1)
      await waited
      expect(answer).toBeNull()
    } finally {
      vi.useRealTimers()
    }
    const waiting = live.settled(10_000)
    build.finish()
    expect(await waiting).not.toBeNull()
  })

  it('gives every paragraph of articles the index has not seen as candidates', async () => {
    const builds = manualBuilds()
    const live = new LiveIndex(builds.build, () => {})
    live.update(articles.slice(0, 4))
    ;(await builds.next()).finish()
    await live.idle()
    const added = articles[4]!
    const changed = { ...articles[0]!, body: `${articles[0]!.body} ` }
    const all = [changed, ...articles.slice(1)]
    expect(live.uncovered(all).map((a) => a.id)).toEqual([changed.id, added.id])
    const found = live.candidatesFor(live.current!, all).candidates(['zzzz-no-such-word'])
    expect([...found.keys()].sort()).toEqual([changed.id, added.id].sort())
    expect(found.get(added.id)?.size).toBe(added.paragraphs.length)
  })

  it('reports a failed build and keeps the previous index', async () => {
    const builds = manualBuilds()
    const errors: unknown[] = []
    const live = new LiveIndex(builds.build, (error) => errors.push(error))
    live.update(articles)
    ;(await builds.next()).finish()
    await live.idle()
    const before = live.current
    live.update(articles.slice(1))
    ;(await builds.next()).finish(new Error('disk full'))
    await live.idle()
    expect(errors).toHaveLength(1)
    expect(live.current).toBe(before)
  })
})
