// Removing an imported article through the workspace: gone from the list, the reader and search at once
// and after a restart; its highlight kept as an orphan; the undo brings both back. Seeds stay.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openWorkspace } from './open-workspace'
import { BUNDLED_CORPUS } from '../testing/test-paths'
import { reutersLines } from '../testing/library'

const dir = mkdtempSync(join(tmpdir(), 'stance-ws-removal-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const open = () => openWorkspace({ corpusDir: BUNDLED_CORPUS, userDataDir: dir })
const found = async (ws: Awaited<ReturnType<typeof open>>, query: string) =>
  (await ws.search({ query })).hits.map((hit) => hit.articleId)

describe('Removing imported articles from the workspace', () => {
  it('forgets the article everywhere, keeps its highlight as an orphan, and the undo restores both', async () => {
    const ws = await open()
    await ws.importText('reuters.jsonl', reutersLines(1, 30))
    await ws.imported()
    await ws.ready()
    const cocoa = await ws.getArticle('reuters-1')
    expect(cocoa.imported).toBe(true)
    const quote = 'Comissaria Smith'
    const start = cocoa.body.indexOf(quote)
    await ws.addHighlight({ articleId: 'reuters-1', start, end: start + quote.length, color: 'yellow' })
    expect(await found(ws, 'temporao')).toContain('reuters-1')
    const count = (await ws.listArticles()).length

    const removed = await ws.removeArticles(['reuters-1'])
    expect(removed).toMatchObject({
      articles: [{ id: 'reuters-1', title: 'BAHIA COCOA REVIEW' }],
      orphanedHighlights: 1,
    })
    expect((await ws.listArticles()).map((a) => a.id)).not.toContain('reuters-1')
    expect(await ws.listArticles()).toHaveLength(count - 1)
    await expect(ws.getArticle('reuters-1')).rejects.toThrow(/no article with id "reuters-1"/)
    expect(await found(ws, 'temporao')).not.toContain('reuters-1')
    const [orphan] = (await ws.listHighlights()).filter((h) => h.articleId === 'reuters-1')
    expect(orphan).toMatchObject({ quote, status: 'orphan' })
    ws.dispose()

    // After a restart the article is still gone; the undo still works (the removed entry is kept on disk).
    const again = await open()
    await again.ready()
    expect((await again.listArticles()).map((a) => a.id)).not.toContain('reuters-1')
    expect(await found(again, 'temporao')).not.toContain('reuters-1')
    const restored = await again.restoreArticles(['reuters-1'])
    expect(restored).toMatchObject({ articles: [{ id: 'reuters-1' }], highlights: 1 })
    expect((await again.getArticle('reuters-1')).body).toBe(cocoa.body)
    expect(await found(again, 'temporao')).toContain('reuters-1')
    expect((await again.listHighlights()).find((h) => h.articleId === 'reuters-1')).toMatchObject({ status: 'exact' })
    again.dispose()
  })

  it('refuses to remove a seed article, and says why', async () => {
    const ws = await open()
    const seed = (await ws.listArticles()).find((a) => !a.imported)!
    await expect(ws.removeArticles([seed.id])).rejects.toThrow(/seed article bundled with the app/)
    expect((await ws.listArticles()).map((a) => a.id)).toContain(seed.id)
    await expect(ws.removeArticles(['no-such-article'])).rejects.toThrow(/no article with id "no-such-article"/)
    ws.dispose()
  })
})
