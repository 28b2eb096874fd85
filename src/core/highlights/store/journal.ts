// The highlights journal: `highlights.json.journal` beside the store, one line per saved change (the
// highlights put or deleted, the stance list when it changed). A save appends one line instead of
// rewriting 5 MB; the store file is rewritten (compacted) only now and then. The journal's first line
// names the store file it continues (`gen`, also written in that file), so a journal left behind by a
// compaction that was cut short is never applied to a file it does not belong to.
import { closeSync, openSync, readSync, fstatSync } from 'node:fs'
import type { Highlight } from '../../../shared/types'
import type { StoreData } from './schema'

export interface Change {
  put: Highlight[]
  del: string[]
  stances?: string[]
}

export const journalPath = (store: string) => `${store}.journal`

export const headerLine = (gen: string) => `${JSON.stringify({ journalFor: gen })}\n`

export const changeLine = (change: Change) => `${JSON.stringify(change)}\n`

/**
 * What turns `before` into `after`, or null when applying puts and deletes would not give the same
 * order (the caller then rewrites the whole file). Highlights are never changed in place, so an
 * unchanged one is the same object; a save that appends one highlight is found in one pass.
 */
export function diffStores(before: StoreData, after: StoreData): Change | null {
  const b = before.highlights
  const a = after.highlights
  const change: Change = { put: [], del: [] }
  if (before.stances !== after.stances && JSON.stringify(before.stances) !== JSON.stringify(after.stances))
    change.stances = after.stances
  let same = 0
  while (same < b.length && same < a.length && a[same] === b[same]) same++
  if (same === b.length) {
    change.put = a.slice(same)
    return change
  }
  const afterIds = new Map(a.map((h) => [h.id, h]))
  const beforeIds = new Set(b.map((h) => h.id))
  for (const h of b) {
    const now = afterIds.get(h.id)
    if (!now) change.del.push(h.id)
    else if (now !== h) change.put.push(now)
  }
  for (const h of a) if (!beforeIds.has(h.id)) change.put.push(h)
  const replayed = applyChange(before, change)
  if (replayed.highlights.length !== a.length || replayed.highlights.some((h, i) => h !== a[i])) return null
  return change
}

/** `data` with the change applied: a put replaces the highlight with its id in place or is added at the end. */
export function applyChange(data: StoreData, change: Change): StoreData {
  const puts = new Map(change.put.map((h) => [h.id, h]))
  const dels = new Set(change.del)
  const highlights: Highlight[] = []
  for (const h of data.highlights) {
    if (dels.has(h.id)) continue
    const put = puts.get(h.id)
    highlights.push(put ?? h)
    if (put) puts.delete(h.id)
  }
  for (const h of puts.values()) if (!dels.has(h.id)) highlights.push(h)
  return { ...data, highlights, stances: change.stances ?? data.stances }
}

export interface JournalRead {
  /** The journal's file identity and where its last whole line ends. */
  ino: number
  end: number
  /** Its header names another store file (left by a compaction cut short), or it has none. */
  stale: boolean
  changes: Change[]
  /** Whole lines that were not a change (damage inside the journal). */
  unreadable: number
}

const isChange = (v: unknown): v is Change =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as Change).put) &&
  Array.isArray((v as Change).del) &&
  ((v as Change).stances === undefined || Array.isArray((v as Change).stances))

/**
 * The journal's whole lines from byte `from` (0: from its header, which must name `gen`). A last line
 * without its newline is a write still going on or cut short: left for later, never applied.
 */
export function readJournal(path: string, gen: string | null, from = 0): JournalRead | null {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    const { size, ino } = fstatSync(fd)
    const bytes = Buffer.alloc(Math.max(0, size - from))
    let got = 0
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, from + got)
      if (n === 0) break
      got += n
    }
    const whole = bytes.lastIndexOf(10, got - 1) + 1
    const lines = bytes.toString('utf8', 0, whole).split('\n').slice(0, -1)
    const read: JournalRead = { ino, end: from + whole, stale: false, changes: [], unreadable: 0 }
    if (from === 0) {
      const header = lines.shift()
      let named: unknown
      try {
        named = header === undefined ? undefined : (JSON.parse(header) as { journalFor?: unknown }).journalFor
      } catch {
        named = undefined
      }
      if (named === undefined || named !== gen) return { ...read, stale: true }
    }
    for (const line of lines) {
      try {
        const value: unknown = JSON.parse(line)
        if (isChange(value)) read.changes.push(value)
        else read.unreadable++
      } catch {
        read.unreadable++
      }
    }
    return read
  } finally {
    closeSync(fd)
  }
}
