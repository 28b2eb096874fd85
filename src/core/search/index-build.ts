// The search index for a set of articles: loaded from the cache when the articles are unchanged,
// otherwise built in a worker thread (never on the main thread) and cached for the next start.
import type { Article } from '../../shared/types'
import { fingerprintsOf, keyOf, readAnyIndexCache } from './cache'
import { CompactIndex, type CompactParts } from './compact'
import { SearchIndex } from './search-index'
import { BUILD_TASK, buildCompact, type BuildPhase, type BuildRequest, type WorkerMessage } from './worker'
import { findWorkerScript } from '../fs/worker-script'
import { SliceClock, turn } from '../slices/turn'
import { runWorker } from '../fs/worker-runner'

export interface IndexProgress {
  phase: 'loading' | BuildPhase | 'ready'
  done: number
  total: number
}

export interface IndexOptions {
  onProgress?: (progress: IndexProgress) => void
  /** Build in this process instead of a worker (tests, or where workers cannot start). */
  inline?: boolean
  /** When the cache was built for other articles and is used with a side index, rebuild it in the background. */
  refresh?: boolean
  /** Stops a build running in a worker (the workspace's dispose). */
  signal?: AbortSignal
}

export interface LoadedIndex {
  index: SearchIndex
  engine: CompactIndex
  /** Where it came from: the cache, or a fresh build. */
  cached: boolean
  key: string
  ms: number
}

/** The bundled `index-worker.js` next to the app's main bundle, or this source tree's search/worker.ts. */
const workerScript = () =>
  findWorkerScript(import.meta.url, [
    ['./index-worker.js', []],
    ['../index-worker.js', []],
    ['./worker.ts', ['--import', 'tsx']],
  ])

/** Builds the compact index in a worker thread; rejects with the worker's error. */
export function buildInWorker(
  request: BuildRequest,
  onProgress?: (p: IndexProgress) => void,
  signal?: AbortSignal,
): Promise<CompactParts> {
  const script = workerScript()
  if (!script) return Promise.reject(new Error('the index worker script was not found next to the app'))
  const withHelpers: BuildRequest = { ...request, partScript: { url: script.url.href, execArgv: script.execArgv } }
  return runWorker<CompactParts, WorkerMessage>(
    script,
    { task: BUILD_TASK, request: withHelpers },
    (message) => {
      if (message.type === 'progress') onProgress?.({ phase: message.phase, done: message.done, total: message.total })
      else if (message.type === 'done') return { value: message.parts }
      else return { error: new Error(`index build failed: ${message.message}`) }
    },
    'the index worker',
    signal,
  ).result
}

/**
 * The index over `articles`: from `cacheDir` when it holds one for exactly these articles; when it holds
 * one for nearly these (articles added, changed or removed since), that one with a side index for the
 * difference (layered.ts), rebuilt in the background if `refresh`; otherwise built (in a worker unless
 * `inline`) and saved there. Search is answered by the compact engine either way.
 */
export async function loadOrBuildIndex(
  articles: Article[],
  cacheDir: string,
  options: IndexOptions = {},
): Promise<LoadedIndex> {
  const started = performance.now()
  options.onProgress?.({ phase: 'loading', done: 0, total: articles.length })
  const prints = await fingerprintsOf(articles)
  const key = keyOf(prints)
  const found = await readAnyIndexCache(cacheDir)
  const covers = () => [...prints]
  const build = async (): Promise<CompactParts> => {
    const request: BuildRequest = { articles, cacheDir, key, covers: covers() }
    if (options.inline)
      return buildCompact(
        request,
        (m) => m.type === 'progress' && options.onProgress?.({ phase: m.phase, done: m.done, total: m.total }),
      )
    await textsInSlices(articles)
    return buildInWorker(request, options.onProgress, options.signal)
  }
  let index: SearchIndex | null = null
  let engine: CompactIndex | null = null
  if (found) {
    // A turn between the steps of a warm start: together they held the event loop for 100 ms.
    await turn()
    engine = new CompactIndex(found.parts)
    await turn()
    if (found.key === key) index = SearchIndex.fromEngine(engine, articles)
    else if (found.covers) {
      const base = { main: engine, covered: new Map(found.covers), fingerprint: (a: Article) => prints.get(a.id) ?? '' }
      index = SearchIndex.beside(base, articles)
      // The next start finds a cache for exactly these articles.
      if (index && options.refresh) void build().catch(() => undefined)
    }
  }
  const cached = index !== null
  if (!index || !engine) {
    engine = new CompactIndex(await build())
    index = SearchIndex.fromEngine(engine, articles)
  }
  await turn() // the first search, often asked for at once, is a task of its own
  options.onProgress?.({ phase: 'ready', done: articles.length, total: articles.length })
  return { index, engine, cached, key, ms: performance.now() - started }
}

/**
 * Reads every article's text a slice at a time: a library article's body is parsed when first asked for, and
 * sending the articles to the worker would otherwise parse all of them in one task.
 */
async function textsInSlices(articles: readonly Article[]): Promise<void> {
  const clock = new SliceClock()
  for (let i = 0; i < articles.length; i++) {
    void (articles[i] as Article).paragraphs
    if (i % 32 === 31) await clock.pause()
  }
}
