// New, changed and removed articles are answered for at once by a side index beside the main one,
// ranked with it, and later folded into a full build; the workspace never waits for that build.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { segmentParagraphs } from '../corpus'
import { parseJsonLines } from '../library/records'
import { reutersLines } from '../testing/library'
import { QUERIES } from '../../../bench/queries'
import { buildParts } from './build-parts'
import { CompactIndex } from './compact'
import { LiveIndex } from './live-index'
import { SearchIndex } from './search-index'

let articles: Article[]
const compactIndex = (list: readonly Article[]) => SearchIndex.fromEngine(new CompactIndex(buildParts(list)), list)

beforeAll(() => {
  articles = parseJsonLines('reuters.jsonl', reutersLines(5001, 5600)).records.map((r) => {
    const paragraphs = segmentParagraphs(r.body, { mode: 'wrapped', title: r.title })
    return { ...r, paragraphs, paragraphCount: paragraphs.length }
  })
})

const ids = (
  index: { searchPage(r: { query: string; limit: number }): { hits: Array<{ articleId: string }> } },
  q: string,
) => index.searchPage({ query: q, limit: 10_000 }).hits.map((h) => h.articleId)

function story(id: string, title: string, text: string): Article {
  const paragraphs = segmentParagraphs(text, { mode: 'wrapped', title })
  const base = { ...articles[0]!, id, title, date: '1987-05-01', source: 'Wire', body: text }
  return { ...base, paragraphs, paragraphCount: paragraphs.length }
}

describe('SearchIndex.extend', () => {
  it('finds added articles, the new text of changed ones, nothing of removed ones', () => {
    const main = compactIndex(articles)
    const added = story('new-1', 'Zanzibar clove harvest', 'The Zanzibar clove harvest rose sharply, officials said.')
    const changed = { ...articles[3]!, body: `${articles[3]!.body}\n\nQuetzal bonds were also mentioned.` }
    changed.paragraphs = segmentParagraphs(changed.body, { mode: 'wrapped', title: changed.title })
    const removed = articles[7]!
    const next = [...articles.filter((a) => a !== removed && a !== articles[3]), changed, added]
    const extended = main.extend(next)!
    expect(extended).not.toBeNull()
    expect(ids(extended, 'zanzibar clove')).toEqual(['new-1'])
    expect(ids(extended, 'quetzal')).toEqual([changed.id])
    const removedWord = removed.title.split(/\s+/).find((w) => w.length > 5)!
    expect(ids(extended, `"${removedWord}"`)).not.toContain(removed.id)
    // An article present in both keeps being found, once.
    const kept = ids(extended, 'oil')
    expect(new Set(kept).size).toBe(kept.length)
  })

  it('answers as a full build would, apart from the small shift in index-wide figures', () => {
    const [older, newer] = [articles.slice(0, 550), articles.slice(550)]
    const extended = compactIndex(older).extend(articles)!
    const full = compactIndex(articles)
    for (const query of QUERIES) {
      // the same articles match; ranking may differ slightly (idf of the main part was computed without the side)
      expect(new Set(ids(extended, query)), query).toEqual(new Set(ids(full, query)))
    }
    expect(newer.length).toBeGreaterThan(0)
  })

  it('refuses when most of the library changed (a full build is quicker)', () => {
    expect(compactIndex(articles.slice(0, 50)).extend(articles)).toBeNull()
  })
})

describe('LiveIndex with a compact index', () => {
  it('answers for an added article at once, then folds it into a full build in the background', async () => {
    let builds = 0
    const live = new LiveIndex(
      (list) => {
        builds++
        return compactIndex(list)
      },
      (error) => {
        throw error
      },
      10,
    )
    live.update(articles)
    await live.idle()
    expect(builds).toBe(1)
    const added = story('new-2', 'Walrus ivory ban', 'Officials proposed a walrus ivory ban on Tuesday.')
    live.update([...articles, added])
    expect(live.upToDate).toBe(true)
    expect(live.progress.ready).toBe(true)
    expect(ids(live.current!, 'walrus ivory')).toEqual(['new-2'])
    expect(await live.settled(0)).toBe(live.current)
    await new Promise((resolve) => setTimeout(resolve, 50))
    await live.idle()
    expect(builds).toBe(2) // the fold
    expect(ids(live.current!, 'walrus ivory')).toEqual(['new-2'])
    live.dispose()
  })
})
