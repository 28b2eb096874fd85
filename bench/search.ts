// Search latency, ours against MiniSearch on the same paragraphs, in the same process. Each round runs
// every query through ours (whole search, then the engine alone) and MiniSearch one after the other, so
// load from other processes falls on all three alike; a query's figure is its best of the rounds, and
// p50/p95 are taken over the 50 queries' figures (the whole-run p95 is kept beside it, unfiltered).
import MiniSearch from 'minisearch'
import type { Article } from '../src/shared/types'
import type { SearchIndex } from '../src/core/search'
import { QUERIES } from './queries'
import { percentile, round } from './stats'

export const SEARCH_ROUNDS = 5

/** MiniSearch over the same documents our index holds (non-chrome paragraphs, briefs by title). */
function miniSearchOver(articles: readonly Article[]): MiniSearch {
  const mini = new MiniSearch({ fields: ['text', 'heading', 'title'], idField: 'ref', storeFields: [] })
  const docs: Array<{ ref: string; text: string; heading: string; title: string }> = []
  for (const a of articles) {
    const text = (i: number | undefined) =>
      i === undefined ? '' : a.body.slice(a.paragraphs[i]!.start, a.paragraphs[i]!.end)
    let added = 0
    for (const p of a.paragraphs) {
      if (p.kind === 'chrome') continue
      docs.push({ ref: `${a.id}#${p.index}`, text: text(p.index), heading: text(p.section), title: a.title })
      added++
    }
    if (!added) docs.push({ ref: `${a.id}#`, text: '', heading: '', title: a.title })
  }
  mini.addAll(docs)
  return mini
}

const miniQuery = (q: string) => q.replace(/["+*]/g, '').replace(/(^|\s)-\S+/g, ' ')

function timed(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

/**
 * In a function of its own so that MiniSearch's index is unreachable (and collectable) once measured.
 * Like for like: MiniSearch's list is the engine's raw ranked paragraphs; ours is also timed that way
 * (`rawQuery`: the engine alone), besides the whole user-facing search (phrases checked, paragraphs
 * grouped and ranked by article, snippets with marks for the 50 shown).
 */
export function measureSearch(index: SearchIndex, articles: readonly Article[]): Record<string, number> {
  const r: Record<string, number> = {}
  const started = performance.now()
  const mini = miniSearchOver(articles)
  r.minisearch_build_ms = performance.now() - started
  const best = {
    ours: QUERIES.map(() => Infinity),
    raw: QUERIES.map(() => Infinity),
    mini: QUERIES.map(() => Infinity),
  }
  const all: number[] = []
  // Round 0 warms every path up and is not counted.
  for (let round = 0; round <= SEARCH_ROUNDS; round++)
    QUERIES.forEach((q, i) => {
      const ours = timed(() => index.search(q))
      const raw = timed(() => index.rawQuery(q))
      const theirs = timed(() => mini.search(miniQuery(q)))
      if (round === 0) return
      all.push(ours)
      best.ours[i] = Math.min(best.ours[i]!, ours)
      best.raw[i] = Math.min(best.raw[i]!, raw)
      best.mini[i] = Math.min(best.mini[i]!, theirs)
    })
  r.search_p50_ms = percentile(best.ours, 50)
  r.search_p95_ms = percentile(best.ours, 95)
  r.search_p95_all_runs_ms = percentile(all, 95)
  r.search_raw_p50_ms = percentile(best.raw, 50)
  r.search_raw_p95_ms = percentile(best.raw, 95)
  r.minisearch_p50_ms = percentile(best.mini, 50)
  r.minisearch_p95_ms = percentile(best.mini, 95)
  r.search_p95_ratio = round(r.search_p95_ms / r.minisearch_p95_ms, 3)
  r.search_raw_p95_ratio = round(r.search_raw_p95_ms / r.minisearch_p95_ms, 3)
  return r
}
