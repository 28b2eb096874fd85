// Playwright's globalSetup: the browser host and the CLI bundled once per run, so each test starts a plain
// `node main.js` instead of paying tsx's TypeScript transform (1.6–2.7 s) on every start.
// The worker scripts are bundled beside them under the names import-run.ts and index-build.ts look for.
// Not under out/: electron-builder packages all of out/ and Electronegativity scans it.
import { resolve } from 'node:path'
import { build } from 'esbuild'
import { speakerSourcesHash } from '../src/core/speakers/rules'

const outDir = resolve('.e2e-host')

export const HOST_BUNDLE = resolve(outDir, 'main.js')
export const CLI_BUNDLE = resolve(outDir, 'cli.js')

export default async function bundleHost(): Promise<void> {
  await build({
    entryPoints: {
      main: 'src/host/main.ts',
      cli: 'src/cli/index.ts',
      'index-worker': 'src/core/search/worker.ts',
      'import-worker': 'src/core/library/import-worker.ts',
    },
    outdir: outDir,
    bundle: true,
    // packages load from node_modules as they do under tsx
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'error',
    // as electron.vite.config.ts names the speaker rules in the app's bundle
    define: { __SPEAKER_SOURCES__: JSON.stringify(speakerSourcesHash(resolve('src/core/speakers'))) },
  })
}
