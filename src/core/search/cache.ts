// The search index on disk, so a warm start loads it instead of rebuilding. One binary file:
//   "SRIX" | u32 header length | header JSON (key, fields, refs, terms, lengths) | offsets | docs | weights
// The arrays are read as views over the file's bytes: no parsing, no per-posting objects.
// The key is a hash of the corpus content and the index versions: any change to either rebuilds.
import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../../shared/types'
import { writeFileSafelyAsync } from '../fs/write-file'
import { storedPrintOf } from '../library/stored-text'
import { parseJsonInSlices, type JsonSlices } from '../slices/json'
import { SliceClock, turn } from '../slices/turn'
import { CompactIndex, type CompactParts } from './compact'
import { SEARCH_INDEX_VERSION } from './search-index'

/** Bump when the file layout or the compact engine changes. */
export const CACHE_FORMAT = 2
const MAGIC = 'SRIX'
export const CACHE_FILE = 'search-index.bin'

/** The parts that are not typed arrays, and the arrays' lengths. */
interface Header extends Pick<CompactParts, 'fields' | 'pipeline' | 'refs' | 'terms' | 'lengthSums'> {
  format: number
  key: string
  lengths: [offsets: number, docs: number, weights: number]
  /** Each article the index covers, with the fingerprint of its content: what changed since can be told. */
  covers?: Array<[id: string, fingerprint: string]>
}

/** What a cache file holds, whatever articles it was built for. */
export interface CachedIndex {
  key: string
  covers: Array<[id: string, fingerprint: string]> | null
  parts: CompactParts
}

/**
 * Names one article's indexed content: its title, source, body and paragraph ranges; a library article's
 * by its entry in library.json (stored-text.ts), so that a warm start need not parse any body to name it.
 */
export function fingerprintOf(a: Article): string {
  const stored = storedPrintOf(a)
  if (stored !== undefined) return stored
  const hash = createHash('sha1').update(`${a.title}\u0000${a.source ?? ''}\u0000${a.body.length}\u0000`)
  hash.update(a.body)
  let ranges = ''
  for (const p of a.paragraphs) ranges += `${p.start},${p.end},${p.kind},${p.section ?? ''};`
  return hash.update(ranges).digest('base64url').slice(0, 20)
}

/** Fingerprints by article id, a slice at a time with a turn of the event loop between (a warm start hashes 20 MB). */
export async function fingerprintsOf(articles: readonly Article[]): Promise<Map<string, string>> {
  const prints = new Map<string, string>()
  await turn() // not in the task that asked for them (taking a new article set in)
  const clock = new SliceClock()
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i] as Article
    prints.set(a.id, fingerprintOf(a))
    if (i % 64 === 63) await clock.pause()
  }
  await turn()
  return prints
}

/** Names a set of articles by their fingerprints, plus the index versions: any change gives another key. */
export function keyOf(prints: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(`search ${SEARCH_INDEX_VERSION} cache ${CACHE_FORMAT}\n`)
  const ids = [...prints.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return hash
    .update(ids.map((id) => `${id}\u0000${prints.get(id)}`).join('\n'))
    .digest('base64url')
    .slice(0, 32)
}

/** Names the indexed content of a set of articles (see fingerprintOf and keyOf). */
export function indexKey(articles: readonly Article[]): string {
  return keyOf(new Map(articles.map((a) => [a.id, fingerprintOf(a)])))
}

const pad4 = (n: number) => (n + 3) & ~3

export function encodeIndex(key: string, parts: CompactParts, covers?: Array<[string, string]>): Buffer {
  const header: Header = {
    format: CACHE_FORMAT,
    key,
    covers,
    lengthSums: parts.lengthSums,
    fields: parts.fields,
    pipeline: parts.pipeline,
    refs: parts.refs,
    terms: parts.terms,
    lengths: [parts.offsets.length, parts.docs.length, parts.weights.length],
  }
  const json = Buffer.from(JSON.stringify(header))
  const start = pad4(8 + json.length)
  const out = Buffer.alloc(start + 4 * (parts.offsets.length + parts.docs.length + parts.weights.length))
  out.write(MAGIC, 0, 'latin1')
  out.writeUInt32LE(json.length, 4)
  json.copy(out, 8)
  let at = start
  for (const array of [parts.offsets, parts.docs, parts.weights]) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, at)
    at += array.byteLength
  }
  return out
}

/** The index in `bytes`, or null when it is not a cache of this format and key. */
export function decodeIndex(bytes: Buffer, key: string): CompactParts | null {
  const cached = decodeAny(bytes)
  return cached && cached.key === key ? cached.parts : null
}

/** The header's JSON text and its length in bytes, or null when `bytes` is not a cache file. */
function headerOf(bytes: Buffer): { text: string; length: number } | null {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) return null
  const length = bytes.readUInt32LE(4)
  return { text: bytes.toString('utf8', 8, 8 + length), length }
}

/** The index in `bytes` and what it covers, or null when it is not a cache of this format. */
export function decodeAny(bytes: Buffer): CachedIndex | null {
  const header = headerOf(bytes)
  if (!header) return null
  let parsed: Header
  try {
    parsed = JSON.parse(header.text) as Header
  } catch {
    return null
  }
  return withHeader(bytes, header.length, parsed)
}

/** The same as decodeAny, its header (3 MB for 21k articles: refs, terms, fingerprints) parsed in slices. */
export async function decodeAnyInSlices(bytes: Buffer, slices?: Partial<JsonSlices>): Promise<CachedIndex | null> {
  const header = headerOf(bytes)
  if (!header) return null
  let parsed: Header
  try {
    parsed = (await parseJsonInSlices(header.text, undefined, slices)) as Header
  } catch {
    return null
  }
  return withHeader(bytes, header.length, parsed)
}

function withHeader(bytes: Buffer, length: number, header: Header): CachedIndex | null {
  if (header.format !== CACHE_FORMAT) return null
  const [nOffsets, nDocs, nWeights] = header.lengths
  const start = pad4(8 + length)
  if (bytes.length !== start + 4 * (nOffsets + nDocs + nWeights)) return null
  // Views need 4-byte alignment; a Buffer from the pool may not have it, then the bytes are copied once.
  const base = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes)
  const view = <T>(Type: new (b: ArrayBufferLike, o: number, n: number) => T, offset: number, n: number) =>
    new Type(base.buffer, base.byteOffset + offset, n)
  const parts: CompactParts = {
    fields: header.fields,
    pipeline: header.pipeline,
    refs: header.refs,
    terms: header.terms,
    offsets: view(Uint32Array, start, nOffsets),
    docs: view(Uint32Array, start + 4 * nOffsets, nDocs),
    weights: view(Int32Array, start + 4 * (nOffsets + nDocs), nWeights),
    ...(header.lengthSums ? { lengthSums: header.lengthSums } : {}),
  }
  return { key: header.key, covers: header.covers ?? null, parts }
}

/** The cached index for `key`, or null (none yet, another corpus, another version, or unreadable). */
export async function readIndexCache(cacheDir: string, key: string): Promise<CompactIndex | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(join(cacheDir, CACHE_FILE))
  } catch {
    return null
  }
  const parts = decodeIndex(bytes, key)
  return parts ? new CompactIndex(parts) : null
}

/** Whatever index the cache holds (for these articles or others), or null (none, another version, unreadable). */
export async function readAnyIndexCache(cacheDir: string): Promise<CachedIndex | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(join(cacheDir, CACHE_FILE))
  } catch {
    return null
  }
  return decodeAnyInSlices(bytes)
}

/** Replaces the cache atomically: a crash mid-write leaves the old file or none, never half of one. */
export async function writeIndexCache(
  cacheDir: string,
  key: string,
  parts: CompactParts,
  covers?: Array<[string, string]>,
): Promise<void> {
  await mkdir(cacheDir, { recursive: true })
  await writeFileSafelyAsync(join(cacheDir, CACHE_FILE), encodeIndex(key, parts, covers))
}
