// The benchmark over Reuters (or a slice of it): every measurement issue 6 lists, as flat keys in ms or MB.
// `runBench` is shared by `npm run bench` (whole corpus) and the smoke test (a 1,000-article slice).
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import MiniSearch from 'minisearch'
import type { Article, Highlight } from '../src/shared/types'
import { collapseDuplicates, Library } from '../src/core/library'
import { loadOrBuildIndex } from '../src/core/search/index-build'
import { LiveIndex } from '../src/core/search/live-index'
import { segmentParagraphs } from '../src/core/corpus'
import { CACHE_FILE } from '../src/core/search/cache'
import type { SearchIndex } from '../src/core/search'
import { compare } from '../src/core/topics'
import { measureCompareLayout } from './compare-layout'
import { describe as describeRange } from '../src/core/highlights/anchor'
import { Highlights } from '../src/core/highlights/service'
import { openStore } from '../src/core/highlights/store'
import { exportMarkdown } from '../src/core/export'
import { measureLookups } from './lookups'
import { benchTopics, QUERIES } from './queries'
import { collectGarbage, mb, percentile, round, timeEach } from './stats'

const run = promisify(execFile)
const childScript = fileURLToPath(new URL('./child.ts', import.meta.url))

export interface BenchOptions {
  reuters: string
  /** Only the first N lines of the file (the smoke test); all when absent. */
  limit?: number
  workDir: string
  log?: (line: string) => void
  highlights?: number
  exported?: number
}

export type BenchResults = Record<string, number>

async function child(mode: string, args: string[]): Promise<Record<string, number>> {
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', childScript, mode, ...args], {
    maxBuffer: 1 << 20,
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  return JSON.parse(stdout.trim().split('\n').pop() as string) as Record<string, number>
}

/** MiniSearch over the same documents our index holds (non-chrome paragraphs, briefs by title). */
function miniSearchOver(articles: Article[]): MiniSearch {
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

async function importFile(library: Library, options: BenchOptions) {
  const text = readFileSync(options.reuters, 'utf8')
  return library.importText(
    'reuters-21578.jsonl',
    options.limit ? text.split('\n').slice(0, options.limit).join('\n') : text,
  )
}

/**
 * Ours and MiniSearch on the same paragraphs; the first pass of each warms it up. In a function of its own
 * so that MiniSearch's index is unreachable (and collectable) once measured.
 */
function measureSearch(index: SearchIndex, articles: Article[]): BenchResults {
  const r: BenchResults = {}
  timeEach(QUERIES, (q) => index.search(q))
  const ours = timeEach(QUERIES, (q) => index.search(q), 2)
  // Like for like: MiniSearch's list is the engine's raw ranked paragraphs; ours is also timed that way
  // (`rawQuery`: the engine alone), besides the whole user-facing search (phrases checked, paragraphs
  // grouped and ranked by article, snippets with marks for the 50 shown).
  timeEach(QUERIES, (q) => index.rawQuery(q))
  const raw = timeEach(QUERIES, (q) => index.rawQuery(q), 2)
  const started = performance.now()
  const mini = miniSearchOver(articles)
  r.minisearch_build_ms = performance.now() - started
  const miniQuery = (q: string) => q.replace(/["+*]/g, '').replace(/(^|\s)-\S+/g, ' ')
  timeEach(QUERIES, (q) => mini.search(miniQuery(q)))
  const theirs = timeEach(QUERIES, (q) => mini.search(miniQuery(q)), 2)
  r.search_p50_ms = percentile(ours, 50)
  r.search_p95_ms = percentile(ours, 95)
  r.search_raw_p50_ms = percentile(raw, 50)
  r.search_raw_p95_ms = percentile(raw, 95)
  r.minisearch_p50_ms = percentile(theirs, 50)
  r.minisearch_p95_ms = percentile(theirs, 95)
  r.search_p95_ratio = round(r.search_p95_ms / r.minisearch_p95_ms, 3)
  r.search_raw_p95_ratio = round(r.search_raw_p95_ms / r.minisearch_p95_ms, 3)
  return r
}

/** `n` new stories (copies of real ones under new ids, each with a sentence holding `word`). */
function newStories(articles: Article[], n: number, word: string): Article[] {
  return Array.from({ length: n }, (_, i) => {
    const base = articles[(i * 97) % articles.length] as Article
    const body = `${base.body}\n\nThe ${word} figures were published on Tuesday.`
    const paragraphs = segmentParagraphs(body, { mode: 'wrapped', title: base.title })
    return { ...base, id: `bench-${word}-${i}`, body, paragraphs, paragraphCount: paragraphs.length }
  })
}

/**
 * From giving the live index a list with new articles to finding them by search, as an import does: one
 * article, then a hundred, beside the index built cold (no rebuild: a side index).
 */
async function measureAdds(index: SearchIndex, articles: Article[]): Promise<BenchResults> {
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
  try {
    return {
      add_one_searchable_ms: await timeAdd(newStories(articles, 1, 'zyxquol'), 'zyxquol'),
      add_hundred_searchable_ms: await timeAdd(newStories(articles, 100, 'qorvath'), 'qorvath'),
    }
  } finally {
    live.dispose()
  }
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const log = options.log ?? (() => undefined)
  const r: BenchResults = {}
  const libraryDir = join(options.workDir, 'library')
  const cacheDir = join(options.workDir, 'index-cache')
  const lunrFile = join(options.workDir, 'lunr-index.json')
  await mkdir(options.workDir, { recursive: true })

  // Import
  log('importing…')
  const library = await Library.open(libraryDir)
  const report = await importFile(library, options)
  r.import_ms = report.seconds * 1000
  r.articles = library.size
  r.skipped_records = report.skipped.length
  r.duplicate_groups = report.groups
  const articles = await library.readAll()

  // Cold build, in the worker as the app does it
  log('cold index build (worker)…')
  const cold = await loadOrBuildIndex(articles, cacheDir)
  if (cold.cached) throw new Error(`the work folder ${options.workDir} already held an index: use a fresh one`)
  r.cold_build_ms = cold.ms
  r.paragraphs = cold.engine.documentCount
  r.paragraphs_per_s = Math.round(r.paragraphs / (cold.ms / 1000))
  r.serialized_mb = mb((await stat(join(cacheDir, CACHE_FILE))).size)

  // Warm start, in a fresh process, as the app runs it: list, index, background speaker warm-up, then
  // comparisons served (three passes of the eight topics).
  log('warm start, speaker warm-up, comparisons (child process)…')
  const warm = await child('warm', [libraryDir, cacheDir, lunrFile])
  r.library_visible_ms = warm.libraryVisibleMs as number
  r.search_ready_ms = warm.searchReadyMs as number
  r.library_visible_ratio = round(r.library_visible_ms / r.cold_build_ms, 3)
  r.search_ready_ratio = round(r.search_ready_ms / r.cold_build_ms, 3)
  r.memory_ready_rss_mb = mb(warm.rssAtReady as number)
  r.memory_warm_rss_mb = mb(warm.rss as number)
  r.memory_warm_heap_mb = mb(warm.heapUsed as number)
  r.speaker_warmup_ms = warm.speakerWarmupMs as number
  r.speaker_warmup_articles = warm.speakerWarmupArticles as number
  r.speaker_cache_mb = mb(warm.speakerCacheBytes as number)
  r.speakers_ready_ms = warm.speakersReadyMs as number
  r.speaker_ledger_ms = warm.speakerLedgerMs as number
  r.speaker_timeline_p95_ms = warm.speakerTimelineP95 as number
  r.compare_p50_ms = warm.compareP50 as number
  r.compare_p95_ms = warm.compareP95 as number
  r.compare_first_max_ms = warm.compareFirstMax as number

  log('warm start on the main thread, longest task (child process)…')
  const tasks = await child('warm-tasks', [libraryDir, cacheDir, lunrFile])
  r.warm_longest_task_ms = tasks.longestTaskMs as number
  r.warm_speaker_warmup_longest_task_ms = tasks.warmupLongestTaskMs as number
  r.warm_workspace_ready_ms = tasks.readyMs as number

  // Raw lunr for comparison: build + serialize, then a naive warm start (read, JSON.parse, Index.load)
  log('raw lunr build and load (child processes)…')
  const lunrBuilt = await child('lunr-build', [libraryDir, cacheDir, lunrFile])
  r.lunr_build_ms = lunrBuilt.buildMs as number
  r.lunr_serialized_mb = mb(lunrBuilt.bytes as number)
  const lunrLoaded = await child('lunr-load', [libraryDir, cacheDir, lunrFile])
  r.lunr_read_ms = lunrLoaded.readMs as number
  r.lunr_parse_ms = lunrLoaded.parseMs as number
  r.lunr_load_ms = lunrLoaded.loadMs as number
  r.cold_build_ratio = round(r.cold_build_ms / r.lunr_build_ms, 3)
  r.lunr_naive_warm_ratio = round((r.lunr_read_ms + r.lunr_parse_ms + r.lunr_load_ms) / r.lunr_build_ms, 3)
  r.memory_lunr_rss_mb = mb(lunrLoaded.rss as number)
  r.lunr_index_heap_mb = mb(lunrLoaded.indexHeap as number)
  r.memory_ratio = round(r.memory_warm_rss_mb / r.memory_lunr_rss_mb, 3) // ours after the speaker warm-up
  r.lunr_search_p50_ms = lunrLoaded.searchP50 as number
  r.lunr_search_p95_ms = lunrLoaded.searchP95 as number

  log('new articles searchable (side index)…')
  Object.assign(r, await measureAdds(cold.index, articles))
  r.add_one_ratio = round(r.add_one_searchable_ms! / r.cold_build_ms, 4)
  r.add_hundred_ratio = round(r.add_hundred_searchable_ms! / r.cold_build_ms, 4)

  // Search: ours and MiniSearch on the same paragraphs, same process
  log('search latency (ours and MiniSearch)…')
  collectGarbage()
  const index = cold.index
  Object.assign(r, measureSearch(index, articles))
  Object.assign(r, measureLookups(index, articles))
  collectGarbage() // MiniSearch's index is garbage now: not to be collected during the comparisons

  // Comparison from cold, in this process: no speaker warm-up, so the first comparison of each topic works
  // out speakers for its stories (and word forms met for the first time); runs 2 and 3 find them cached.
  log('comparison latency from cold…')
  const shown = collapseDuplicates(articles)
  const topics = benchTopics()
  const compareTimes = timeEach(topics, (topic) => compare(topic, shown, index), 3)
  r.compare_cold_p50_ms = percentile(compareTimes, 50)
  r.compare_cold_p95_ms = percentile(compareTimes, 95)
  r.compare_cold_max_ms = Math.max(...compareTimes.slice(0, topics.length))
  r.compare_warm_p95_ms = percentile(compareTimes.slice(topics.length), 95)
  const opec = compare(topics[3]!, shown, index)
  r.compare_mentioned_opec = opec.columns.filter((c) => c.mentioned).length
  Object.assign(r, measureCompareLayout(opec))

  // Highlights: saves with 10,000 in the store; Markdown export of 1,000
  log('highlights…')
  collectGarbage()
  const count = options.highlights ?? 10_000
  const byId = new Map(articles.map((a) => [a.id, a]))
  const withText = articles.filter((a) => a.body.length > 200)
  const store = openStore(join(options.workDir, 'highlights.json'))
  const at = new Date().toISOString()
  const seeded: Highlight[] = Array.from({ length: count }, (_, i) => {
    const article = withText[i % withText.length] as Article
    const start = (i * 37) % (article.body.length - 120)
    return {
      id: `h${i}`,
      articleId: article.id,
      ...describeRange(article.body, start, start + 80),
      color: 'yellow',
      note: i % 3 ? '' : `Note ${i} on this passage.`,
      tags: i % 5 ? [] : ['bench'],
      stance: i % 4 ? null : 'supports',
      topic: i % 2 ? null : 'OPEC output',
      createdAt: at,
      updatedAt: at,
    }
  })
  store.update((data) => ({ ...data, highlights: seeded }))
  const highlights = new Highlights(store, (id) => byId.get(id))
  const saves = timeEach(withText.slice(0, 30), (article) =>
    highlights.add({ articleId: article.id, start: 10, end: 90, color: 'green' }),
  )
  r.highlights_in_store = store.read().highlights.length
  r.highlight_save_p50_ms = percentile(saves, 50)
  r.highlight_save_p95_ms = percentile(saves, 95)
  const placed = highlights.list().slice(0, options.exported ?? 1000)
  const started = performance.now()
  const exported = exportMarkdown({
    scope: { kind: 'all' },
    highlights: placed,
    article: (id) => byId.get(id),
    exportedAt: at,
  })
  r.export_ms = performance.now() - started
  r.exported_highlights = exported.count

  for (const key of Object.keys(r)) r[key] = round(r[key] as number, key.endsWith('ratio') ? 3 : 1)
  return r
}
