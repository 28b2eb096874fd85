// `npm test`: every check in order, then one plain total that CI reads.
// Typecheck, lint and the security scan count as one test each; unit and e2e counts
// come from vitest's and Playwright's JSON reports.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const reports = '.reports'
rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })

const totals = { passed: 0, failed: 0, skipped: 0 }
let ok = true

function run(label, command, args, env = {}) {
  const started = Date.now()
  process.stdout.write(`\n== ${label}: ${[command, ...args].join(' ')}\n`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const passed = result.status === 0
  process.stdout.write(
    `== ${label}: ${passed ? 'ok' : `failed (exit ${result.status ?? result.signal})`} in ${seconds}s\n`,
  )
  if (!passed) ok = false
  return passed
}

function check(label, command, args) {
  if (run(label, command, args)) totals.passed++
  else totals.failed++
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

check('typecheck', 'npm', ['run', '--silent', 'typecheck'])
check('lint', 'npm', ['run', '--silent', 'lint'])

const unitOk = run('unit', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reports}/vitest.json`,
])
const unit = readJson(`${reports}/vitest.json`)
if (unit) {
  totals.passed += unit.numPassedTests ?? 0
  totals.failed += unit.numFailedTests ?? 0
  totals.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0)
  // test files left out because ../shared is missing (vitest.config.ts lists them)
  const leftOut = existsSync(`${reports}/unit-skipped-files.txt`)
    ? readFileSync(`${reports}/unit-skipped-files.txt`, 'utf8').split('\n').filter(Boolean).length
    : 0
  totals.skipped += leftOut
  // a suite that failed to load, or an error outside any test, fails the run without failing a test
  if (!unitOk && !(unit.numFailedTests > 0)) totals.failed++
} else {
  process.stdout.write('unit: no vitest report was written\n')
  totals.failed++
  ok = false
}

if (run('build', 'npx', ['electron-vite', 'build'])) {
  if (existsSync('scripts/electronegativity.mjs')) check('electronegativity', 'node', ['scripts/electronegativity.mjs'])
  const e2eOk = run('e2e', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: `${reports}/playwright.json` })
  const e2e = readJson(`${reports}/playwright.json`)
  if (e2e?.stats) {
    totals.passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0)
    totals.failed += e2e.stats.unexpected ?? 0
    totals.skipped += e2e.stats.skipped ?? 0
    if (!e2eOk && !(e2e.stats.unexpected > 0)) totals.failed++
  } else {
    process.stdout.write('e2e: no Playwright report was written\n')
    totals.failed++
    ok = false
  }
} else {
  totals.failed++
}

const line = `tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`
writeFileSync(`${reports}/total.txt`, `${line}\n`)
process.stdout.write(`\n${line}\n`)
process.exit(ok && totals.failed === 0 ? 0 : 1)
