// The index build, off the main thread: a worker_threads entry (bundled as `index-worker` for the app).
// It builds the lunr index, turns it into typed arrays, saves the cache, and sends the arrays back
// (transferred, not copied), reporting progress as it goes. `buildCompact` is the same work in-process.
import lunr from 'lunr'
import { parentPort, workerData } from 'node:worker_threads'
import type { Article } from '../../shared/types'
import { writeIndexCache } from './cache'
import { compactFromLunr, type CompactParts } from './compact'
import { SearchIndex } from './search-index'

export interface BuildRequest {
  articles: Article[]
  /** Where to save the built index, under `key` (no saving when absent). */
  cacheDir?: string
  key?: string
}

export type BuildPhase = 'indexing' | 'compacting' | 'saving'

export type WorkerMessage =
  | { type: 'progress'; phase: BuildPhase; done: number; total: number }
  | { type: 'done'; parts: CompactParts; buildMs: number }
  | { type: 'error'; message: string }

/** lunr documents SearchIndex.build adds: each non-chrome paragraph, or one for a title-only brief. */
function documentCount(articles: Article[]): number {
  let count = 0
  for (const article of articles) count += article.paragraphs.filter((p) => p.kind !== 'chrome').length || 1
  return count
}

export async function buildCompact(
  request: BuildRequest,
  post: (message: WorkerMessage) => void,
): Promise<CompactParts> {
  const started = performance.now()
  const total = documentCount(request.articles)
  let done = 0
  const step = Math.max(500, Math.round(total / 100))
  // lunr's builder reports nothing; counting its add() calls gives the progress of the long part.
  const add = lunr.Builder.prototype.add
  lunr.Builder.prototype.add = function (this: lunr.Builder, ...args: Parameters<typeof add>) {
    if (++done % step === 0) post({ type: 'progress', phase: 'indexing', done, total })
    return add.apply(this, args)
  }
  let index: SearchIndex
  try {
    index = SearchIndex.build(request.articles)
  } finally {
    lunr.Builder.prototype.add = add
  }
  post({ type: 'progress', phase: 'compacting', done: total, total })
  const parts = compactFromLunr(index.toJSON().lunr as Parameters<typeof compactFromLunr>[0])
  if (request.cacheDir && request.key) {
    post({ type: 'progress', phase: 'saving', done: total, total })
    await writeIndexCache(request.cacheDir, request.key, parts)
  }
  post({ type: 'done', parts, buildMs: performance.now() - started })
  return parts
}

/** Marks the worker's data, so importing this file from some other worker thread starts nothing. */
export const BUILD_TASK = 'stance-index-build'

if (parentPort && (workerData as { task?: string } | null)?.task === BUILD_TASK) {
  const port = parentPort
  buildCompact((workerData as { request: BuildRequest }).request, (message) => {
    if (message.type === 'done') {
      const { offsets, docs, weights } = message.parts
      port.postMessage(message, [offsets.buffer, docs.buffer, weights.buffer] as ArrayBuffer[])
    } else port.postMessage(message)
  }).catch((error: unknown) =>
    port.postMessage({
      type: 'error',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    }),
  )
}
