// The browser host, the CLI and their worker scripts bundled once with esbuild, so a test starts a plain
// `node cli.js` instead of paying tsx's TypeScript transform (1.6–2.7 s) on every start. Playwright's
// globalSetup (e2e/host-bundle.ts) and vitest's (scripts/unit-host.ts) both build it fresh for each run.
// The worker scripts sit beside them under the names import-run.ts and index-build.ts look for.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { speakerSourcesHash } from '../src/core/speakers/rules'

export interface HostBundle {
  /** src/host/main.ts, what `npm run serve` starts */
  host: string
  /** src/cli/index.ts */
  cli: string
  /** bench/child.ts, for the bench's smoke test (unit tests only; small enough to build for e2e too) */
  benchChild: string
}

const root = fileURLToPath(new URL('..', import.meta.url))

/** Bundles into `outDir`, which must sit inside the repo: packages stay external and load from its node_modules. */
export async function bundleHost(outDir: string): Promise<HostBundle> {
  await build({
    entryPoints: {
      main: 'src/host/main.ts',
      cli: 'src/cli/index.ts',
      'index-worker': 'src/core/search/worker.ts',
      'import-worker': 'src/core/library/import-worker.ts',
      'bench-child': 'bench/child.ts',
    },
    absWorkingDir: root,
    outdir: outDir,
    bundle: true,
    // packages load from node_modules as they do under tsx
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'error',
    // as electron.vite.config.ts names the speaker rules in the app's bundle
    define: { __SPEAKER_SOURCES__: JSON.stringify(speakerSourcesHash(resolve(root, 'src/core/speakers'))) },
  })
  return {
    host: resolve(outDir, 'main.js'),
    cli: resolve(outDir, 'cli.js'),
    benchChild: resolve(outDir, 'bench-child.js'),
  }
}
