import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { speakerSourcesHash } from './src/core/speakers/rules'

export default defineConfig({
  main: {
    // names the speaker rules in the bundle, where their sources cannot be read (src/core/speakers/rules.ts)
    define: { __SPEAKER_SOURCES__: JSON.stringify(speakerSourcesHash(resolve('src/core/speakers'))) },
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          // the search index build runs in a worker thread (src/core/search/index-build.ts finds it by this name)
          'index-worker': resolve('src/core/search/worker.ts'),
          // imports run in a worker thread too (src/core/library/import-run.ts finds it by this name)
          'import-worker': resolve('src/core/library/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        // sandboxed preloads cannot load ES modules
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    plugins: [svelte()],
  },
})
