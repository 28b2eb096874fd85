// Playwright's globalSetup: the browser host and the CLI bundled once per run (scripts/host-bundle.ts).
// Not under out/: electron-builder packages all of out/ and Electronegativity scans it.
import { resolve } from 'node:path'
import { bundleHost } from '../scripts/host-bundle'

const outDir = resolve('.e2e-host')

export const HOST_BUNDLE = resolve(outDir, 'main.js')
export const CLI_BUNDLE = resolve(outDir, 'cli.js')

export default async function bundleE2eHost(): Promise<void> {
  await bundleHost(outDir)
}
