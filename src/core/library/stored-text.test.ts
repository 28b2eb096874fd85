// A warm start reads no body before search answers: the library's articles carry their lines unparsed, the
// index cache and the speaker attributions are named by library.json, and a search parses only the articles
// it shows or checks.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { loadOrBuildIndex } from '../search/index-build'
import { summarize } from '../workspace/deps'
import { reutersLines } from '../testing/library'
import { Library } from './library'
import { readLibraryArticles } from './library-articles'
import { storedTextOf } from './stored-text'
import { SpeakerCache } from '../speakers/cache'
import { hasAttributions, speakersOf } from '../speakers/speaker'
import { warmInSlices } from '../workspace/warm-up'

let dir: string
let library: Library
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-stored-text-'))
  library = await Library.open(join(dir, 'library'))
  await library.importText('reuters.jsonl', reutersLines(5001, 5300))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

const parsed = (articles: Article[]) => articles.filter((a) => storedTextOf(a)?.parsed).length

describe('library articles read lazily', () => {
  it('are the articles a full read gives, parsed only when their text is asked for', async () => {
    const lazy = (await readLibraryArticles(library)).map((t) => t.article)
    const full = new Map((await library.readAll()).map((a) => [a.id, a]))
    expect(lazy).toHaveLength(full.size)
    expect(parsed(lazy)).toBe(0)
    expect(lazy.map(summarize)).toEqual(lazy.map((a) => summarize({ ...full.get(a.id)! })))
    expect(parsed(lazy)).toBe(0)
    const [first] = lazy
    // A copy (spread, JSON, structured clone for IPC and workers) carries the text.
    expect({ ...first! }).toEqual({ ...full.get(first!.id)! })
    expect(JSON.parse(JSON.stringify(lazy[1]))).toEqual(JSON.parse(JSON.stringify(full.get(lazy[1]!.id))))
    expect(structuredClone(lazy[2])).toEqual({ ...full.get(lazy[2]!.id)! })
    expect(parsed(lazy)).toBe(3)
  })

  it('load the cached index without parsing a body, and a search parses only what it needs', async () => {
    const cacheDir = join(dir, 'index-cache')
    const built = await loadOrBuildIndex(await library.readAll(), cacheDir, { inline: true })
    const lazy = (await readLibraryArticles(library)).map((t) => t.article)
    const warm = await loadOrBuildIndex(lazy, cacheDir)
    expect(warm).toMatchObject({ cached: true, key: built.key })
    expect(parsed(lazy)).toBe(0)
    const page = warm.index.searchPage({ query: 'oil', limit: 5 })
    expect(page.total).toBeGreaterThan(5)
    expect(page.hits.map((h) => h.articleId)).toEqual(
      built.index.searchPage({ query: 'oil', limit: 5 }).hits.map((h) => h.articleId),
    )
    expect(parsed(lazy)).toBe(5)
  })

  it('take their speaker attributions from the file without parsing a body, and work out again one changed', async () => {
    const small = await Library.open(join(dir, 'small'))
    await small.importText('reuters.jsonl', reutersLines(5301, 5340))
    const cacheDir = join(dir, 'speakers-cache')
    const first = (await readLibraryArticles(small)).map((t) => t.article)
    await warmInSlices(first)
    expect(await new SpeakerCache(cacheDir).save(first)).toBe(true)

    const again = (await readLibraryArticles(await Library.open(join(dir, 'small')))).map((t) => t.article)
    expect(await new SpeakerCache(cacheDir).load(again)).toBe(again.length)
    expect(parsed(again)).toBe(0)
    const byId = new Map(first.map((a) => [a.id, a]))
    for (const article of again) expect(speakersOf(article)).toEqual(speakersOf(byId.get(article.id)!))
    expect(parsed(again)).toBe(0)

    // One imported again with another text: worked out anew, the rest still taken.
    const victim = again.find((a) => a.paragraphCount > 2)!
    const line = reutersLines(5301, 5340)
      .split('\n')
      .find((l) => (JSON.parse(l) as { id: string }).id === victim.id)!
    await small.importText('reuters.jsonl', JSON.stringify({ ...(JSON.parse(line) as object), body: 'He said so.' }))
    const changed = (await readLibraryArticles(await Library.open(join(dir, 'small')))).map((t) => t.article)
    expect(await new SpeakerCache(cacheDir).load(changed)).toBe(changed.length - 1)
    expect(hasAttributions(changed.find((a) => a.id === victim.id)!)).toBe(false)
  })
})
