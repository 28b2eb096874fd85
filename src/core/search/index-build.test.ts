import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { SearchIndex } from './search-index'
import { CACHE_FILE } from './cache'
import { loadOrBuildIndex, type IndexProgress } from './index-build'
import { Library } from '../library/library'
import { reutersLines } from '../testing/library'

let dir: string
let articles: Article[]

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-index-'))
  const library = await Library.open(join(dir, 'library'))
  await library.importText('reuters.jsonl', reutersLines(2601, 2900))
  articles = await library.readAll()
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('loadOrBuildIndex', () => {
  it('builds in a worker thread with progress, then loads the cache while the articles are unchanged', async () => {
    const cacheDir = join(dir, 'index-cache')
    const progress: IndexProgress[] = []
    const cold = await loadOrBuildIndex(articles, cacheDir, { onProgress: (p) => progress.push(p) })
    expect(cold.cached).toBe(false)
    expect(progress.map((p) => p.phase)).toEqual(
      expect.arrayContaining(['loading', 'indexing', 'compacting', 'saving', 'ready']),
    )
    const direct = SearchIndex.build(articles)
    expect(cold.index.search('arms talks')).toEqual(direct.search('arms talks'))
    expect(cold.index.search('arms talks')[0]).toBeDefined()

    const warm = await loadOrBuildIndex(articles, cacheDir)
    expect(warm).toMatchObject({ cached: true, key: cold.key })
    expect(warm.index.search('"medium-range" missiles')).toEqual(direct.search('"medium-range" missiles'))

    // One article's text changes: the cache still answers for the others, the changed one comes from a
    // side index (no rebuild); a set mostly new is built afresh.
    const changed = articles.map((a, i) => (i === 0 ? { ...a, body: `${a.body} ` } : a))
    const beside = await loadOrBuildIndex(changed, cacheDir, { inline: true })
    expect(beside.cached).toBe(true)
    expect(beside.key).not.toBe(cold.key)
    const ids = (index: SearchIndex, q: string) => new Set(index.search(q, 1000).map((h) => h.articleId))
    expect(ids(beside.index, 'arms talks')).toEqual(ids(direct, 'arms talks'))
    const fresh = articles.map((a) => ({ ...a, id: `new-${a.id}` }))
    const rebuilt = await loadOrBuildIndex(fresh, cacheDir, { inline: true })
    expect(rebuilt.cached).toBe(false)
  })

  it('rebuilds when the cache file is damaged', async () => {
    const cacheDir = join(dir, 'damaged')
    await loadOrBuildIndex(articles, cacheDir, { inline: true })
    await writeFile(join(cacheDir, CACHE_FILE), 'SRIX garbage')
    expect((await loadOrBuildIndex(articles, cacheDir, { inline: true })).cached).toBe(false)
    expect((await loadOrBuildIndex(articles, cacheDir, { inline: true })).cached).toBe(true)
  })
})
