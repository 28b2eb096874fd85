// The source the user names at import: records that name none get it, records with their own keep it,
// through the workspace (the app's and the browser host's path: queue, worker, library) and per file type.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseSource } from '../library'
import { reutersLines } from '../testing/library'
import { openWorkspace } from './open-workspace'
import { BUNDLED_CORPUS } from '../testing/test-paths'

const dir = mkdtempSync(join(tmpdir(), 'stance-ws-source-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Reuters lines 1..20 as they are (no `source`), except line 5, which names its own. */
function wireWithOneSourced(): { text: string; ownId: string } {
  const lines = reutersLines(1, 20).split('\n')
  const own = JSON.parse(lines[4]!) as Record<string, unknown>
  expect(own.source).toBeUndefined()
  lines[4] = JSON.stringify({ ...own, source: 'Associated Press' })
  return { text: lines.join('\n'), ownId: String(own.id) }
}

describe('import with a default source', () => {
  it('gives records without a source the one named; a record with its own keeps it', async () => {
    const ws = await openWorkspace({ corpusDir: BUNDLED_CORPUS, userDataDir: dir })
    try {
      const { text, ownId } = wireWithOneSourced()
      const ids = parseSource('reuters-part.jsonl', text).records.map((r) => r.id)
      expect(ids.length).toBe(20)
      const seedSources = new Map((await ws.listArticles()).map((a) => [a.id, a.source]))

      await ws.importText('reuters-part.jsonl', text, { source: 'Reuters' })
      await ws.imported()
      expect((await ws.status()).notices.filter((n) => n.level === 'error')).toEqual([])

      const listed = new Map((await ws.listArticles()).map((a) => [a.id, a]))
      for (const id of ids) expect(listed.get(id)?.source, id).toBe(id === ownId ? 'Associated Press' : 'Reuters')
      expect((await ws.getArticle(ids[0]!)).source).toBe('Reuters')
      // The bundled articles are not touched, including one whose source is unknown.
      for (const [id, source] of seedSources) expect(listed.get(id)?.source, id).toBe(source)
      expect([...seedSources.values()]).toContain(null)

      // Without one, records that name none stay unknown; a blank name is no name.
      const more = reutersLines(21, 30)
      const moreIds = parseSource('more.jsonl', more).records.map((r) => r.id)
      await ws.importText('more.jsonl', more)
      await ws.importText('blank.jsonl', reutersLines(31, 35), { source: '   ' })
      await ws.imported()
      const blankIds = parseSource('blank.jsonl', reutersLines(31, 35)).records.map((r) => r.id)
      const after = new Map((await ws.listArticles()).map((a) => [a.id, a.source]))
      for (const id of [...moreIds, ...blankIds]) expect(after.get(id), id).toBeNull()
    } finally {
      ws.dispose()
    }
  })

  it('names the source of stories imported before without one, and never erases it again', async () => {
    const ws = await openWorkspace({ corpusDir: BUNDLED_CORPUS, userDataDir: dir })
    try {
      const text = reutersLines(40, 49)
      const ids = parseSource('wire.jsonl', text).records.map((r) => r.id)
      const sourcesOf = async () => {
        const listed = new Map((await ws.listArticles()).map((a) => [a.id, a.source]))
        return ids.map((id) => listed.get(id))
      }
      await ws.importText('wire.jsonl', text)
      await ws.imported()
      const count = (await ws.listArticles()).length
      expect(await sourcesOf()).toEqual(ids.map(() => null))

      await ws.importText('wire.jsonl', text, { source: 'Reuters' })
      await ws.imported()
      expect((await ws.status()).import).toMatchObject({ running: false, added: 0 })
      expect(await sourcesOf()).toEqual(ids.map(() => 'Reuters'))
      expect((await ws.getArticle(ids[0]!)).source).toBe('Reuters')
      expect((await ws.listArticles()).length).toBe(count)

      await ws.importText('wire.jsonl', text)
      await ws.imported()
      expect(await sourcesOf()).toEqual(ids.map(() => 'Reuters'))
    } finally {
      ws.dispose()
    }
    // What was written is what a fresh start reads.
    const reopened = await openWorkspace({ corpusDir: BUNDLED_CORPUS, userDataDir: dir })
    try {
      const listed = new Map((await reopened.listArticles()).map((a) => [a.id, a.source]))
      expect(listed.get(parseSource('wire.jsonl', reutersLines(40, 40)).records[0]!.id)).toBe('Reuters')
    } finally {
      reopened.dispose()
    }
  })

  it("applies to article files that name no source, not to those that do, and wins over a page's site name", () => {
    const unnamed = readFileSync(join(BUNDLED_CORPUS, '002_127fa4766937f40d.md'), 'utf8')
    const named = readFileSync(join(BUNDLED_CORPUS, '000_f6b6277f5f03b554.md'), 'utf8')
    expect(parseSource('a.md', unnamed).records[0]?.source).toBeNull()
    expect(parseSource('a.md', unnamed, { source: 'Clippings' }).records[0]?.source).toBe('Clippings')
    expect(parseSource('b.md', named, { source: 'Clippings' }).records[0]?.source).toBe('TASS')

    const body = '<p>Showers continued throughout the week in the Bahia cocoa zone.</p>'
    const page = `<html><head><title>Bahia cocoa review</title></head><body>${body}</body></html>`
    const sited = page.replace('<head>', '<head><meta property="og:site_name" content="Reuters">')
    expect(parseSource('p.html', page, { source: 'Clippings' }).records[0]?.source).toBe('Clippings')
    // A page's site name is the source unless the user names one at import (issue 14: the prompt wins).
    expect(parseSource('p.html', sited).records[0]?.source).toBe('Reuters')
    expect(parseSource('p.html', sited, { source: 'Clippings' }).records[0]?.source).toBe('Clippings')
  })
})
