// `npm run serve [-- --port N] [--corpus DIR] [--user-data DIR] [--library DIR]`: the reader in a browser.
// Prints exactly one line, `Stance Reader: http://127.0.0.1:<port>/?token=<token>`, which the e2e
// fixture reads; everything else goes to stderr.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { bundledCorpusDir, storePaths, userDataDir } from '../core/fs/paths'
import { openWorkspace } from '../core/workspace/open-workspace'
import { createHandlers } from '../backend/handlers'
import { hostPlatform } from './platform'
import { startHost } from './server'
import { errorMessage } from '../shared/errors'

const USAGE = 'serve [--port N] [--corpus DIR] [--user-data DIR] [--library DIR] [--renderer DIR]'

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string', default: '0' },
      corpus: { type: 'string' },
      'user-data': { type: 'string' },
      library: { type: 'string' },
      renderer: { type: 'string' },
    },
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0..65535, not "${values.port}"`)
  const rendererDir = resolve(values.renderer ?? 'out/renderer')
  if (!existsSync(resolve(rendererDir, 'index.html'))) {
    throw new Error(`no built renderer at ${rendererDir}: run \`npm run build\` first (npm run serve does it for you)`)
  }
  const dataDir = values['user-data'] ? resolve(values['user-data']) : userDataDir()
  const libraryDir = values.library ? resolve(values.library) : undefined
  const workspace = await openWorkspace({
    corpusDir: values.corpus ?? bundledCorpusDir(),
    userDataDir: dataDir,
    ...(libraryDir ? { libraryDir } : {}),
  })
  const host = await startHost({ handlers: createHandlers(workspace, hostPlatform), rendererDir, port })
  process.stdout.write(`Stance Reader: ${host.url}\n`)
  process.stderr.write(`user data: ${dataDir}\nlibrary: ${libraryDir ?? storePaths(dataDir).library}\n`)

  const stop = () => {
    void host
      .close()
      .then(() => workspace.dispose())
      .finally(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`error: ${errorMessage(error)}\nusage: ${USAGE}\n`)
  process.exit(1)
})
