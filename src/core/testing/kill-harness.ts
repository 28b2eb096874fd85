// Kill-during-write rounds, shared by the unit test (a few seconds) and `npm run soak` (≥ 1,000 kills):
// a child writes highlights continuously, is SIGKILLed at a random moment, and the store must still
// open cleanly with every highlight the child acknowledged.
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { openStore } from '../highlights/store/store'

export interface KillReport {
  rounds: number
  acknowledged: number
  /** Rounds where the child was killed after its first acknowledged write (mid-stream). */
  killedWhileWriting: number
  /** Rounds where the kill left a lock or temp file: it landed inside the locked write itself. */
  killedInsideWrite: number
  failures: string[]
}

/** Bundle the child once, so each round is a plain `node child.mjs` (tsx per spawn is too slow). */
export async function buildKillChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'kill-child.mjs')
  await build({
    entryPoints: [fileURLToPath(new URL('./kill-child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile,
    logLevel: 'error',
    // conf and friends use require() of Node built-ins inside ESM.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  })
  return outfile
}

export interface KillOptions {
  child: string
  seedFile: string
  workDir: string
  /** Stop after this many kills ... */
  rounds: number
  /** ... or after this long, whichever comes first. */
  budgetMs: number
  /** Start a fresh store every N rounds so the file stays a realistic size. */
  roundsPerStore?: number
  onRound?: (round: number, report: KillReport) => void
}

export async function runKillRounds(options: KillOptions): Promise<KillReport> {
  const report: KillReport = { rounds: 0, acknowledged: 0, killedWhileWriting: 0, killedInsideWrite: 0, failures: [] }
  const deadline = Date.now() + options.budgetMs
  const perStore = options.roundsPerStore ?? 50
  let acked = new Set<string>()
  let storePath = ''
  while (report.rounds < options.rounds && Date.now() < deadline && report.failures.length === 0) {
    if (report.rounds % perStore === 0) {
      const dir = join(options.workDir, `store-${report.rounds}`)
      mkdirSync(dir, { recursive: true })
      storePath = join(dir, 'highlights.json')
      acked = new Set()
    }
    const ids = await oneRound(options.child, storePath, options.seedFile)
    report.rounds++
    if (ids.length > 0) report.killedWhileWriting++
    for (const id of ids) acked.add(id)
    report.acknowledged += ids.length
    if (readdirSync(join(storePath, '..')).some((f) => f !== 'highlights.json' && f !== 'highlights.json.journal'))
      report.killedInsideWrite++
    const problem = verify(storePath, acked)
    if (problem) report.failures.push(`round ${report.rounds}: ${problem}`)
    options.onRound?.(report.rounds, report)
  }
  return report
}

/** Two writers on one store at once (the app and the CLI): run both, kill both, lose nothing. */
export async function runTwoWriters(
  child: string,
  storePath: string,
  seedFile: string,
  /** Each writer is killed once it has acknowledged this many highlights (a count, so load cannot shrink it). */
  writes: number,
): Promise<{ acked: string[]; problem: string | null }> {
  const run = () =>
    new Promise<string[]>((resolve, reject) => {
      const proc = spawn(process.execPath, [child, storePath, seedFile], { stdio: ['ignore', 'pipe', 'inherit'] })
      let out = ''
      proc.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (out.split('\n').length > writes) proc.kill('SIGKILL')
      })
      const guard = setTimeout(() => proc.kill('SIGKILL'), 240_000)
      proc.on('error', reject)
      proc.on('exit', () => {
        clearTimeout(guard)
        resolve(out.split('\n').slice(0, -1).filter(Boolean))
      })
    })
  const [a, b] = await Promise.all([run(), run()])
  const acked = [...a, ...b]
  return { acked, problem: verify(storePath, new Set(acked)) }
}

/** Start the child, wait for its first acknowledged write, let it run 0–40 ms more, SIGKILL it. */
function oneRound(child: string, storePath: string, seedFile: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, storePath, seedFile], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    const killSoon = (ms: number) => {
      timer ??= setTimeout(() => proc.kill('SIGKILL'), ms)
    }
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('\n')) killSoon(Math.random() * 40)
    })
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    // A child that never acknowledges is killed too, and its stderr tells why.
    const guard = setTimeout(() => proc.kill('SIGKILL'), 10_000)
    proc.on('error', reject)
    proc.on('exit', (code, signal) => {
      clearTimeout(guard)
      if (timer) clearTimeout(timer)
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself (code ${code}): ${err.trim()}`))
      // Only complete lines count: a line cut off by the kill was never acknowledged.
      resolve(out.split('\n').slice(0, -1).filter(Boolean))
    })
  })
}

/** The store opens without a backup notice and holds every acknowledged highlight. */
function verify(storePath: string, acked: Set<string>): string | null {
  const store = openStore(storePath)
  if (store.notices.length > 0) return `store needed recovery: ${store.notices.map((n) => n.message).join('; ')}`
  const present = new Set(store.read().highlights.map((h) => h.id))
  const lost = [...acked].filter((id) => !present.has(id))
  if (lost.length > 0) return `${lost.length} acknowledged highlight(s) missing, e.g. ${lost.slice(0, 3).join(', ')}`
  const leftovers = readdirSync(join(storePath, '..')).filter(
    (f) => f !== 'highlights.json' && f !== 'highlights.json.journal',
  )
  if (leftovers.length > 0) return `left behind after reopening: ${leftovers.join(', ')}`
  return null
}
