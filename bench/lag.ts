// The longest main-thread task, as the bench measures it: a timer asks for a turn every millisecond, and the
// longest wait between its turns (less the millisecond) is the longest stretch the event loop could not turn.

export class LagMonitor {
  #longest = 0
  #last = performance.now()
  #stopped = false
  readonly #started = performance.now()

  /** `onLong` hears of every task over `reportFrom` ms (with when it ended, from the monitor's start). */
  constructor(
    readonly onLong?: (ms: number, endedAt: number) => void,
    readonly reportFrom = 30,
  ) {
    setTimeout(this.#tick, 1)
  }

  readonly #tick = () => {
    if (this.#stopped) return // what runs after the measurement is not its
    const now = performance.now()
    const task = now - this.#last - 1
    if (this.onLong && task > this.reportFrom) this.onLong(task, now - this.#started)
    this.#longest = Math.max(this.#longest, task)
    this.#last = now
    setTimeout(this.#tick, 1)
  }

  /** The longest task so far, counting the one running now (the timer has not had its turn yet). */
  get longest(): number {
    return Math.max(this.#longest, performance.now() - this.#last - 1)
  }

  /** The longest task since the last `take` (or the start), the running one counted; starts a new count. */
  take(): number {
    const longest = this.longest
    this.#longest = 0
    this.#last = performance.now()
    return longest
  }

  stop(): void {
    this.#stopped = true
  }
}
