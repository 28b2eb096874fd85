// `npm run serve [-- --port N] [--corpus DIR] [--user-data DIR] [--library DIR]`: the reader in a browser.
// Builds the renderer first when out/renderer is missing or older than its sources, then runs the host.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const built = 'out/renderer/index.html'

function newest(dir) {
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

const stale = !existsSync(built) || Math.max(newest('src/renderer'), newest('src/shared')) > statSync(built).mtimeMs
if (stale) {
  process.stderr.write('building the renderer (npx electron-vite build)…\n')
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

// tsx under the same Node that runs this script (Node 24 through npm).
const host = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/host/main.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal))
host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
