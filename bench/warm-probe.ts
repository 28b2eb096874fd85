// `npx tsx bench/warm-probe.ts [workDir] [runs]`: the warm start's phases, each timed with the longest
// main-thread task inside it, in `runs` fresh processes (3 by default) over the bench library (imported and
// indexed into workDir once, kept for the next run). The phases are the steps openWorkspace and its index
// load take, in their order, up to the first search answered; `BENCH_TASKS=1` also lists tasks over 30 ms.
import { mkdtemp } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { loadCorpusDir } from '../src/core/corpus'
import { Library, mergeById } from '../src/core/library'
import { readLibraryArticles } from '../src/core/library/library-articles'
import { fingerprintsOf, keyOf, readAnyIndexCache } from '../src/core/search/cache'
import { CompactIndex } from '../src/core/search/compact'
import { SearchIndex } from '../src/core/search/search-index'
import { turn } from '../src/core/slices/turn'
import { LagMonitor } from './lag'
import { preparedLibrary } from './library'

type Phase = { name: string; ms: number; longestTaskMs: number }

/** One warm start, phase by phase, in this process. */
async function phases(libraryDir: string, cacheDir: string): Promise<Phase[]> {
  const report = (ms: number, at: number) =>
    process.stderr.write(`  task ${Math.round(ms)} ms ending at ${Math.round(at)}\n`)
  const lag = new LagMonitor(process.env.BENCH_TASKS ? report : undefined)
  const out: Phase[] = []
  const phase = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    lag.take()
    const started = performance.now()
    const value = await fn()
    out.push({ name, ms: performance.now() - started, longestTaskMs: lag.take() })
    return value
  }
  const corpus = await phase('corpus folder (empty)', async () =>
    loadCorpusDir(await mkdtemp(join(tmpdir(), 'probe-'))),
  )
  const library = await phase('Library.open (library.json)', () => Library.open(libraryDir))
  await phase('turn', turn)
  await phase('list (summaries, sorted)', async () => mergeById(corpus.articles, await library.listInSlices()))
  const texts = await phase('read articles (articles.jsonl)', () => readLibraryArticles(library))
  const articles = texts.map((t) => t.article)
  const prints = await phase('fingerprints', () => fingerprintsOf(articles))
  const key = await phase('index key', () => keyOf(prints))
  const found = await phase('read index cache', () => readAnyIndexCache(cacheDir))
  if (!found || found.key !== key) throw new Error('no index cache for this library')
  const engine = await phase('CompactIndex', () => new CompactIndex(found.parts))
  const index = await phase('SearchIndex.fromEngine', () => SearchIndex.fromEngine(engine, articles))
  const page = await phase('first search', () => index.searchPage({ query: 'oil' }))
  if (page.total === 0) throw new Error('nothing found for "oil"')
  lag.stop()
  return out
}

const [first, second] = process.argv.slice(2)
if (first === '--phases') {
  const { libraryDir, cacheDir } = await preparedLibrary(second as string)
  process.stdout.write(`${JSON.stringify(await phases(libraryDir, cacheDir))}\n`)
} else {
  const workDir = first ?? join(tmpdir(), 'stance-bench-warm')
  const runs = Number(second ?? 3)
  await preparedLibrary(workDir, true)
  const script = fileURLToPath(import.meta.url)
  for (let run = 1; run <= runs; run++) {
    const load = loadavg()[0] as number
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', script, '--phases', workDir],
      {
        maxBuffer: 1 << 20,
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    )
    const result = JSON.parse(stdout.trim().split('\n').pop() as string) as Phase[]
    const total = result.reduce((sum, p) => sum + p.ms, 0)
    const longest = Math.max(...result.map((p) => p.longestTaskMs))
    process.stdout.write(
      `run ${run}, load average ${load.toFixed(1)}: ${Math.round(total)} ms, longest task ${longest.toFixed(1)} ms\n`,
    )
    for (const p of result)
      process.stdout.write(
        `  ${p.name.padEnd(32)} ${p.ms.toFixed(0).padStart(6)} ms   longest task ${p.longestTaskMs.toFixed(1).padStart(6)} ms\n`,
      )
    if (stderr) process.stdout.write(stderr)
  }
}
