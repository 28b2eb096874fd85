// The index build, off the main thread: a worker_threads entry (bundled as `index-worker` for the app).
// It builds the compact index (its parts counted on every core: parallel-build.ts), saves the cache, and
// sends the arrays back (transferred, not copied), reporting progress as it goes. The same file, started
// for one part (PART_TASK), counts that part. `buildCompact` is the same work in-process.
import { parentPort, workerData } from 'node:worker_threads'
import type { Article } from '../../shared/types'
import { countPart } from './build-parts'
import { writeIndexCache } from './cache'
import type { CompactParts } from './compact'
import { buildParallel, PART_TASK, transferList } from './parallel-build'

export interface BuildRequest {
  articles: Article[]
  /** Where to save the built index, under `key` (no saving when absent). */
  cacheDir?: string
  key?: string
  /** The articles' fingerprints, saved with the index so that a later start can tell what changed. */
  covers?: Array<[string, string]>
  /** This worker's own script, to start helpers that count parts (none: all counted in one thread). */
  partScript?: { url: string; execArgv: string[] }
}

export type BuildPhase = 'indexing' | 'compacting' | 'saving'

export type WorkerMessage =
  | { type: 'progress'; phase: BuildPhase; done: number; total: number }
  | { type: 'done'; parts: CompactParts; buildMs: number }
  | { type: 'error'; message: string }

export async function buildCompact(
  request: BuildRequest,
  post: (message: WorkerMessage) => void,
): Promise<CompactParts> {
  const started = performance.now()
  const total = request.articles.length
  const script = request.partScript
    ? { url: new URL(request.partScript.url), execArgv: request.partScript.execArgv }
    : null
  const parts = await buildParallel(
    request.articles,
    script,
    (done) => post({ type: 'progress', phase: 'indexing', done, total }),
    () => post({ type: 'progress', phase: 'compacting', done: total, total }),
  )
  if (request.cacheDir && request.key) {
    post({ type: 'progress', phase: 'saving', done: total, total })
    await writeIndexCache(request.cacheDir, request.key, parts, request.covers)
  }
  post({ type: 'done', parts, buildMs: performance.now() - started })
  return parts
}

/** Marks the worker's data, so importing this file from some other worker thread starts nothing. */
export const BUILD_TASK = 'stance-index-build'

const task = (workerData as { task?: string } | null)?.task

if (parentPort && task === PART_TASK) {
  const counts = countPart((workerData as { articles: Article[] }).articles)
  parentPort.postMessage({ counts }, transferList(counts))
}

if (parentPort && task === BUILD_TASK) {
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
