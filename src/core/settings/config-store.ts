// config.json (topics and settings), written by the app, the browser host and read by the CLI, possibly
// at the same time. Every change runs under the same lock file the highlights store uses and re-reads
// the file under it, so one process never writes back a stale copy over another's topic.
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import type { Notice, Topic } from '../../shared/types'
import { backendOptions, type BackendFactory, type StoreBackend } from '../highlights/store/backend'
import { withLock, type LockOptions } from '../fs/lock'
import { routeWrites } from '../fs/routed-backend'
import { TopicStore } from '../topics'
import type { KeyValueStore } from './key-value-store'
import { errorMessage } from '../../shared/errors'

export interface ConfigStore extends KeyValueStore {
  /** Runs `change` holding the lock: its reads see the file as it is now, its writes land before release. */
  update<T>(change: () => T): T
  readonly path: string
}

/** Opens config.json; an unreadable file is copied aside (a notice says where) and started afresh. */
export function openConfig(
  path: string,
  makeConfStore: BackendFactory,
  notices: Notice[],
  lock: LockOptions = {},
): ConfigStore {
  // Read by conf/electron-store, written through our write path (fs/routed-backend says why).
  const makeStore = routeWrites(makeConfStore)
  const options = backendOptions(path, { serialize: (v) => `${JSON.stringify(v, null, 2)}\n`, deserialize: JSON.parse })
  let backend: StoreBackend
  try {
    backend = withLock(path, () => makeStore(options), lock)
  } catch (error) {
    const backup = path.replace(/\.json$/, `.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
    backend = withLock(
      path,
      () => {
        if (existsSync(path)) copyFileSync(path, backup)
        // Overwrite the damage once, then read the file normally again.
        makeStore({ ...options, deserialize: () => ({}) }).store = {}
        return makeStore(options)
      },
      lock,
    )
    notices.push({
      id: 'config-corrupt',
      level: 'warning',
      message: `Your settings and topics file ${path} could not be read (${errorMessage(error)}). A copy was kept at ${backup}; starting with defaults.`,
    })
  }
  const store = backend
  let depth = 0
  const update = <T>(change: () => T): T => {
    // Re-entrant: a `set` inside `update` is already under the lock.
    if (depth > 0) return change()
    return withLock(
      path,
      () => {
        depth++
        try {
          return change()
        } finally {
          depth--
        }
      },
      lock,
    )
  }
  return {
    path,
    update,
    // conf and electron-store read the file on every access of `.store`, so a read sees other processes' writes.
    get: (key) => store.store[key],
    set: (key, value) => update(() => (store.store = { ...store.store, [key]: value })),
  }
}

/**
 * The topics (presets and the user's own) as config.json holds them, read only: for the CLI, which must
 * never rewrite the app's file. Writes are atomic renames, so a plain read sees a whole file.
 * `problems` says why the user's topics could not all be read (a missing file is not a problem).
 */
export function readSavedTopics(path: string): { topics: Topic[]; problems: string[] } {
  let data: Record<string, unknown> = {}
  const problems: string[] = []
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      data = parsed as Record<string, unknown>
    else problems.push(`${path} does not hold an object; only the preset topics are available`)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      problems.push(`${path} could not be read (${errorMessage(error)}); only the preset topics are available`)
    }
  }
  const store = new TopicStore({
    get: (key) => data[key],
    set: () => {
      throw new Error('saved topics are read only here')
    },
  })
  const topics = store.list()
  return { topics, problems: [...problems, ...store.problems.map((p) => `${path}: ${p}`)] }
}
