import { defineConfig } from 'vitest/config'

/** Tests whose answers must not depend on the machine's time zone run again under two that are not UTC. */
const ZONE_TESTS = ['src/shared/dates.test.ts', 'src/renderer/src/lib/dates.test.ts']

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'] },
      },
      ...['Asia/Tokyo', 'America/Los_Angeles'].map((timeZone) => ({
        extends: true,
        test: { name: timeZone, include: ZONE_TESTS, env: { TZ: timeZone }, provide: { timeZone } },
      })),
    ],
  },
})
