// A warm start names its index cache by what library.json says of each article (stored-text.ts), not by the
// bodies. Every way the library's content can change between two starts must still give the search a fresh
// index would give: each case changes the library while the app is closed, starts again and compares.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Library, libraryFiles } from '../library'
import type { MetaFile } from '../library/meta'
import { parseSource } from '../library'
import { SearchIndex } from '../search/search-index'
import { storePaths } from '../fs/paths'
import { reutersLines } from '../testing/library'
import { openWorkspace } from './open-workspace'
import type { Workspace } from './workspace'

let dir: string
let corpusDir: string
let lib: string
const lines = reutersLines(3001, 3150)
const records = parseSource('reuters.jsonl', lines).records

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-warm-key-'))
  corpusDir = await mkdtemp(join(tmpdir(), 'stance-warm-key-corpus-'))
  lib = storePaths(dir).library
  await (await Library.open(lib)).importText('reuters.jsonl', lines)
  await (await start()).dispose() // the first start builds and caches the index
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
  await rm(corpusDir, { recursive: true, force: true })
})

async function start(): Promise<Workspace> {
  const ws = await openWorkspace({ corpusDir, userDataDir: dir })
  await ws.ready()
  return ws
}

/** The articles a query finds in the workspace, and in an index built afresh from the library on disk. */
async function foundBoth(ws: Workspace, query: string): Promise<[string[], string[]]> {
  const page = await ws.search({ query, limit: 1000 })
  const fresh = SearchIndex.build(await (await Library.open(lib)).readAll())
  const ids = (hits: Array<{ articleId: string }>) => hits.map((h) => h.articleId).sort()
  return [ids(page.hits), ids(fresh.searchPage({ query, limit: 1000 }).hits)]
}

/** Starts again after `change`, and checks each query finds what a fresh index finds (and something, or nothing). */
async function afterChange(
  change: () => Promise<unknown>,
  queries: Record<string, 'some' | 'none' | 'any'>,
): Promise<Workspace> {
  await change()
  const ws = await start()
  for (const [query, expected] of Object.entries(queries)) {
    const [got, fresh] = await foundBoth(ws, query)
    expect(got, query).toEqual(fresh)
    if (expected === 'some') expect(got.length, query).toBeGreaterThan(0)
    else if (expected === 'none') expect(got, query).toEqual([])
  }
  return ws
}

/** The Reuters line of `id` with another body. */
const withBody = (id: string, body: string) => {
  const line = lines.split('\n').find((l) => l.trim() && (JSON.parse(l) as { id: string }).id === id) as string
  return JSON.stringify({ ...(JSON.parse(line) as object), body })
}

async function editMeta(edit: (meta: MetaFile) => void): Promise<void> {
  const path = libraryFiles(lib).meta
  const meta = JSON.parse(await readFile(path, 'utf8')) as MetaFile
  edit(meta)
  await writeFile(path, JSON.stringify(meta))
}

describe('a warm start after the library changed', () => {
  it('an article imported again with new text: found by the new words, not the old', async () => {
    const victim = records.find((r) => r.body.includes('tonnes'))!
    const ws = await afterChange(
      () =>
        Library.open(lib).then((l) =>
          l.importText('reuters.jsonl', withBody(victim.id, 'Quetzalcoatl flamingos said nothing.')),
        ),
      { quetzalcoatl: 'some', flamingos: 'some', tonnes: 'any' },
    )
    expect((await ws.search({ query: 'quetzalcoatl' })).hits.map((h) => h.articleId)).toEqual([victim.id])
    expect((await ws.search({ query: 'tonnes', limit: 1000 })).hits.map((h) => h.articleId)).not.toContain(victim.id)
    ws.dispose()
  })

  it('articles imported from another file: found', async () => {
    const extra = JSON.stringify({ id: 'extra-1', title: 'Zanzibar cloves', body: 'Zanzibar clove exports rose.' })
    const ws = await afterChange(() => Library.open(lib).then((l) => l.importText('extra.jsonl', extra)), {
      zanzibar: 'some',
    })
    ws.dispose()
  })

  it('an article removed: not found; restored: found again', async () => {
    const ws = await afterChange(() => Library.open(lib).then((l) => l.remove(['extra-1'])), {
      zanzibar: 'none',
    })
    ws.dispose()
    const back = await afterChange(() => Library.open(lib).then((l) => l.restore(['extra-1'])), {
      zanzibar: 'some',
    })
    back.dispose()
  })

  it('the same text imported again naming its source: found by the source', async () => {
    const extra = JSON.stringify({ id: 'extra-1', title: 'Zanzibar cloves', body: 'Zanzibar clove exports rose.' })
    const ws = await afterChange(
      () => Library.open(lib).then((l) => l.importText('extra.jsonl', extra, undefined, { source: 'Kilimanjaro' })),
      { kilimanjaro: 'some', zanzibar: 'some' },
    )
    ws.dispose()
  })

  it("library.json edited by hand (an article's title): found by the new title", async () => {
    const victim = records[1]!
    const ws = await afterChange(
      () =>
        editMeta((meta) => {
          const entry = meta.articles.find((e) => e.id === victim.id)!
          entry.title = 'Xylophone accord'
        }),
      { xylophone: 'some' },
    )
    expect((await ws.search({ query: 'xylophone' })).hits.map((h) => h.articleId)).toEqual([victim.id])
    ws.dispose()
  })

  it('library.json lost (rebuilt from the store): the same answers, the cache still fits', async () => {
    const ws = await afterChange(() => rm(libraryFiles(lib).meta), { oil: 'some', xylophone: 'none', zanzibar: 'some' })
    ws.dispose()
  })

  it("library.json pointing two articles at each other's lines: never the other body, the right answers", async () => {
    const [a, b] = records.filter((r) => r.body.length > 300)
    const ws = await afterChange(
      () =>
        editMeta((meta) => {
          const x = meta.articles.find((e) => e.id === a!.id)!
          const y = meta.articles.find((e) => e.id === b!.id)!
          ;[x.offset, x.length, y.offset, y.length] = [y.offset, y.length, x.offset, x.length]
        }),
      { oil: 'some', trade: 'some' },
    )
    expect((await ws.getArticle(a!.id)).body).toBe(a!.body)
    expect((await ws.getArticle(b!.id)).body).toBe(b!.body)
    ws.dispose()
  })

  it("the same text stored again with other paragraphs (another version's import): answers from the new ones", async () => {
    // One paragraph of an article turned to page chrome (not indexed) in a new line: same id, title, date and
    // body, so the same content hash; only where the line is tells the index it changed.
    const library = await Library.open(lib)
    const bytes = await readFile(libraryFiles(lib).store)
    const line = (e: { offset: number; length: number }) => bytes.toString('utf8', e.offset, e.offset + e.length)
    const unique = (word: string) => records.filter((r) => r.body.toLowerCase().includes(word)).length === 1
    let victim: { id: string; word: string; stored: string } | null = null
    for (const entry of library.store.entries()) {
      const stored = JSON.parse(line(entry)) as {
        body: string
        paragraphs: Array<{ start: number; end: number; kind: string }>
      }
      const last = stored.paragraphs.at(-1)
      const words = last
        ? (stored.body
            .slice(last.start, last.end)
            .toLowerCase()
            .match(/[a-z]{7,}/g) ?? [])
        : []
      const word = words.find((w) => unique(w) && !stored.body.slice(0, last!.start).toLowerCase().includes(w))
      if (!word || !last || stored.body.toLowerCase().indexOf(word) < last.start) continue
      last.kind = 'chrome'
      victim = { id: entry.id, word, stored: JSON.stringify(stored) }
      break
    }
    expect(victim).not.toBeNull()
    const ws = await afterChange(
      async () => {
        const size = bytes.length
        await writeFile(libraryFiles(lib).store, Buffer.concat([bytes, Buffer.from(`${victim!.stored}\n`)]))
        await editMeta((meta) => {
          const entry = meta.articles.find((e) => e.id === victim!.id)!
          entry.offset = size
          entry.length = Buffer.byteLength(victim!.stored)
        })
      },
      { [victim!.word]: 'any' },
    )
    // Its last paragraph is chrome now: a match there is no longer the article's (a stem may match others).
    expect((await ws.search({ query: victim!.word, limit: 1000 })).hits.map((h) => h.articleId)).not.toContain(
      victim!.id,
    )
    ws.dispose()
  })

  it('a body changed on disk behind its hash: never served; the library repaired with a notice', async () => {
    const library = await Library.open(lib)
    const path = libraryFiles(lib).store
    const bytes = await readFile(path)
    // One stored once: with an older line of its own, the repair would rightly fall back to that one.
    const once = (id: string) => bytes.toString('utf8').split(`{"id":${JSON.stringify(id)},`).length === 2
    const victim = library.store.entries().find((e) => e.paragraphCount > 2 && once(e.id))!
    const line = bytes.toString('utf8', victim.offset, victim.offset + victim.length)
    const at = victim.offset + Buffer.byteLength(line.slice(0, line.indexOf('"body":"') + 12))
    const original = JSON.parse(line).body as string
    bytes[at] = bytes[at] === 0x61 ? 0x62 : 0x61
    await writeFile(path, bytes)

    const ws = await start()
    const body = (await ws.getArticle(victim.id)).body
    expect(body).not.toBe(original)
    expect(body).toBe('') // not the changed text
    const notices = async () => (await ws.status()).notices.map((n) => n.message).join('\n')
    await expect.poll(notices, { timeout: 10_000 }).toMatch(/1 lost \(/)
    ws.dispose()
    expect((await Library.open(lib)).store.has(victim.id)).toBe(false)
  })
})
