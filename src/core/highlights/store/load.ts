// What a highlights file on disk is, before anything is done about it: absent, whole (of this schema
// or an older one), written by a newer version, or damaged, with whatever of it can still be read.
// Deciding what to do (back up, rewrite, open read only) is the store's; this only reads.
import { readFileSync, statSync } from 'node:fs'
import { salvageStore } from './salvage'
import { emptyStore, parseStore, SCHEMA_VERSION, type StoreData } from './schema'

export type StoreFile =
  | { kind: 'missing' }
  | { kind: 'whole'; data: StoreData; gen: string | null; fromVersion: number; dropped: number; total: number }
  | { kind: 'newer'; version: number; reason: string; data: StoreData }
  | { kind: 'damaged'; reason: string; data: StoreData; gen: string | null; total: number | undefined }

const genOf = (json: unknown): string | null => {
  const gen = (json as { journal?: unknown } | null)?.journal
  return typeof gen === 'string' ? gen : null
}

export function newerReason(version: number): string {
  return `it was written by a newer version of Stance Reader (highlights format ${version}; this version reads up to ${SCHEMA_VERSION}), so it is opened read only and left unchanged: update Stance Reader to change highlights`
}

/** The highlights a newer version's file holds that this version can read, for showing only. */
function readableOfNewer(json: unknown): StoreData {
  const asCurrent = parseStore({ ...(json as object), schemaVersion: SCHEMA_VERSION })
  return asCurrent.ok ? asCurrent.data : emptyStore()
}

/** Reads and classifies the file at `path`; throws only when it cannot be read at all (EACCES, EISDIR...). */
export function loadStoreFile(path: string): StoreFile {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' }
    throw error
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const salvaged = salvageStore(text)
    if (salvaged.schemaVersion !== undefined && salvaged.schemaVersion > SCHEMA_VERSION)
      return {
        kind: 'newer',
        version: salvaged.schemaVersion,
        reason: newerReason(salvaged.schemaVersion),
        data: emptyStore(),
      }
    const looksCurrent = salvaged.highlights.some((h) => typeof (h as { quote?: unknown }).quote === 'string')
    const parsed = parseStore({
      schemaVersion: salvaged.schemaVersion ?? (looksCurrent ? SCHEMA_VERSION : undefined),
      highlights: salvaged.highlights,
      stances: salvaged.stances,
    })
    const gen = /"journal"\s*:\s*"([^"]*)"/.exec(text)?.[1] ?? null
    const cut = text.trim() === '' ? 'it is empty' : `it is not whole JSON (${(error as Error).message})`
    return { kind: 'damaged', reason: cut, data: parsed.ok ? parsed.data : emptyStore(), gen, total: undefined }
  }
  const declared = (json as { schemaVersion?: unknown } | null)?.schemaVersion
  if (typeof declared === 'number' && Number.isInteger(declared) && declared > SCHEMA_VERSION)
    return { kind: 'newer', version: declared, reason: newerReason(declared), data: readableOfNewer(json) }
  const parsed = parseStore(json)
  if (!parsed.ok) return { kind: 'damaged', reason: parsed.reason, data: emptyStore(), gen: null, total: undefined }
  return {
    kind: 'whole',
    data: parsed.data,
    gen: genOf(json),
    fromVersion: parsed.fromVersion,
    dropped: parsed.dropped,
    total: parsed.total,
  }
}

export function statOrNone(path: string): { ino: number; size: number } | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false })
  } catch {
    return undefined // ENOTDIR: no folder, so no file
  }
}

/** `data` plus the highlights of `known` it does not have. */
export function withKnown(data: StoreData, known: StoreData | null): StoreData {
  if (!known) return data
  const ids = new Set(data.highlights.map((h) => h.id))
  const extra = known.highlights.filter((h) => !ids.has(h.id))
  return extra.length ? { ...data, highlights: [...data.highlights, ...extra] } : data
}
