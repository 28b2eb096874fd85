// `npm run soak`: the kill-during-write test at full length (issue 7): at least 1,000 kills of a writer
// at random moments; the store must load every time with every acknowledged highlight.
// Options: --rounds N (default 1000), --minutes M (default 15).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { SEEDS_DIR } from '../src/core/testing/test-paths'
import { buildKillChild, runKillRounds } from '../src/core/testing/kill-harness'

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '1000' }, minutes: { type: 'string', default: '15' } },
})
const rounds = Number(values.rounds)
const minutes = Number(values.minutes)
if (!Number.isInteger(rounds) || rounds < 1 || !(minutes > 0)) {
  console.error('usage: npm run soak -- [--rounds N] [--minutes M]')
  process.exit(2)
}

const work = mkdtempSync(join(tmpdir(), 'stance-soak-'))
const started = Date.now()
try {
  const child = await buildKillChild(work)
  const report = await runKillRounds({
    child,
    seedFile: join(SEEDS_DIR, '000_f6b6277f5f03b554.txt'),
    workDir: work,
    rounds,
    budgetMs: minutes * 60_000,
    roundsPerStore: 100,
    onRound: (n, r) => {
      if (n % 100 === 0)
        console.log(
          `${n} kills, ${r.killedInsideWrite} inside a write, ${r.acknowledged} acknowledged, ${((Date.now() - started) / 1000).toFixed(0)} s`,
        )
    },
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `soak: ${report.rounds} kills in ${seconds} s; ${report.killedInsideWrite} landed inside the locked write; ${report.acknowledged} acknowledged highlights; ${report.failures.length} failures`,
  )
  for (const failure of report.failures) console.error(`FAIL ${failure}`)
  if (report.failures.length > 0) process.exitCode = 1
  else if (report.rounds < rounds) {
    console.error(`only ${report.rounds} of ${rounds} kills fit in ${minutes} min`)
    process.exitCode = 1
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
