// Speaker attribution for every article, worked out in the background once the index is ready, so that
// the first comparison of a big topic does not pay for it (about half its time on Reuters). It runs in
// small slices with a turn of the event loop between them, so IPC and the HTTP host keep answering.
// With a SpeakerCache, the first run takes what the file on disk holds for unchanged articles, and every
// run that worked something out writes the file again.
// The cache itself lives in speakers/speaker.ts, per article object (a WeakMap): articles replaced by an
// import drop out of it with them, so it holds at most one entry per current article (~6 MB for 21k).
import type { Article } from '../../shared/types'
import type { SpeakerCache } from '../speakers/cache'
import { warmSpeakers } from '../speakers/speaker'
import { SliceClock, turn } from '../slices/turn'

export interface WarmupReport {
  /** Articles whose speakers were worked out (those already cached are not counted). */
  computed: number
  /** Articles whose speakers were taken from the file on disk. */
  fromFile: number
  /** From the start of the warm-up to its end, pauses between slices included. */
  ms: number
  /** From the start to the end of what ran after it (the speaker ledger built ahead): the Speakers list ready. */
  readyMs: number
}

export class SpeakerWarmup {
  /** Bumped by every new schedule and by dispose: a run that sees it change stops. */
  #generation = 0
  #running: Promise<void> = Promise.resolve()
  #last: WarmupReport | null = null
  #disposed = false

  constructor(readonly cache: SpeakerCache | null = null) {}

  /** The last warm-up that ran to its end (null before one has). */
  get last(): WarmupReport | null {
    return this.#last
  }

  /**
   * Warms the speakers of `articles` once `after` settles (the index is ready), replacing any warm-up
   * scheduled or running: after an import the new set is warmed, and what is cached already costs nothing.
   */
  schedule(
    articles: readonly Article[],
    after: Promise<unknown> = Promise.resolve(),
    /** Run once the speakers are warm, before the cache is written (the workspace builds the ledger). */
    then: () => Promise<unknown> = async () => undefined,
  ): void {
    if (this.#disposed) return
    const generation = ++this.#generation
    const previous = this.#running
    this.#running = (async () => {
      await after.catch(() => undefined)
      await previous // the one before has seen the new generation and stops at its next slice
      if (generation === this.#generation) await this.#run(articles, generation, then)
    })()
  }

  /** Resolves when no warm-up is scheduled or running. */
  async idle(): Promise<void> {
    let running: Promise<void>
    do {
      running = this.#running
      await running
    } while (running !== this.#running)
  }

  /** Stops a running warm-up at its next slice; nothing more is scheduled. */
  dispose(): void {
    this.#disposed = true
    this.#generation++
  }

  async #run(articles: readonly Article[], generation: number, then: () => Promise<unknown>): Promise<void> {
    const started = performance.now()
    const stopped = () => generation !== this.#generation
    const fromFile = this.cache?.state === 'unread' ? await this.cache.load(articles) : 0
    const computed = stopped() ? 0 : await warmInSlices(articles, stopped)
    if (stopped()) return
    const warmedMs = performance.now() - started
    await then().catch(() => undefined) // its own callers see its errors
    if (stopped()) return
    this.#last = { computed, fromFile, ms: warmedMs, readyMs: performance.now() - started }
    await this.cache?.save(articles)
  }
}

/**
 * Works out the speakers of those of `articles` not cached yet, in slices of time with a turn of the event
 * loop before each (the first too: not in the task that asked), until done or `stop()`; how many that was.
 */
export async function warmInSlices(articles: readonly Article[], stop = () => false): Promise<number> {
  await turn()
  const clock = new SliceClock()
  let computed = 0
  for (const article of articles) {
    if (stop()) break
    computed += warmSpeakers([article])
    await clock.pause()
  }
  return computed
}
