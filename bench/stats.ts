import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[at] as number
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

export const mb = (bytes: number) => round(bytes / 1024 / 1024, 1)

/** Milliseconds `fn` takes, each run timed alone. */
export function timeEach<T>(inputs: T[], fn: (input: T) => unknown, repeat = 1): number[] {
  const times: number[] = []
  for (let r = 0; r < repeat; r++) {
    for (const input of inputs) {
      const start = performance.now()
      fn(input)
      times.push(performance.now() - start)
    }
  }
  return times
}

let gc: (() => void) | null | undefined

/**
 * A full garbage collection between sections, never inside a timed loop: so that the garbage one section
 * leaves (MiniSearch's whole index, the import's text) is not collected, and billed, during the next one.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      gc = (globalThis.gc as (() => void) | undefined) ?? (runInNewContext('gc') as () => void)
    } catch {
      gc = null
    }
  }
  gc?.()
}
