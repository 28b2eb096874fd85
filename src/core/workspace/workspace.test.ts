// The workspace over the real seed corpus, with a fresh user data folder per test.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openWorkspace } from './open-workspace'
import { storePaths } from '../fs/paths'
import { NotFoundError } from '../../shared/errors'
import type { Workspace } from './workspace'

const dirs: string[] = []
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'stance-ws-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const open = (userDataDir = tempDir(), corpusDir = 'corpus') => openWorkspace({ corpusDir, userDataDir })
const TASS = '000_f6b6277f5f03b554'

async function quoteRange(ws: Workspace, id: string, quote: string) {
  const body = (await ws.getArticle(id)).body
  const start = body.indexOf(quote)
  expect(start).toBeGreaterThanOrEqual(0)
  return { start, end: start + quote.length }
}

describe('Workspace', () => {
  it('lists the seed articles oldest first and reads one', async () => {
    const ws = await open()
    const list = await ws.listArticles()
    expect(list.map((a) => a.date)).toEqual(['2019-03-19', '2019-07-04', '2019-09-05', '2019-09-24', '2025-01-24'])
    expect(list[0]).not.toHaveProperty('body')
    const article = await ws.getArticle(TASS)
    expect(article.source).toBe('TASS')
    expect(article.paragraphs.length).toBe(list.find((a) => a.id === TASS)?.paragraphCount)
    await expect(ws.getArticle('nope')).rejects.toBeInstanceOf(NotFoundError)
  })

  it('searches and compares over the index', async () => {
    const ws = await open()
    expect((await ws.search({ query: '"peace treaty"' })).hits[0]?.articleId).toBe(TASS)
    expect((await ws.search({ query: '   ' })).hits).toEqual([])
    const japan = await ws.compare({ topic: 'Japan peace treaty' })
    expect(japan.columns).toHaveLength(5)
    expect(japan.columns.filter((c) => c.mentioned).map((c) => c.articleId)).toEqual([TASS])
    await expect(ws.compare({ topic: 'no such topic' })).rejects.toThrow(/no topic/)
    await ws.ready()
    expect((await ws.status()).index).toEqual({ ready: true, done: 5, total: 5 })
  })

  it('keeps highlights, stances, topics and settings across a restart', async () => {
    const dir = tempDir()
    const first = await open(dir)
    const range = await quoteRange(first, TASS, 'without being drawn into an arms race')
    const added = await first.addHighlight({
      articleId: TASS,
      ...range,
      color: 'red',
      note: 'key claim',
      tags: ['parity'],
      stance: 'opposes',
    })
    expect(added.status).toBe('exact')
    await first.addStance('sceptical')
    const topic = await first.saveTopic({
      name: 'INF Treaty',
      description: '',
      terms: ['INF Treaty', '"Intermediate-Range Nuclear Forces"'],
      coTerms: [],
    })
    await first.setSettings({ lastArticleId: TASS })
    first.dispose()

    const second = await open(dir)
    const [kept] = await second.listHighlights()
    expect(kept).toMatchObject({
      id: added.id,
      quote: 'without being drawn into an arms race',
      note: 'key claim',
      status: 'exact',
    })
    expect(await second.listStances()).toContain('sceptical')
    expect((await second.listTopics()).map((t) => t.id)).toContain(topic.id)
    expect((await second.compare({ topic: 'INF Treaty' })).columns.some((c) => c.mentioned)).toBe(true)
    expect(await second.getSettings()).toEqual({ lastArticleId: TASS })
  })

  it('deletes a highlight and restores it (undo)', async () => {
    const ws = await open()
    const range = await quoteRange(ws, TASS, 'nuclear parity')
    const added = await ws.addHighlight({ articleId: TASS, ...range, color: 'yellow' })
    const removed = await ws.deleteHighlight(added.id)
    expect(await ws.listHighlights()).toEqual([])
    const back = await ws.restoreHighlight(removed)
    expect(back.id).toBe(added.id)
    expect((await ws.listHighlights()).map((h) => h.id)).toEqual([added.id])
  })

  it('exports Markdown, and updates an earlier export in place', async () => {
    const ws = await open()
    const range = await quoteRange(ws, TASS, 'Russia will not participate in it')
    await ws.addHighlight({ articleId: TASS, ...range, color: 'blue', stance: 'opposes', topic: 'Arms race' })
    const file = await ws.exportHighlights({ scope: { kind: 'topic', topic: 'Arms race' } })
    expect(file.fileName).toBe('arms-race-highlights.md')
    expect(file.count).toBe(1)
    expect(file.content).toContain('Russia will not participate in it')
    const edited = `${file.content as string}\nMy notes below\n`
    const second = await quoteRange(ws, TASS, 'nuclear parity and national security')
    await ws.addHighlight({ articleId: TASS, ...second, color: 'green', topic: 'Arms race' })
    const again = await ws.exportHighlights({ scope: { kind: 'topic', topic: 'Arms race' } })
    const updated = again.updateFile(edited) as string
    expect(updated).toContain('nuclear parity and national security')
    expect(updated.trimEnd().endsWith('My notes below')).toBe(true)
    await expect(ws.exportHighlights({ scope: { kind: 'article', articleId: 'nope' } })).rejects.toBeInstanceOf(
      NotFoundError,
    )
  })

  it('imports a file into the library, indexes it and keeps it after a restart', async () => {
    const dir = tempDir()
    const ws = await open(dir)
    const text =
      '---\nid: imported-1\ntitle: Zapad exercise\ndate: 2021-09-10\nsource: Test Wire\n---\nThe Zapad exercise involved 200,000 troops, the ministry said.\n'
    await ws.importText('zapad.md', text)
    await ws.imported()
    expect((await ws.status()).import).toMatchObject({ running: false, added: 1 })
    // The new article is searchable at once, in a side index beside the main one (no rebuild to wait for).
    expect((await ws.status()).index.ready).toBe(true)
    expect((await ws.search({ query: 'Zapad' })).hits.map((h) => h.articleId)).toEqual(['imported-1'])
    await ws.saveTopic({ name: 'Zapad', description: '', terms: ['Zapad exercise'], coTerms: [] })
    const during = await ws.compare({ topic: 'Zapad' })
    expect(during.columns.filter((c) => c.mentioned).map((c) => c.articleId)).toEqual(['imported-1'])
    await ws.ready() // the index over the new article
    expect((await ws.search({ query: 'Zapad' })).hits[0]?.articleId).toBe('imported-1')
    expect((await ws.listArticles()).at(-1)?.id).toBe('001_878b15e8f2a5934d')
    // A second file adds to the first; nothing of the first is lost.
    await ws.importText('kursk.md', text.replace('imported-1', 'imported-2').replace(/Zapad/g, 'Kursk'))
    await ws.imported()
    expect((await ws.listArticles()).map((a) => a.id)).toEqual(expect.arrayContaining(['imported-1', 'imported-2']))
    const reopened = await open(dir)
    expect((await reopened.getArticle('imported-1')).source).toBe('Test Wire')
    expect((await reopened.status()).articleCount).toBe(7)
    expect((await reopened.search({ query: 'Kursk' })).hits[0]?.articleId).toBe('imported-2')
  })

  it('reports corpus files that did not load, and loads the rest', async () => {
    const corpus = tempDir()
    cpSync('corpus', corpus, { recursive: true })
    writeFileSync(join(corpus, 'broken.md'), '---\ntitle: [unclosed\n---\nbody\n')
    const ws = await open(tempDir(), corpus)
    const status = await ws.status()
    expect(status.articleCount).toBe(5)
    expect(status.loadProblems.map((p) => p.file)).toEqual(['broken.md'])
    const notice = status.notices.find((n) => n.id === 'corpus-problems')
    expect(notice?.message).toContain('broken.md')
    await ws.dismissNotice('corpus-problems')
    expect((await ws.status()).notices.some((n) => n.id === 'corpus-problems')).toBe(false)
  })

  it('backs up an unreadable settings file, says where, and starts with defaults', async () => {
    const dir = tempDir()
    const config = storePaths(dir).config
    const first = await open(dir)
    await first.setSettings({ lastArticleId: TASS })
    writeFileSync(config, '{ "settings": { "lastArticle')
    const ws = await open(dir)
    const backups = readdirSync(dir).filter((f) => f.startsWith('config.corrupt-'))
    expect(backups).toHaveLength(1)
    expect(readFileSync(join(dir, backups[0]!), 'utf8')).toBe('{ "settings": { "lastArticle')
    const notice = (await ws.status()).notices.find((n) => n.id === 'config-corrupt')
    expect(notice?.message).toContain(backups[0])
    expect(await ws.getSettings()).toEqual({ lastArticleId: null })
    await ws.setSettings({ lastArticleId: TASS })
    expect(JSON.parse(readFileSync(config, 'utf8')).settings.lastArticleId).toBe(TASS)
    expect(existsSync(config)).toBe(true)
  })
})
