// Speaker attribution for every article, worked out in the background once the index is ready, so that
// the first comparison of a big topic does not pay for it (about half its time on Reuters). It runs in
// small slices with a turn of the event loop between them, so IPC and the HTTP host keep answering.
// The cache itself lives in speakers/speaker.ts, per article object (a WeakMap): articles replaced by an
// import drop out of it with them, so it holds at most one entry per current article (~6 MB for 21k).
import type { Article } from '../../shared/types'
import { warmSpeakers } from '../speakers/speaker'
import { SliceClock, turn } from '../slices/turn'

export interface WarmupReport {
  /** Articles whose speakers were worked out (those already cached are not counted). */
  computed: number
  /** From the start of the warm-up to its end, pauses between slices included. */
  ms: number
}

export class SpeakerWarmup {
  /** Bumped by every new schedule and by dispose: a run that sees it change stops. */
  #generation = 0
  #running: Promise<void> = Promise.resolve()
  #last: WarmupReport | null = null
  #disposed = false

  /** The last warm-up that ran to its end (null before one has). */
  get last(): WarmupReport | null {
    return this.#last
  }

  /**
   * Warms the speakers of `articles` once `after` settles (the index is ready), replacing any warm-up
   * scheduled or running: after an import the new set is warmed, and what is cached already costs nothing.
   */
  schedule(articles: readonly Article[], after: Promise<unknown> = Promise.resolve()): void {
    if (this.#disposed) return
    const generation = ++this.#generation
    const previous = this.#running
    this.#running = (async () => {
      await after.catch(() => undefined)
      await previous // the one before has seen the new generation and stops at its next slice
      if (generation === this.#generation) await this.#run(articles, generation)
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

  async #run(articles: readonly Article[], generation: number): Promise<void> {
    const started = performance.now()
    const computed = await warmInSlices(articles, () => generation !== this.#generation)
    if (generation === this.#generation) this.#last = { computed, ms: performance.now() - started }
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
