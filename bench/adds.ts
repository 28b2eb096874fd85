// New articles searchable: from handing the live index a list with new articles to finding them by
// search, as an import does (no rebuild: a side index beside the index built cold). Each size is timed
// ADD_ROUNDS times with new articles each time, and the best is kept: the work is 50–100 ms of main-thread
// time, which a busy machine stretches several-fold at random (every round is kept in `*_rounds_max_ms`).
import type { Article } from '../src/shared/types'
import type { SearchIndex } from '../src/core/search'
import { LiveIndex } from '../src/core/search/live-index'
import { segmentParagraphs } from '../src/core/corpus'

export const ADD_ROUNDS = 3

/** `n` new stories (copies of real ones under new ids, each with a sentence holding `word`). */
function newStories(articles: readonly Article[], n: number, word: string): Article[] {
  return Array.from({ length: n }, (_, i) => {
    const base = articles[(i * 97) % articles.length] as Article
    const body = `${base.body}\n\nThe ${word} figures were published on Tuesday.`
    const paragraphs = segmentParagraphs(body, { mode: 'wrapped', title: base.title })
    return { ...base, id: `bench-${word}-${i}`, body, paragraphs, paragraphCount: paragraphs.length }
  })
}

/** A made-up word no story holds, different for each round. */
const wordFor = (stem: string, round: number) => `${stem}${'abcdefgh'[round]}`

export async function measureAdds(index: SearchIndex, articles: readonly Article[]): Promise<Record<string, number>> {
  const live = new LiveIndex(
    () => index,
    (error) => {
      throw error
    },
    3_600_000,
  )
  live.update(articles)
  await live.idle()
  const timeAdd = async (added: Article[], word: string) => {
    const started = performance.now()
    live.update([...articles, ...added])
    const current = await live.settled(60_000)
    const found = current?.searchPage({ query: word, limit: 200 })
    const ms = performance.now() - started
    if (found?.total !== added.length) throw new Error(`${added.length} new articles, ${found?.total} found`)
    return ms
  }
  const one: number[] = []
  const hundred: number[] = []
  try {
    for (let round = 0; round < ADD_ROUNDS; round++) {
      one.push(await timeAdd(newStories(articles, 1, wordFor('zyxquol', round)), wordFor('zyxquol', round)))
      hundred.push(await timeAdd(newStories(articles, 100, wordFor('qorvath', round)), wordFor('qorvath', round)))
    }
  } finally {
    live.dispose()
  }
  return {
    add_one_searchable_ms: Math.min(...one),
    add_one_rounds_max_ms: Math.max(...one),
    add_hundred_searchable_ms: Math.min(...hundred),
    add_hundred_rounds_max_ms: Math.max(...hundred),
  }
}
