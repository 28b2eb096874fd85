// The highlights journal: `highlights.json.journal` beside the store, one line per saved change (the
// highlights put or deleted, the stance list when it changed). A save appends one line instead of
// rewriting 5 MB; the store file is rewritten (compacted) only now and then. The journal's first line
// names the store file it continues (`gen`, also written in that file), so a journal left behind by a
// compaction that was cut short is never applied to a file it does not belong to.
//
// Every line is `<crc32 of the JSON, 8 hex digits> <JSON>\n`. A last line without its newline is a
// write cut short (never acknowledged: a failed append is cut back, so only a killed writer leaves one)
// and is left out; a whole line whose checksum or JSON does not hold is damage, counted so the store
// can back the journal up and say so. Journals written before the checksum (store format 1) have plain
// JSON lines and a plain header; they are still read, once, to be folded into a format 2 file.
import { closeSync, openSync, readSync, fstatSync } from 'node:fs'
import { crc32 } from 'node:zlib'
import type { Highlight } from '../../../shared/types'
import { parseStore, SCHEMA_VERSION, type StoreData } from './schema'

export interface Change {
  put: Highlight[]
  del: string[]
  stances?: string[]
}

export const journalPath = (store: string) => `${store}.journal`

const sealed = (json: string) => `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`

export const headerLine = (gen: string) => sealed(JSON.stringify({ journalFor: gen }))

export const changeLine = (change: Change) => sealed(JSON.stringify(change))

/** The JSON of a sealed line, or null when its checksum does not hold. */
function unseal(line: string): string | null {
  if (line.length < 10 || line[8] !== ' ' || !/^[0-9a-f]{8}$/.test(line.slice(0, 8))) return null
  const json = line.slice(9)
  return crc32(json) === Number.parseInt(line.slice(0, 8), 16) ? json : null
}

/**
 * What turns `before` into `after`, or null when applying puts and deletes would not give the same
 * order (the caller then rewrites the whole file). Highlights are never changed in place, so an
 * unchanged one is the same object: the leading and trailing runs of the same objects are skipped by
 * identity, and only what lies between is compared by id (one highlight, for an add, edit or delete).
 */
export function diffStores(before: StoreData, after: StoreData): Change | null {
  const b = before.highlights
  const a = after.highlights
  const change: Change = { put: [], del: [] }
  if (before.stances !== after.stances && JSON.stringify(before.stances) !== JSON.stringify(after.stances))
    change.stances = after.stances
  let head = 0
  while (head < b.length && head < a.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < b.length - head && tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const was = b.slice(head, b.length - tail)
  const now = a.slice(head, a.length - tail)
  const nowIds = new Map(now.map((h) => [h.id, h]))
  const wasIds = new Set(was.map((h) => h.id))
  for (const h of was) {
    const next = nowIds.get(h.id)
    if (!next) change.del.push(h.id)
    else if (next !== h) change.put.push(next)
  }
  const added = now.filter((h) => !wasIds.has(h.id))
  // New highlights are replayed at the very end: only right if nothing unchanged follows them.
  if (added.length > 0 && tail > 0) return null
  change.put.push(...added)
  const kept = was.filter((h) => nowIds.has(h.id)).map((h) => nowIds.get(h.id) as Highlight)
  const replayed = [...kept, ...added]
  if (replayed.length !== now.length || replayed.some((h, i) => h !== now[i])) return null
  return change
}

/** `data` with the changes applied in order: a put replaces the highlight with its id in place or is added at the end. */
export function applyChanges(data: StoreData, changes: readonly Change[]): StoreData {
  if (changes.length === 0) return data
  // A Map keeps insertion order: set on a present id keeps its place, a new id goes last.
  const byId = new Map(data.highlights.map((h) => [h.id, h]))
  let stances = data.stances
  for (const change of changes) {
    const dels = new Set(change.del)
    for (const h of change.put) if (!dels.has(h.id)) byId.set(h.id, h)
    for (const id of change.del) byId.delete(id)
    stances = change.stances ?? stances
  }
  return { ...data, highlights: [...byId.values()], stances }
}

export interface JournalRead {
  /** The journal's file identity and where its last whole line ends. */
  ino: number
  end: number
  /** Its header names another store file (left by a compaction cut short). */
  stale: boolean
  changes: Change[]
  /** Whole lines that could not be used (a checksum, JSON or highlight that does not hold; a header that cannot be read). */
  damaged: number
  /** Format 1: lines without checksums, written before the store's format 2. */
  legacy: boolean
}

const isChange = (v: unknown): v is Change =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as Change).put) &&
  Array.isArray((v as Change).del) &&
  (v as Change).del.every((id) => typeof id === 'string') &&
  ((v as Change).stances === undefined || (v as Change).stances!.every((s) => typeof s === 'string'))

/** The change a line holds with every highlight checked as one read from the file is, or null. */
function readChange(json: string | null): Change | null {
  if (json === null) return null
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return null
  }
  if (!isChange(value)) return null
  const puts = parseStore({ schemaVersion: SCHEMA_VERSION, highlights: value.put })
  if (!puts.ok || puts.dropped > 0) return null
  return { put: puts.data.highlights, del: value.del, ...(value.stances ? { stances: value.stances } : {}) }
}

function readBytes(fd: number, from: number, size: number): Buffer {
  const bytes = Buffer.alloc(Math.max(0, size - from))
  let got = 0
  while (got < bytes.length) {
    const n = readSync(fd, bytes, got, bytes.length - got, from + got)
    if (n === 0) break
    got += n
  }
  return bytes.subarray(0, got)
}

/**
 * The journal's whole lines from byte `from` (0: from its header, which must name `gen`); `legacy` says
 * how lines after `from` are written. A last line without its newline is left for later, never applied.
 */
export function readJournal(path: string, gen: string | null, from = 0, legacy = false): JournalRead | null {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    const { size, ino } = fstatSync(fd)
    const bytes = readBytes(fd, from, size)
    const whole = bytes.lastIndexOf(10) + 1
    const lines = bytes.toString('utf8', 0, whole).split('\n').slice(0, -1)
    const read: JournalRead = { ino, end: from + whole, stale: false, changes: [], damaged: 0, legacy }
    if (from === 0 && lines.length > 0) {
      const header = lines.shift() as string
      read.legacy = header.startsWith('{')
      const named = headerGen(read.legacy ? header : unseal(header))
      if (named === null) return { ...read, damaged: lines.length + 1 }
      if (named !== gen) return { ...read, stale: true }
    }
    for (const line of lines) {
      const change = readChange(read.legacy ? line : unseal(line))
      if (change) read.changes.push(change)
      else read.damaged++
    }
    return read
  } finally {
    closeSync(fd)
  }
}

function headerGen(json: string | null): string | null {
  try {
    const named = json === null ? undefined : (JSON.parse(json) as { journalFor?: unknown }).journalFor
    return typeof named === 'string' ? named : null
  } catch {
    return null
  }
}
