// What is said and kept when a highlights file cannot be used as it is: a byte-for-byte copy beside it
// (one per damage: a copy with the same bytes is not made twice), and one notice naming the copy.
import { constants, copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type { Notice } from '../../../shared/types'
import { SCHEMA_VERSION } from './schema'

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-')

/**
 * `highlights.corrupt-2025-01-24T10-22-33-123Z.json` beside the store; never overwrites an earlier copy,
 * and returns an earlier copy of the same kind holding the same bytes instead of making another.
 */
export function backup(path: string, kind: string, now: Date): string {
  const extension = extname(path) || '.json'
  const stem = `${basename(path, extname(path))}.${kind}-`
  const folder = dirname(path)
  const bytes = readFileSync(path)
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(stem) || !name.endsWith(extension)) continue
    const other = join(folder, name)
    if (statSync(other).size === bytes.length && readFileSync(other).equals(bytes)) return other
  }
  const base = join(folder, `${stem}${stamp(now)}`)
  for (let n = 0; ; n++) {
    const candidate = `${base}${n ? `-${n}` : ''}${extension}`
    try {
      copyFileSync(path, candidate, constants.COPYFILE_EXCL)
      return candidate
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      // A copy cut short (a full disk) is no copy: the name was ours (COPYFILE_EXCL), so it goes.
      rmSync(candidate, { force: true })
      throw error
    }
  }
}

export function damagedNotice(path: string, reason: string, recovered: number, copy: string, now: Date): Notice {
  return {
    id: `store-corrupt-${stamp(now)}`,
    level: 'warning',
    message: `Your highlights file ${path} was damaged (${reason}): ${recovered} highlights were recovered and kept; the damaged file is copied unchanged to ${copy}.`,
  }
}

export function partialNotice(
  path: string,
  file: { dropped: number; total: number; data: { highlights: unknown[] } },
  copy: string,
  now: Date,
): Notice {
  return {
    id: `store-partial-${stamp(now)}`,
    level: 'warning',
    message: `${file.dropped} of ${file.total} highlights in ${path} could not be read and were left out; the other ${file.data.highlights.length} are kept. The file as it was is copied to ${copy}.`,
  }
}

export function upgradeNotice(path: string, from: number, copy: string | undefined): Notice {
  return {
    id: `store-upgraded-${from}-${SCHEMA_VERSION}`,
    level: 'info',
    message: `Your highlights in ${path} were upgraded from format ${from} to ${SCHEMA_VERSION}; the file as it was is kept at ${copy ?? 'nowhere (copy failed)'}.`,
  }
}

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
    if (entry.startsWith(`${name}.tmp-`) || entry.startsWith(`${name}.journal.tmp-`)) {
      try {
        unlinkSync(join(dirname(path), entry))
      } catch {
        // Gone already.
      }
    }
  }
}

export function journalNotice(journal: string, damaged: number, copy: string, now: Date): Notice {
  return {
    id: `store-journal-corrupt-${stamp(now)}`,
    level: 'warning',
    message: `The journal of your highlights ${journal} was damaged: ${damaged} saved changes could not be read and were left out; every other change is kept. The journal as it was is copied to ${copy}.`,
  }
}

/**
 * Copies of a file of an older format, and of its journal when it holds changes, made before the file
 * is rewritten in this version's format; `undo` removes them when that rewrite fails (the file is then
 * still what its copy holds).
 */
export function keepOldFormat(path: string, journal: string | null, format: number, now: Date) {
  const journalCopy = journal && existsSync(journal) ? backup(journal, `v${format}`, now) : undefined
  const copy = backup(path, `v${format}`, now)
  const undo = () => [copy, journalCopy].forEach((made) => made && rmSync(made, { force: true }))
  return { copy, undo }
}
