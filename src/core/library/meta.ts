// The library's metadata file (library.json) as bytes on disk: its shape, how it is checked against the
// body store it indexes, and how it is rebuilt from that store when it cannot be trusted.
import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { ArticleSummary, Paragraph } from '../../shared/types'
import { parseJsonInSlices } from '../slices/json'
import { contentHash } from './records'
import { applyRemovalLine, removalLine } from './removal'

export const LIBRARY_SCHEMA = 1

export interface LibraryEntry extends ArticleSummary {
  /** Content hash (title, date, body): the same story imported twice has the same hash. */
  hash: string
  /** Byte range of its line in articles.jsonl. */
  offset: number
  length: number
  places?: string[]
  topics?: string[]
}

/** One line of the store. */
export interface StoredArticle extends Omit<LibraryEntry, 'offset' | 'length' | 'alsoFiledAs' | 'duplicateOf'> {
  body: string
  paragraphs: Paragraph[]
}

export interface MetaFile {
  schema: number
  articles: LibraryEntry[]
  groups: string[][]
  /** Articles removed by the user, kept until undone (removal.ts); absent when none. */
  removed?: LibraryEntry[]
  /** The library's content key (LibraryStore.contentKey) the groups were found over; absent if unknown. */
  groupsKey?: string
}

export const emptyMeta = (): MetaFile => ({ schema: LIBRARY_SCHEMA, articles: [], groups: [] })

const isEntry = (e: unknown): e is LibraryEntry => {
  const entry = e as Partial<LibraryEntry> | null
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.id === 'string' &&
    typeof entry.hash === 'string' &&
    Number.isInteger(entry.offset) &&
    Number.isInteger(entry.length)
  )
}

/** library.json's text, checked: right schema and shape, and every entry inside a store of `storeSize` bytes. */
export function parseMeta(text: string, storeSize: number): MetaFile {
  return checkMeta(JSON.parse(text), storeSize)
}

/**
 * library.json as read now without the lock, checked as parseMeta checks it, parsed in slices with turns
 * of the event loop between (6 MB for 21k articles). Metadata first, then the store's size: a writer
 * appends bodies before it renames the metadata in, so read in this order the store covers what it lists.
 */
export async function readMetaInSlices(files: { meta: string; store: string }): Promise<MetaFile> {
  const text = await readFile(files.meta, 'utf8')
  const size = (await statOrNull(files.store))?.size ?? 0
  return checkMeta(await parseJsonInSlices(text), size)
}

function checkMeta(json: unknown, storeSize: number): MetaFile {
  const meta = json as Partial<MetaFile> | null
  if (meta?.schema !== LIBRARY_SCHEMA) throw new Error(`schema ${String(meta?.schema)}, expected ${LIBRARY_SCHEMA}`)
  if (!Array.isArray(meta.articles) || !meta.articles.every(isEntry)) throw new Error('the article list is malformed')
  const removed = meta.removed ?? []
  if (!Array.isArray(removed) || !removed.every(isEntry)) throw new Error('the removed-article list is malformed')
  const end = [...meta.articles, ...removed].reduce((max, e) => Math.max(max, e.offset + e.length), 0)
  if (end > storeSize) throw new Error(`it lists bytes up to ${end} but the store holds ${storeSize}`)
  const groups = Array.isArray(meta.groups) ? meta.groups.filter((g) => Array.isArray(g)) : []
  const groupsKey = typeof meta.groupsKey === 'string' ? { groupsKey: meta.groupsKey } : {}
  return {
    schema: LIBRARY_SCHEMA,
    articles: meta.articles,
    groups,
    ...groupsKey,
    ...(removed.length ? { removed } : {}),
  }
}

/** What library.json holds for these entries (their group marks left out: the groups say them). */
export function metaFileOf(
  entries: readonly LibraryEntry[],
  groups: string[][],
  groupsKey: string | undefined,
  removed: LibraryEntry[],
): MetaFile {
  const articles = entries.map(({ alsoFiledAs: _a, duplicateOf: _d, ...entry }) => entry)
  const meta: MetaFile = { schema: LIBRARY_SCHEMA, articles, groups }
  if (groupsKey) meta.groupsKey = groupsKey
  if (removed.length) meta.removed = removed
  return meta
}

/**
 * Metadata from the store's bytes: the last whole, intact line for each id wins (its body checked against
 * its hash), removals and their undoing applied in order. `damaged` counts lines that are not an intact
 * article or removal (cut short by a crash, changed bytes).
 */
export function metaFromStore(bytes: Buffer): MetaFile & { damaged: number } {
  const articles = new Map<string, LibraryEntry>()
  const removed = new Map<string, LibraryEntry>()
  let damaged = 0
  let offset = 0
  while (offset < bytes.length) {
    let end = bytes.indexOf(10, offset)
    if (end < 0) end = bytes.length
    const line = bytes.toString('utf8', offset, end)
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch {
      parsed = undefined
    }
    const removal = removalLine(parsed)
    const stored = typeof (parsed as { id?: unknown } | undefined)?.id === 'string' ? storedLine(line, null) : null
    if (stored) {
      const { body: _body, paragraphs: _paragraphs, ...rest } = stored
      articles.set(stored.id, { ...rest, offset, length: end - offset })
      removed.delete(stored.id)
    } else if (removal) applyRemovalLine({ entries: articles, removed }, removal)
    else if (line.trim()) damaged++
    offset = end + 1
  }
  const gone = removed.size ? { removed: [...removed.values()] } : {}
  return { schema: LIBRARY_SCHEMA, articles: [...articles.values()], groups: [], damaged, ...gone }
}

/**
 * Names one version of a file: every write of library.json is a rename of a new file, so its inode
 * changes even when size and mtime (coarse on some file systems) do not. '' when there is no file.
 */
export const stampOf = (s: Stats | null): string => (s ? `${s.ino}:${s.size}:${s.mtimeMs}` : '')

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT'

export function statSyncOrNull(path: string): Stats | null {
  try {
    return statSync(path)
  } catch (error) {
    if (missing(error)) return null
    throw error
  }
}

export async function statOrNull(path: string): Promise<Stats | null> {
  return stat(path).catch((error: unknown) => {
    if (missing(error)) return null
    throw error
  })
}

/**
 * The article a stored line holds, if it is whole and the one the entry names (same id and hash), and its
 * body is the text its hash was made of: one changed byte in a body is caught here, not served.
 * `entry` null: any intact article.
 */
export function storedLine(line: string, entry: Pick<LibraryEntry, 'id' | 'hash'> | null): StoredArticle | null {
  try {
    const stored = JSON.parse(line) as StoredArticle
    if (entry && (stored.id !== entry.id || stored.hash !== entry.hash)) return null
    if (typeof stored.id !== 'string' || typeof stored.body !== 'string' || !Array.isArray(stored.paragraphs))
      return null
    if (contentHash(stored) !== stored.hash) return null
    return stored
  } catch {
    return null
  }
}

const summaryKeys = [
  'id',
  'title',
  'source',
  'date',
  'dateline',
  'language',
  'dateBasis',
  'origin',
  'author',
  'url',
  'paragraphCount',
] as const

export function summaryOf(entry: LibraryEntry): ArticleSummary {
  const summary: Record<string, unknown> = {}
  for (const key of summaryKeys) if (entry[key] !== undefined) summary[key] = entry[key]
  if (entry.alsoFiledAs) summary.alsoFiledAs = entry.alsoFiledAs
  if (entry.duplicateOf) summary.duplicateOf = entry.duplicateOf
  summary.imported = true
  return summary as unknown as ArticleSummary
}

/** The store's size and whether it ends mid-line (a write cut short: the next append starts a fresh line). */
export function storeEnd(path: string): { size: number; torn: boolean } {
  const size = statSyncOrNull(path)?.size ?? 0
  if (size === 0) return { size, torn: false }
  const fd = openSync(path, 'r')
  try {
    const last = Buffer.alloc(1)
    readSync(fd, last, 0, 1, size - 1)
    return { size, torn: last[0] !== 10 }
  } finally {
    closeSync(fd)
  }
}
