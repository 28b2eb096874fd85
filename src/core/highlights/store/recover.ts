// What to do with a store file that cannot be used as it is: copy it aside byte for byte, tell the
// user where the copy is, and go on with what could be read. Nothing is cleared without a backup.
import { constants, copyFileSync, readdirSync, readFileSync, unlinkSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type { Notice } from '../../../shared/types'
import { emptyStore, parseStore, SCHEMA_VERSION, type StoreData } from './schema'

export interface Recovered {
  data: StoreData
  /** The backend must write `data` (salvaged or migrated) over the file. */
  rewrite: boolean
  notice?: Notice
  backupPath?: string
  upgradedFrom?: number
}

/** Read and check the file; back it up first if it is damaged, newer, or about to be migrated. */
export function recoverUnreadable(path: string, now: Date): Recovered {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { data: emptyStore(), rewrite: false }
    throw new Error(`Cannot read the highlights store ${path}: ${(error as Error).message}`, { cause: error })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return startFresh(path, now, `it is not valid JSON (${(error as Error).message})`)
  }
  const parsed = parseStore(json)
  if (!parsed.ok) return startFresh(path, now, parsed.reason)
  if (parsed.dropped > 0) {
    const backupPath = backup(path, 'corrupt', now)
    const kept = parsed.data.highlights.length
    return {
      data: parsed.data,
      rewrite: true,
      backupPath,
      notice: {
        id: `store-partial-${stamp(now)}`,
        level: 'warning',
        message: `${parsed.dropped} of ${parsed.total} highlights in ${path} could not be read and were left out; the other ${kept} are kept. The file as it was is copied to ${backupPath}.`,
      },
    }
  }
  if (parsed.fromVersion < SCHEMA_VERSION) {
    const backupPath = backup(path, `v${parsed.fromVersion}`, now)
    return { data: parsed.data, rewrite: true, backupPath, upgradedFrom: parsed.fromVersion }
  }
  return { data: parsed.data, rewrite: false }
}

function startFresh(path: string, now: Date, reason: string): Recovered {
  const backupPath = backup(path, 'corrupt', now)
  // The backend refuses to open a file it cannot parse; the copy above holds every byte of it.
  unlinkSync(path)
  return {
    data: emptyStore(),
    rewrite: false,
    backupPath,
    notice: {
      id: `store-corrupt-${stamp(now)}`,
      level: 'warning',
      message: `Your highlights file ${path} could not be read: ${reason}. It was copied unchanged to ${backupPath}, and a new, empty highlights store was started. Nothing was deleted: the copy holds everything the file held.`,
    },
  }
}

export function upgradeNotice(path: string, from: number, backupPath: string | undefined): Notice {
  return {
    id: `store-upgraded-${from}-${SCHEMA_VERSION}`,
    level: 'info',
    message: `Your highlights in ${path} were upgraded from format ${from} to ${SCHEMA_VERSION}; the file as it was is kept at ${backupPath ?? 'nowhere (copy failed)'}.`,
  }
}

/** `highlights.corrupt-2025-01-24T10-22-33-123Z.json` beside the store; never overwrites an earlier copy. */
function backup(path: string, kind: string, now: Date): string {
  const extension = extname(path) || '.json'
  const base = join(dirname(path), `${basename(path, extname(path))}.${kind}-${stamp(now)}`)
  for (let n = 0; ; n++) {
    const candidate = `${base}${n ? `-${n}` : ''}${extension}`
    try {
      copyFileSync(path, candidate, constants.COPYFILE_EXCL)
      return candidate
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-')

/** Temp files of writes that were killed before their rename; only safe to remove under the lock. */
export function removeLeftoverTempFiles(path: string): void {
  const name = basename(path)
  let entries: string[]
  try {
    entries = readdirSync(dirname(path))
  } catch {
    return
  }
  for (const entry of entries) {
    if (entry.startsWith(`${name}.tmp-`)) {
      try {
        unlinkSync(join(dirname(path), entry))
      } catch {
        // Gone already.
      }
    }
  }
}
