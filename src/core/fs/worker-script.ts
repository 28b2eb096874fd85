// Where a worker thread's script is: the bundled .js beside the app's main bundle, or the source .ts
// run through tsx (CLI, tests, browser host). The search index build and the import both start workers.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface WorkerScript {
  url: URL
  execArgv: string[]
}

/**
 * The first of `candidates` (names relative to `base`, the caller's import.meta.url, with the Node flags
 * each needs) that exists as a file. The names are resolved at run time so bundlers leave them alone.
 */
export function findWorkerScript(
  base: string,
  candidates: ReadonlyArray<readonly [name: string, execArgv: string[]]>,
): WorkerScript | null {
  for (const [name, execArgv] of candidates) {
    const url = new URL(name, base)
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return { url, execArgv }
  }
  return null
}
