// `npm start` (after `electron-vite build`): runs the built app in Electron.
// Where the Electron binary could not be installed, says so instead of failing obscurely.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

let binary
try {
  binary = createRequire(import.meta.url)('electron')
} catch (error) {
  binary = undefined
  process.stderr.write(`${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`)
}
if (typeof binary !== 'string' || !existsSync(binary)) {
  process.stderr.write(
    'The Electron binary is not installed, so the app cannot start here.\n' +
      'Reinstall it (`node node_modules/electron/install.js` with network access), or use the browser host: `npm run serve`.\n',
  )
  process.exit(1)
}
const app = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal))
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
