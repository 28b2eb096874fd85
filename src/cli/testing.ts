// The CLI as a user runs it, for its tests: a real process, in a folder of the test's own. It runs from the
// bundle scripts/unit-host.ts builds from this checkout at the start of the run (tsx per call was too slow).
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll } from 'vitest'
import { hostBundle } from '../core/testing/host-bundle'

const run = promisify(execFile)

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

// Never the real user data folder: saved topics or highlights there would change what tests see.
const isolatedUserData = join(tmpdir(), `stance-cli-test-${process.pid}`)

/** `cli <args>` run from `cwd`; a failing exit is returned with its output, not thrown. */
export async function runCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<CliRun> {
  const env = { ...process.env, STANCE_USER_DATA: isolatedUserData, ...options.env }
  try {
    const { stdout, stderr } = await run(process.execPath, [hostBundle().cli, ...args], { cwd: options.cwd, env })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

/** A fresh temporary folder for one test file, made before its tests and removed after them. */
export function tempFolder(prefix: string): () => string {
  let dir: string | undefined
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix))
  })
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })
  return () => {
    if (!dir) throw new Error('the temporary folder is made before the tests run')
    return dir
  }
}
