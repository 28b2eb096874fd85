// The search index on disk, so a warm start loads it instead of rebuilding. One binary file:
//   "SRIX" | u32 header length | header JSON (key, fields, refs, terms, lengths) | offsets | docs | weights
// The arrays are read as views over the file's bytes: no parsing, no per-posting objects.
// The key is a hash of the corpus content and the index versions: any change to either rebuilds.
import { createHash } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../../shared/types'
import { writeFileAtomicAsync } from '../fs/write-file'
import { CompactIndex, type CompactParts } from './compact'
import { SEARCH_INDEX_VERSION } from './search-index'

/** Bump when the file layout or the compact engine changes. */
export const CACHE_FORMAT = 1
const MAGIC = 'SRIX'
export const CACHE_FILE = 'search-index.bin'

/** The parts that are not typed arrays, and the arrays' lengths. */
interface Header extends Pick<CompactParts, 'fields' | 'pipeline' | 'refs' | 'terms'> {
  format: number
  key: string
  lengths: [offsets: number, docs: number, weights: number]
}

/** Names the indexed content: ids, titles, sources, bodies and paragraph ranges, plus the versions. */
export function indexKey(articles: readonly Article[]): string {
  const hash = createHash('sha256').update(`search ${SEARCH_INDEX_VERSION} cache ${CACHE_FORMAT}\n`)
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const a of sorted) {
    hash.update(`${a.id}\u0000${a.title}\u0000${a.source ?? ''}\u0000${a.body.length}\u0000`)
    hash.update(a.body)
    let ranges = ''
    for (const p of a.paragraphs) ranges += `${p.start},${p.end},${p.kind},${p.section ?? ''};`
    hash.update(ranges)
  }
  return hash.digest('base64url').slice(0, 32)
}

const pad4 = (n: number) => (n + 3) & ~3

export function encodeIndex(key: string, parts: CompactParts): Buffer {
  const header: Header = {
    format: CACHE_FORMAT,
    key,
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
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC) return null
  const length = bytes.readUInt32LE(4)
  let header: Header
  try {
    header = JSON.parse(bytes.toString('utf8', 8, 8 + length)) as Header
  } catch {
    return null
  }
  if (header.format !== CACHE_FORMAT || header.key !== key) return null
  const [nOffsets, nDocs, nWeights] = header.lengths
  const start = pad4(8 + length)
  if (bytes.length !== start + 4 * (nOffsets + nDocs + nWeights)) return null
  // Views need 4-byte alignment; a Buffer from the pool may not have it, then the bytes are copied once.
  const base = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes)
  const view = <T>(Type: new (b: ArrayBufferLike, o: number, n: number) => T, offset: number, n: number) =>
    new Type(base.buffer, base.byteOffset + offset, n)
  return {
    fields: header.fields,
    pipeline: header.pipeline,
    refs: header.refs,
    terms: header.terms,
    offsets: view(Uint32Array, start, nOffsets),
    docs: view(Uint32Array, start + 4 * nOffsets, nDocs),
    weights: view(Int32Array, start + 4 * (nOffsets + nDocs), nWeights),
  }
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

/** Replaces the cache atomically: a crash mid-write leaves the old file or none, never half of one. */
export async function writeIndexCache(cacheDir: string, key: string, parts: CompactParts): Promise<void> {
  await mkdir(cacheDir, { recursive: true })
  await writeFileAtomicAsync(join(cacheDir, CACHE_FILE), encodeIndex(key, parts))
}
