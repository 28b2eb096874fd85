// `npx tsx bench/run-warm.ts [workDir] [runs]`: only the bench's warm start (issue 15), in fresh processes:
// `ready` (library visible and search ready: search_ready_ms, the bench's own path), `app-ready` (the
// same through openWorkspace, the app's path, with its CPU and GC time: bench/work.ts) and `warm-tasks` (openWorkspace to the first
// search answered, its longest main-thread task: warm_longest_task_ms is the best of the runs). Imports and
// indexes Reuters into workDir once, with the speaker attributions, (kept for the next run; BENCH_LIMIT=N for the first N lines).
import { existsSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { SPEAKER_CACHE_FILE } from '../src/core/speakers/cache'
import { child } from './fresh-process'
import { preparedLibrary } from './library'
import { round } from './stats'

const workDir = process.argv[2] ?? join(tmpdir(), 'stance-bench-warm')
const runs = Number(process.argv[3] ?? 3)
const { libraryDir, cacheDir } = await preparedLibrary(workDir, true)
// The full bench's warm starts find the speaker attributions its first run wrote: so must these.
if (!existsSync(join(cacheDir, SPEAKER_CACHE_FILE))) await child('speakers', [libraryDir, cacheDir, ''])

const longest: number[] = []
for (let run = 1; run <= runs; run++) {
  const load = loadavg()[0] as number
  const ready = await child('ready', [libraryDir, cacheDir, ''])
  const app = await child('app-ready', [libraryDir, cacheDir, ''])
  const tasks = await child('warm-tasks', [libraryDir, cacheDir, '', 'ready'])
  longest.push(tasks.longestTaskMs as number)
  process.stdout.write(
    `run ${run}, load average ${load.toFixed(1)}: library visible ${round(ready.libraryVisibleMs as number)} ms, ` +
      `search ready ${round(ready.searchReadyMs as number)} ms; the app's way (openWorkspace) ` +
      `${round(app.libraryVisibleMs as number)} and ${round(app.searchReadyMs as number)} ms; ` +
      `workspace ready ${round(tasks.readyMs as number)} ms, longest task ${round(tasks.longestTaskMs as number)} ms; ` +
      `the app's way to search ready: CPU ${round(app.cpuMs as number)} ms, GC ${round(app.gcMs as number)} ms in ` +
      `${app.gcCount as number} pauses, heap ${round(app.heapMB as number)} MB\n`,
  )
}
process.stdout.write(`warm_longest_task_ms best ${round(Math.min(...longest))}, worst ${round(Math.max(...longest))}\n`)
