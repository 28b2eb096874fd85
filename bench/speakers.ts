// The Speakers view's readiness as the workspace runs it (issue 13), in a fresh process: the articles read
// as the app reads them (bodies parsed when first asked for), then the background speaker warm-up
// (SpeakerWarmup with the attribution cache on disk, as the app) and the speaker ledger built in slices after
// it. With no cache file this is the first (cold) run, and it writes the file; with one, the warm start. The
// longest main-thread task is timed meanwhile, as in child.ts's warm-tasks: a 1 ms timer, and the longest wait
// between its turns (`BENCH_TASKS=1` lists every task over 30 ms on stderr, with when the ledger began).
import { Library } from '../src/core/library'
import { readLibraryArticles } from '../src/core/library/library-articles'
import { storedTextOf } from '../src/core/library/stored-text'
import { SpeakerCache } from '../src/core/speakers/cache'
import { SpeakerLedger } from '../src/core/speakers/ledger'
import { SpeakerWarmup } from '../src/core/workspace/warm-up'
import { LagMonitor } from './lag'
import { percentile, timeEach } from './stats'

export async function measureSpeakers(libraryDir: string, cacheDir: string): Promise<Record<string, number>> {
  const library = await Library.open(libraryDir)
  const articles = (await readLibraryArticles(library)).map((text) => text.article)
  const started = performance.now()
  const note = (line: string) => process.env.BENCH_TASKS && process.stderr.write(`${line}\n`)
  const lag = new LagMonitor((ms, at) => note(`task ${Math.round(ms)} ms ending at ${Math.round(at)}`))
  const cache = new SpeakerCache(cacheDir)
  const warmup = new SpeakerWarmup(cache)
  let ledger: SpeakerLedger | null = null
  let ledgerMs = 0
  warmup.schedule(articles, Promise.resolve(), async () => {
    const at = performance.now()
    note(`ledger from ${Math.round(at - started)}`)
    ledger = await SpeakerLedger.buildInSlices(articles)
    ledgerMs = performance.now() - at
    note(`ledger done at ${Math.round(performance.now() - started)}`)
  })
  await warmup.idle() // the cache file written too
  const longest = lag.take()
  lag.stop()
  const report = warmup.last
  if (!report || !ledger) throw new Error('the speaker warm-up did not run')
  // What the Speakers list costs in memory: bodies parsed for it, and the heap once collected.
  const bodiesParsed = articles.filter((a) => storedTextOf(a)?.parsed).length
  globalThis.gc?.()
  const { heapUsed, rss } = process.memoryUsage()
  const built: SpeakerLedger = ledger
  const timelines = timeEach(built.list().slice(0, 300), (entry) => built.timeline(entry), 3)
  return {
    articles: articles.length,
    fromFile: report.fromFile,
    computed: report.computed,
    warmupMs: report.ms,
    ledgerMs,
    readyMs: report.readyMs,
    longestTaskMs: longest,
    bodiesParsed,
    heapMB: heapUsed / 2 ** 20,
    rssMB: rss / 2 ** 20,
    timelineP95: percentile(timelines, 95),
  }
}
