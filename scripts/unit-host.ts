// Vitest's globalSetup for the unit project: the CLI and the browser host bundled fresh from this checkout
// (scripts/host-bundle.ts), so tests that start them as users do spawn `node cli.js`, not tsx each time.
// Tests read the paths with hostBundle() (src/core/testing/host-bundle.ts).
// A folder per run, so two runs in one checkout never overwrite each other's bundle mid-test; two levels down,
// as src/cli/ is, so the CLI finds the repo's corpus/ from its own path as it does from source (cli/corpus.ts).
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { isAlive } from '../src/core/fs/lock'
import { bundleHost } from './host-bundle'

const root = fileURLToPath(new URL('../.test-host', import.meta.url))

/** Folders of runs killed before their teardown removed them. */
async function removeLeftovers(): Promise<void> {
  for (const name of await readdir(root).catch(() => [])) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1])
    if (pid && !isAlive(pid)) await rm(join(root, name), { recursive: true, force: true })
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await removeLeftovers()
  const outDir = join(root, `run-${process.pid}`)
  project.provide('hostBundle' as never, (await bundleHost(outDir)) as never)
  // in watch mode, built again before each rerun, so an edit to the CLI is what the rerun tests
  project.onTestsRerun(async () => void (await bundleHost(outDir)))
  return () => rm(outDir, { recursive: true, force: true })
}
