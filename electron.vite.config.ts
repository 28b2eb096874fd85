import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'

export default defineConfig({
  main: {
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
