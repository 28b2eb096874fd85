// `npm run bench:highlights`: only the highlights part of the bench (saves with 10,000 in the store, the
// disk's flush floor, the export), on the whole Reuters file imported into a scratch library. Prints its
// keys and the load average; `BENCH_ROUNDS=N` repeats the saves N times in fresh folders.
import { mkdtemp, rm } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Library } from '../src/core/library'
import { REUTERS_FILE } from '../src/core/testing/test-paths'
import { measureHighlights } from './highlights'
import { collectGarbage, round } from './stats'

const rounds = Number(process.env.BENCH_ROUNDS ?? 1)
const workDir = await mkdtemp(join(tmpdir(), 'stance-bench-highlights-'))
try {
  const library = await Library.open(join(workDir, 'library'))
  await library.importText('reuters-21578.jsonl', readFileSync(REUTERS_FILE, 'utf8'))
  const articles = await library.readAll()
  for (let i = 0; i < rounds; i++) {
    collectGarbage()
    const dir = await mkdtemp(join(workDir, 'round-'))
    const r = measureHighlights(articles, dir)
    const shown = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, round(v, 2)]))
    const load = loadavg().map((l) => l.toFixed(2))
    process.stdout.write(`${JSON.stringify({ ...shown, load: load.join(' ') })}\n`)
  }
} finally {
  await rm(workDir, { recursive: true, force: true })
}
