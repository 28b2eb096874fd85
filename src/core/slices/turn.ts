// Long work on the main thread cut into slices, with a turn of the event loop between them, so that IPC,
// the HTTP host and timers keep being answered while it runs (the warm start of a 21k library).

/** One turn of the event loop: whatever is waiting (I/O, timers) runs before the caller goes on. */
export const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Milliseconds of work between two turns: well under the 50 ms a task may hold the loop. */
export const SLICE_MS = 8

/** Counts the time since the last turn; `pause()` takes a turn once a slice's time is used up. */
export class SliceClock {
  #start = performance.now()

  constructor(readonly sliceMs = SLICE_MS) {}

  get spent(): boolean {
    return performance.now() - this.#start >= this.sliceMs
  }

  async pause(): Promise<void> {
    if (!this.spent) return
    await turn()
    this.#start = performance.now()
  }
}

/** `items.map(fn)`, taking a turn whenever a slice's time is used up (checked every `check` items). */
export async function mapInSlices<T, U>(
  items: readonly T[],
  fn: (item: T, index: number) => U,
  clock = new SliceClock(),
  check = 256,
): Promise<U[]> {
  const out = new Array<U>(items.length)
  for (let i = 0; i < items.length; i++) {
    out[i] = fn(items[i] as T, i)
    if (i % check === check - 1) await clock.pause()
  }
  return out
}

/** Runs tasks one after another: each starts when the one before has settled (resolved or not). */
export class TaskQueue {
  #last: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#last.then(task, task)
    this.#last = run.catch(() => undefined)
    return run
  }
}
