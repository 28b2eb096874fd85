// Where the app keeps the user's data, computed as Electron computes app.getPath('userData'),
// so the CLI, the browser host and the app see the same store without importing Electron.
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const APP_NAME = 'Stance Reader'

/** `STANCE_USER_DATA` overrides (tests give each run a fresh folder). */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.STANCE_USER_DATA) return resolve(env.STANCE_USER_DATA)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}

/** The read-only corpus that ships with the app. */
export function bundledCorpusDir(appRoot = process.cwd()): string {
  return resolve(appRoot, 'corpus')
}

export const storePaths = (dir: string) => ({
  highlights: join(dir, 'highlights.json'),
  config: join(dir, 'config.json'),
  library: join(dir, 'library'),
  indexCache: join(dir, 'index-cache'),
})
