// `tsx bench/run-speakers.ts [workDir]`: only the Speakers part of the bench (issue 13). Imports Reuters into
// workDir once (kept for the next run; BENCH_LIMIT=N for the first N lines), then two fresh processes: the
// first run without the attribution cache (which writes it) and a warm start that reads it.
import { existsSync, readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { execFile } from 'node:child_process'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { Library } from '../src/core/library'
import { SPEAKER_CACHE_FILE } from '../src/core/speakers/cache'
import { REUTERS_FILE } from '../src/core/testing/test-paths'

const workDir = process.argv[2] ?? join(tmpdir(), 'stance-bench-speakers')
const libraryDir = join(workDir, 'library')
const cacheDir = join(workDir, 'index-cache')
const childScript = fileURLToPath(new URL('./child.ts', import.meta.url))

if (!existsSync(libraryDir)) {
  const limit = process.env.BENCH_LIMIT ? Number(process.env.BENCH_LIMIT) : undefined
  const text = readFileSync(REUTERS_FILE, 'utf8')
  const library = await Library.open(libraryDir)
  await library.importText('reuters-21578.jsonl', limit ? text.split('\n').slice(0, limit).join('\n') : text)
}

async function child(): Promise<Record<string, number>> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', childScript, 'speakers', libraryDir, cacheDir, ''],
    { maxBuffer: 1 << 20, env: { ...process.env, NODE_OPTIONS: '' } },
  )
  return JSON.parse(stdout.trim().split('\n').pop() as string) as Record<string, number>
}

const round = (n: number) => Math.round(n * 10) / 10
await rm(join(cacheDir, SPEAKER_CACHE_FILE), { force: true })
for (const run of ['first run (no cache)', 'warm start (cache)']) {
  const load = loadavg()[0] as number
  const r = await child()
  const shown = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v)]))
  process.stdout.write(`${run}, load average ${load.toFixed(1)}: ${JSON.stringify(shown)}\n`)
}
