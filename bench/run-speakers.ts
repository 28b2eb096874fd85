// `tsx bench/run-speakers.ts [workDir] [warmStarts]`: only the Speakers part of the bench (issue 13). Imports
// Reuters into workDir once (kept for the next run; BENCH_LIMIT=N for the first N lines), then fresh processes:
// the first run without the attribution cache (which writes it) and `warmStarts` (1) warm starts that read it.
// `BENCH_TASKS=1` prints each child's tasks over 30 ms.
import { rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { SPEAKER_CACHE_FILE } from '../src/core/speakers/cache'
import { child } from './fresh-process'
import { preparedLibrary } from './library'

const workDir = process.argv[2] ?? join(tmpdir(), 'stance-bench-speakers')
const warmStarts = Number(process.argv[3] ?? 1)

const { libraryDir, cacheDir } = await preparedLibrary(workDir)

const round = (n: number) => Math.round(n * 10) / 10
await rm(join(cacheDir, SPEAKER_CACHE_FILE), { force: true })
const runs = ['first run (no cache)', ...Array.from({ length: warmStarts }, () => 'warm start (cache)')]
for (const run of runs) {
  const load = loadavg()[0] as number
  const r = await child('speakers', [libraryDir, cacheDir, ''])
  const shown = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)]))
  process.stdout.write(`${run}, load average ${load.toFixed(1)}: ${JSON.stringify(shown)}\n`)
}
