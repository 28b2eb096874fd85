// `npm run soak`: the kill-during-write test at full length (issue 7): at least 1,000 kills of a writer
// at random moments; the store must load every time with every acknowledged highlight.
// Then the disk-full round (issue 11, bench/disk-full.ts): saves on a real 2 MB tmpfs with the room left
// stepped from none to enough; each lands whole or fails in one line with the old file byte-identical.
// Options: --rounds N (default 1000), --minutes M (default 15), --disk-rounds N (default 60).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { SEEDS_DIR } from '../src/core/testing/test-paths'
import { buildKillChild, runKillRounds } from '../src/core/testing/kill-harness'
import { runDiskFullRounds } from './disk-full'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '1000' },
    minutes: { type: 'string', default: '15' },
    'disk-rounds': { type: 'string', default: '60' },
  },
})
const rounds = Number(values.rounds)
const minutes = Number(values.minutes)
const diskRounds = Number(values['disk-rounds'])
if (!Number.isInteger(rounds) || rounds < 1 || !(minutes > 0) || !Number.isInteger(diskRounds) || diskRounds < 0) {
  console.error('usage: npm run soak -- [--rounds N] [--minutes M] [--disk-rounds N]')
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

if (diskRounds > 0) {
  const diskStarted = Date.now()
  const disk = runDiskFullRounds(diskRounds)
  if (typeof disk === 'string') console.log(`soak: disk-full round skipped: ${disk}`)
  else {
    const seconds = ((Date.now() - diskStarted) / 1000).toFixed(1)
    console.log(
      `soak: disk-full round: ${disk.rounds} saves on a 2 MB tmpfs in ${seconds} s; ${disk.saved} landed whole, ${disk.refused} refused in one line with the file byte-identical; ${disk.failures.length} failures`,
    )
    for (const failure of disk.failures) console.error(`FAIL ${failure}`)
    if (disk.failures.length > 0) process.exitCode = 1
  }
}
