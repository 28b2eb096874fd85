// Vitest's globalSetup for the unit project: the CLI and the browser host bundled fresh from this checkout
// (scripts/host-bundle.ts), so tests that start them as users do spawn `node cli.js`, not tsx each time.
// Tests read the paths with hostBundle() (src/core/testing/host-bundle.ts).
// A folder per run, so two runs in one checkout never overwrite each other's bundle mid-test; two levels down,
// as src/cli/ is, so the CLI finds the repo's corpus/ from its own path as it does from source (cli/corpus.ts).
import { rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { bundleHost } from './host-bundle'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = fileURLToPath(new URL(`../.test-host/run-${process.pid}`, import.meta.url))
  project.provide('hostBundle' as never, (await bundleHost(outDir)) as never)
  // in watch mode, built again before each rerun, so an edit to the CLI is what the rerun tests
  project.onTestsRerun(async () => void (await bundleHost(outDir)))
  return () => rm(outDir, { recursive: true, force: true })
}
