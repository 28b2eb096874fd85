// Where a worker thread's script is: the bundled .js beside the app's main bundle, or the source .ts
// run through tsx (CLI, tests, browser host). The search index build and the import both start workers.
import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export interface WorkerScript {
  url: URL
  execArgv: string[]
}

/**
 * The first of `candidates` (names relative to `base`, the caller's import.meta.url, with the Node flags
 * each needs) that exists as a file. The names are resolved at run time so bundlers leave them alone.
 */
/**
 * `--import tsx` names the loader by package, which Node resolves from the working directory: run from
 * another folder (the CLI from a user's folder), the worker would fail. Resolved from here, it is found.
 */
function withLoader(arg: string, i: number, args: readonly string[]): string {
  if (arg !== 'tsx' || args[i - 1] !== '--import') return arg
  try {
    return import.meta.resolve('tsx')
  } catch {
    return arg
  }
}

/**
 * Set by the unit tests only (scripts/unit-workers.ts): a folder with this checkout's worker scripts bundled
 * for the run, looked in first for the bundled names, so that no worker thread in a test pays tsx's transform.
 */
export const TEST_WORKERS_ENV = 'STANCE_TEST_WORKERS'

export function findWorkerScript(
  base: string,
  candidates: ReadonlyArray<readonly [name: string, execArgv: string[]]>,
): WorkerScript | null {
  const testWorkers = process.env[TEST_WORKERS_ENV]
  if (testWorkers) {
    for (const [name, execArgv] of candidates) {
      const path = join(testWorkers, basename(name))
      if (execArgv.length === 0 && existsSync(path)) return { url: pathToFileURL(path), execArgv: [] }
    }
  }
  for (const [name, execArgv] of candidates) {
    const url = new URL(name, base)
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return { url, execArgv: execArgv.map(withLoader) }
  }
  return null
}
