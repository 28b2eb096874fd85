// Measurements that need a clean process: warm start and memory (ours), and raw lunr for comparison.
// `tsx bench/child.ts <mode> <libraryDir> <cacheDir> <lunrJsonFile>` prints one JSON object.
import lunr from 'lunr'
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Library } from '../src/core/library'
import { readLibraryArticles } from '../src/core/library/library-articles'
import { loadOrBuildIndex } from '../src/core/search/index-build'
import { collapseDuplicates } from '../src/core/library/group'
import { SearchIndex } from '../src/core/search'
import { compare } from '../src/core/topics'
import { SpeakerCache } from '../src/core/speakers/cache'
import { SpeakerLedger } from '../src/core/speakers/ledger'
import { speakersOf } from '../src/core/speakers/speaker'
import { SpeakerWarmup } from '../src/core/workspace/warm-up'
import { openWorkspace } from '../src/core/workspace/open-workspace'
import { benchTopics, EXTRA_TOPICS, QUERIES } from './queries'
import { formatTerms, parseTerms } from '../src/core/topics'
import { percentile, timeEach } from './stats'
import { measureSpeakers } from './speakers'
import { LagMonitor } from './lag'
import { countWork } from './work'

const [mode, libraryDir, cacheDir, lunrFile] = process.argv.slice(2) as [string, string, string, string]

function memory() {
  globalThis.gc?.()
  const usage = process.memoryUsage()
  return { rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external + usage.arrayBuffers }
}

/**
 * The warm start up to search ready: the list (library visible), then the library's articles as the app reads
 * them (each line checked, bodies parsed when first asked for) and the cached index.
 */
async function searchReady() {
  const started = performance.now()
  const library = await Library.open(libraryDir)
  const list = library.list()
  const visible = performance.now() - started
  const articles = (await readLibraryArticles(library)).map((text) => text.article)
  const loaded = await loadOrBuildIndex(articles, cacheDir)
  loaded.index.search('oil')
  const ready = performance.now() - started
  if (!loaded.cached) throw new Error('warm start found no cached index')
  return { list, articles, loaded, visible, ready }
}

/** Only the warm start to search ready (`bench/run-warm.ts`). */
async function ready() {
  const { visible, ready } = await searchReady()
  return { libraryVisibleMs: visible, searchReadyMs: ready }
}

/**
 * The same, the way the app gets there (`openWorkspace`, as the Electron main process and the browser host
 * call it: bodies and index in slices), with no lag monitor: the list answered, then the first search answered.
 */
async function appReady() {
  const corpusDir = await mkdtemp(join(tmpdir(), 'stance-bench-corpus-'))
  const started = performance.now()
  const work = countWork()
  const ws = await openWorkspace({ corpusDir, userDataDir: dirname(libraryDir) })
  await ws.listArticles()
  const visible = performance.now() - started
  const page = await ws.search({ query: 'oil' })
  const ready = performance.now() - started
  const done = work()
  if (page.total === 0) throw new Error('the warm start found nothing for "oil"')
  ws.dispose()
  return { libraryVisibleMs: visible, searchReadyMs: ready, ...done }
}

/**
 * Warm start as the app runs it: the list, then the bodies and the cached index (search ready); then the
 * workspace's background speaker warm-up over every article (SpeakerWarmup, the same class), and only then
 * comparisons, timed the way the app serves them. Memory at search ready and once the warm-up is done.
 */
async function warm() {
  const { list, articles, loaded, visible, ready } = await searchReady()
  const atReady = memory()

  // The first run over this library: no attribution cache yet, every article worked out, the file written
  // (the 'speakers' mode then times the warm start that reads it).
  const warmup = new SpeakerWarmup(new SpeakerCache(cacheDir))
  warmup.schedule(articles, Promise.resolve(), () => SpeakerLedger.buildInSlices(articles))
  await warmup.idle()
  const report = warmup.last
  if (!report || report.computed === 0) throw new Error('the speaker warm-up did not run')
  const warmed = memory()

  // The cache's own size: a copy of every article's speaker map (the names are slices of text already held).
  const before = memory().heapUsed
  const maps = articles.map((a) => new Map(speakersOf(a)))
  const cacheBytes = memory().heapUsed - before

  const topics = benchTopics()
  const shown = collapseDuplicates(articles)
  const times = timeEach(topics, (topic) => compare(topic, shown, loaded.index), 3)
  return {
    libraryVisibleMs: visible,
    searchReadyMs: ready,
    listed: list.length,
    rssAtReady: atReady.rss,
    heapAtReady: atReady.heapUsed,
    rss: warmed.rss,
    heapUsed: warmed.heapUsed,
    speakerWarmupMs: report.ms,
    speakerWarmupArticles: report.computed,
    speakerCacheBytes: cacheBytes,
    speakerMaps: maps.length,
    speakersReadyColdMs: report.readyMs,
    compareP50: percentile(times, 50),
    compareP95: percentile(times, 95),
    compareFirstMax: Math.max(...times.slice(0, topics.length)),
  }
}

/** Raw lunr: built over the same articles and saved as lunr's JSON (its serialized size and build time). */
async function lunrBuild() {
  const library = await Library.open(libraryDir)
  const articles = await library.readAll()
  const started = performance.now()
  const index = SearchIndex.build(articles)
  const buildMs = performance.now() - started
  await writeFile(lunrFile, JSON.stringify(index.toJSON().lunr))
  return { buildMs, bytes: (await stat(lunrFile)).size }
}

/** Raw lunr warm start: read, JSON.parse, lunr.Index.load; then its memory and its search latency. */
async function lunrLoad() {
  const library = await Library.open(libraryDir)
  const articles = await library.readAll()
  const before = memory()
  let t = performance.now()
  const text = await readFile(lunrFile, 'utf8')
  const readMs = performance.now() - t
  t = performance.now()
  const json = JSON.parse(text) as object
  const parseMs = performance.now() - t
  t = performance.now()
  const index = lunr.Index.load(json)
  const loadMs = performance.now() - t
  const after = memory()
  const search = SearchIndex.fromEngine(
    {
      query: (fn) => index.query(fn),
      postings: (term, field) =>
        Object.keys(
          (index as unknown as { invertedIndex: Record<string, Record<string, object>> }).invertedIndex[term]?.[
            field
          ] ?? {},
        ),
      terms: () => Object.keys((index as unknown as { invertedIndex: object }).invertedIndex),
    },
    articles,
  )
  const times = timeEach(QUERIES, (q) => search.search(q), 2)
  return {
    readMs,
    parseMs,
    loadMs,
    rss: after.rss,
    indexHeap: after.heapUsed - before.heapUsed,
    searchP50: percentile(times, 50),
    searchP95: percentile(times, 95),
  }
}

/**
 * The app's warm start on the main thread, as the workspace runs it (list, bodies, cached index, first
 * search, speaker warm-up), with the longest stretch the event loop could not turn: a timer asks for a
 * turn every millisecond and the longest wait between turns is the longest task (less the millisecond).
 */
async function warmTasks() {
  const corpusDir = await mkdtemp(join(tmpdir(), 'stance-bench-corpus-'))
  const started = performance.now()
  const report = (ms: number, at: number) =>
    process.stderr.write(`task ${Math.round(ms)} ms ending at ${Math.round(at)}\n`)
  const lag = new LagMonitor(process.env.BENCH_TASKS ? report : undefined)
  const ws = await openWorkspace({ corpusDir, userDataDir: dirname(libraryDir) })
  await ws.listArticles()
  await ws.ready()
  const page = await ws.search({ query: 'oil' })
  const ready = performance.now() - started
  // The task that answered is still running (the timer has not had its turn): `take` counts it up to here too.
  const longestToReady = lag.take()
  if (process.env.BENCH_TASKS) process.stderr.write(`ready at ${Math.round(ready)}\n`)
  if (page.total === 0) throw new Error('the warm start found nothing for "oil"')
  if ((await ws.status()).index.total === 0) throw new Error('no index at warm start')
  const result: Record<string, number> = { longestTaskMs: longestToReady, readyMs: ready }
  if (process.argv[6] !== 'all') {
    lag.stop()
    ws.dispose()
    return result
  }
  // The speaker warm-up (speaker attribution, in slices) runs after: measured on its own.
  await ws.speakersWarmed()
  lag.stop()
  result.warmupLongestTaskMs = lag.take()
  result.warmedMs = performance.now() - started
  // The topic editor's live preview as the app serves it (workspace.previewTopic over the whole library):
  // each bench topic's terms as they grow while typed, one term more at a time, three times.
  const typed = [...benchTopics().map((t) => formatTerms(t.terms, t.coTerms)), ...EXTRA_TOPICS.map((t) => t.terms)]
  const requests = typed.flatMap((text) => {
    const parts = text.split(',')
    return parts.flatMap((_, i) => {
      try {
        return [parseTerms(parts.slice(0, i + 1).join(','))] // a cut inside a quoted phrase does not parse
      } catch {
        return []
      }
    })
  })
  const times: number[] = []
  for (let round = 0; round < 3; round++)
    for (const request of requests) {
      const at = performance.now()
      await ws.previewTopic(request)
      times.push(performance.now() - at)
    }
  result.previewP50 = percentile(times, 50)
  result.previewP95 = percentile(times, 95)
  result.previews = times.length
  ws.dispose()
  return result
}

const speakers = () => measureSpeakers(libraryDir, cacheDir)
const run = {
  warm,
  ready,
  'app-ready': appReady,
  speakers,
  'warm-tasks': warmTasks,
  'lunr-build': lunrBuild,
  'lunr-load': lunrLoad,
}[mode]
if (!run) throw new Error(`unknown mode ${mode}`)
process.stdout.write(`${JSON.stringify(await run())}\n`)
