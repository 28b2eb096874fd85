import { globSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { REUTERS_FILE, sharedDataMissing } from './src/core/testing/test-paths'
import { filesNeedingSharedData } from './scripts/shared-data-tests'

/** Tests whose answers must not depend on the machine's time zone run again under two that are not UTC. */
const ZONE_TESTS = ['src/shared/dates.test.ts', 'src/renderer/src/lib/dates.test.ts']
const UNIT_TESTS = ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts']

/** Without ../shared the tests that read it are left out, each said in one line; the rest still run. */
function withoutSharedData(): string[] {
  const missing = sharedDataMissing()
  if (!missing) return []
  const root = import.meta.dirname
  const files = UNIT_TESTS.flatMap((pattern) => globSync(pattern, { cwd: root }))
  const needing = filesNeedingSharedData(files.map((file) => resolve(root, file)))
  const lines = needing.map((file) => `skipped ${file.slice(root.length + 1)}: ${missing}`)
  for (const line of lines) console.warn(line)
  // npm test counts each left-out file as one skipped test in its total
  mkdirSync(resolve(root, '.reports'), { recursive: true })
  writeFileSync(resolve(root, '.reports/unit-skipped-files.txt'), lines.join('\n') + '\n')
  return needing
}

export default defineConfig({
  test: {
    environment: 'node',
    // generous: under load (2 cores shared with builds) a CLI spawn or an index build takes many times its usual time
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    exclude: ['**/node_modules/**', ...withoutSharedData()],
    // for tests that may not import src/core (the renderer's): the one Reuters path
    provide: { REUTERS_FILE },
    projects: [
      {
        extends: true,
        // bundles the CLI, the browser host and the worker scripts once for the tests that start them
        test: {
          name: 'unit',
          include: UNIT_TESTS,
          globalSetup: './scripts/unit-host.ts',
          setupFiles: './scripts/unit-workers.ts',
        },
      },
      ...['Asia/Tokyo', 'America/Los_Angeles'].map((timeZone) => ({
        extends: true,
        test: { name: timeZone, include: ZONE_TESTS, env: { TZ: timeZone }, provide: { timeZone } },
      })),
    ],
  },
})
