// `npm start` (after `electron-vite build`): runs the built app in Electron.
// Where the Electron binary could not be installed, says so and serves the same UI to a browser.
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
    'The Electron binary is not installed, so the desktop window cannot open here\n' +
      '(reinstall it with `node node_modules/electron/install.js` where the network allows).\n' +
      'Starting the browser host instead: open the URL below in a browser on this machine.\n',
  )
  const host = spawn(process.execPath, ['scripts/serve.mjs', ...process.argv.slice(2)], { stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal))
  host.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
} else {
  runElectron(binary)
}

function runElectron(binary) {
  const app = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal))
  app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
