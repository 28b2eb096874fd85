import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/browser'

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // bundles the browser host once (e2e/host-bundle.ts)
  globalSetup: './e2e/host-bundle.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? '.reports/playwright.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
})
