// The cold build on every core: the articles are cut into parts of about equal text, each part's terms
// are counted in a worker thread of its own (this thread counts the first), and the counts are merged
// into one compact index with lunr's weights (build-parts.ts). Merging, not querying part by part,
// keeps one set of index-wide figures (idf, average field lengths), so scores are exactly lunr's.
import { availableParallelism } from 'node:os'
import { runWorker } from '../fs/worker-runner'
import type { Article } from '../../shared/types'
import { countPart, mergeParts, type PartCounts } from './build-parts'
import type { CompactParts } from './compact'

/** Marks a worker that counts one part (see worker.ts). */
export const PART_TASK = 'stance-index-part'

/** Below this many articles one thread is quicker than starting another. */
const PARALLEL_MIN = 2000

export interface PartScript {
  url: URL
  execArgv: string[]
}

/** `articles` cut into `n` runs of about equal text, in order. */
export function splitArticles(articles: readonly Article[], n: number): Article[][] {
  const total = articles.reduce((sum, a) => sum + a.body.length + a.title.length, 0)
  const parts: Article[][] = [[]]
  let size = 0
  for (const article of articles) {
    const current = parts[parts.length - 1] as Article[]
    if (size >= (total * parts.length) / n && parts.length < n && current.length > 0) parts.push([])
    ;(parts[parts.length - 1] as Article[]).push(article)
    size += article.body.length + article.title.length
  }
  return parts
}

/** Counts one part in a worker thread started from `script`. */
export function countInWorker(script: PartScript, articles: readonly Article[]): Promise<PartCounts> {
  const worker = { url: new URL(script.url), execArgv: script.execArgv }
  return runWorker<PartCounts, { counts?: PartCounts; error?: string }>(
    worker,
    { task: PART_TASK, articles },
    (message) =>
      message.counts ? { value: message.counts } : { error: new Error(`index part failed: ${message.error}`) },
    'the index part worker',
  ).result
}

/** The typed arrays of a part, to transfer rather than copy. */
export function transferList(counts: PartCounts): ArrayBuffer[] {
  return [counts.offsets.buffer, counts.docs.buffer, counts.tfs.buffer, counts.lengths.buffer] as ArrayBuffer[]
}

/**
 * The compact index over `articles`, its parts counted at once on up to `threads` threads (this one
 * included). Without a script, or for a small set, everything is counted here.
 */
export async function buildParallel(
  articles: readonly Article[],
  script: PartScript | null,
  onCounted?: (done: number, total: number) => void,
  onMerge?: () => void,
  threads = Math.min(4, availableParallelism()),
): Promise<CompactParts> {
  const n = script && articles.length >= PARALLEL_MIN ? Math.max(1, threads) : 1
  const [mine, ...others] = splitArticles(articles, n) as [Article[], ...Article[][]]
  const helpers = others.map((part) => countInWorker(script as PartScript, part))
  // If a helper fails, counting its part here still gives the same index.
  const safe = helpers.map((helper, i) => helper.catch(() => countPart(others[i] as Article[])))
  const step = Math.max(200, Math.round(mine.length / 50))
  const first = countPart(mine, (done) => {
    // This thread's share stands for the whole: the parts are about the same size.
    if (done % step === 0) onCounted?.(Math.round((done / mine.length) * articles.length), articles.length)
  })
  const counted = [first, ...(await Promise.all(safe))]
  onMerge?.()
  return mergeParts(counted)
}
