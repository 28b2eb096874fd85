// What a stretch of the process cost, as the machine's load changes it least: CPU time (user + system, all
// threads) and the garbage collector's pauses on the main thread, with the heap in use at its end. Wall times
// on two shared cores vary twofold with other work; these show what a change saves.
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks'

export interface Work {
  cpuMs: number
  gcMs: number
  gcCount: number
  heapMB: number
}

/** Starts counting; the returned function stops and gives the figures since. */
export function countWork(): () => Work {
  const cpu = process.cpuUsage()
  let gcMs = 0
  let gcCount = 0
  const add = (entries: readonly PerformanceEntry[]) => {
    for (const entry of entries) {
      gcMs += entry.duration
      gcCount++
    }
  }
  const observer = new PerformanceObserver((list) => add(list.getEntries()))
  observer.observe({ entryTypes: ['gc'] })
  return () => {
    add(observer.takeRecords())
    observer.disconnect()
    const used = process.cpuUsage(cpu)
    return {
      cpuMs: (used.user + used.system) / 1000,
      gcMs,
      gcCount,
      heapMB: process.memoryUsage().heapUsed / 2 ** 20,
    }
  }
}
