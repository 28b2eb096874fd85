// Measurements that need a clean process: warm start and memory (ours), and raw lunr for comparison.
// `tsx bench/child.ts <mode> <libraryDir> <cacheDir> <lunrJsonFile>` prints one JSON object.
import lunr from 'lunr'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { Library } from '../src/core/library'
import { loadOrBuildIndex } from '../src/core/library/index-build'
import { SearchIndex } from '../src/core/search'
import { QUERIES } from './queries'
import { percentile, timeEach } from './stats'

const [mode, libraryDir, cacheDir, lunrFile] = process.argv.slice(2) as [string, string, string, string]

function memory() {
  globalThis.gc?.()
  const usage = process.memoryUsage()
  return { rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external + usage.arrayBuffers }
}

async function warm() {
  const started = performance.now()
  const library = await Library.open(libraryDir)
  const list = library.list()
  const visible = performance.now() - started
  const articles = await library.readAll()
  const loaded = await loadOrBuildIndex(articles, cacheDir)
  loaded.index.search('oil')
  const ready = performance.now() - started
  if (!loaded.cached) throw new Error('warm start found no cached index')
  return { libraryVisibleMs: visible, searchReadyMs: ready, listed: list.length, ...memory() }
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

const run = { warm, 'lunr-build': lunrBuild, 'lunr-load': lunrLoad }[mode]
if (!run) throw new Error(`unknown mode ${mode}`)
process.stdout.write(`${JSON.stringify(await run())}\n`)
