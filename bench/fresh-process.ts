// A measurement that needs a clean process (`child.ts <mode> <args>`), as the bench runs it.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const childScript = fileURLToPath(new URL('./child.ts', import.meta.url))

/**
 * Runs child.ts in a fresh process: the JSON object it prints last. `bundled` is child.ts bundled to .js
 * (the smoke test's, scripts/unit-host.ts), run by plain node; without it, the source runs through tsx.
 */
export async function child(mode: string, args: string[], bundled?: string): Promise<Record<string, number>> {
  const script = bundled ? [bundled] : ['--import', 'tsx', childScript]
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--expose-gc', ...script, mode, ...args], {
    maxBuffer: 1 << 20,
    env: { ...process.env, NODE_OPTIONS: '' },
  })
  if (process.env.BENCH_TASKS) process.stderr.write(stderr) // the child's list of long tasks
  return JSON.parse(stdout.trim().split('\n').pop() as string) as Record<string, number>
}
