// The Speakers view's readiness as the workspace runs it (issue 13), in a fresh process: the articles read,
// then the background speaker warm-up (SpeakerWarmup with the attribution cache on disk, as the app) and
// the speaker ledger built in slices after it. With no cache file this is the first (cold) run, and it
// writes the file; with one, the warm start. The longest main-thread task is timed meanwhile, as in
// child.ts's warm-tasks: a 1 ms timer, and the longest wait between its turns.
import { Library } from '../src/core/library'
import { SpeakerCache } from '../src/core/speakers/cache'
import { SpeakerLedger } from '../src/core/speakers/ledger'
import { SpeakerWarmup } from '../src/core/workspace/warm-up'
import { LagMonitor } from './lag'
import { percentile, timeEach } from './stats'

export async function measureSpeakers(libraryDir: string, cacheDir: string): Promise<Record<string, number>> {
  const library = await Library.open(libraryDir)
  const articles = await library.readAll()
  const lag = new LagMonitor()
  const cache = new SpeakerCache(cacheDir)
  const warmup = new SpeakerWarmup(cache)
  let ledger: SpeakerLedger | null = null
  let ledgerMs = 0
  warmup.schedule(articles, Promise.resolve(), async () => {
    const started = performance.now()
    ledger = await SpeakerLedger.buildInSlices(articles)
    ledgerMs = performance.now() - started
  })
  await warmup.idle() // the cache file written too
  const longest = lag.take()
  lag.stop()
  const report = warmup.last
  if (!report || !ledger) throw new Error('the speaker warm-up did not run')
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
    timelineP95: percentile(timelines, 95),
  }
}
