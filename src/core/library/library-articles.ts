// The user's library in full for the workspace (bodies for reading, comparison and the index), without
// holding the app: the store is read once as bytes, each entry's line checked to be the article it names
// (id and hash, a slice at a time with turns of the event loop between), and bodies parsed only when first
// asked for (stored-text.ts). Articles whose content did not change are reused, not read again.
import { readFile } from 'node:fs/promises'
import type { Article } from '../../shared/types'
import { libraryFiles, type Library } from './'
import { storedLine, type LibraryEntry } from './meta'
import { articleOver, StoredText, storedTextOf } from './stored-text'
import { turn } from '../slices/turn'

/** Checking time between two yields: short enough that a status request is answered within it. */
const SLICE_MS = 15

export interface LibraryText {
  /** The content hash it was read under (the library entry's). */
  hash: string
  article: Article
}

/**
 * Every article of `library` in date order. `known` holds articles read before, by id: one whose hash
 * still matches keeps its text (only its summary, e.g. near-identical groups, is renewed). `onDamage` is
 * told of an article whose body turns out damaged when first parsed (it is served empty, never changed).
 */
export async function readLibraryArticles(
  library: Library,
  known: ReadonlyMap<string, LibraryText> = new Map(),
  onDamage: (id: string) => void = () => undefined,
): Promise<LibraryText[]> {
  const read = await readOnce(library, known, onDamage)
  if (read) return read
  // An entry pointed at another article's line: rebuild the metadata from the store, then read again.
  await library.store.recover()
  const again = await readOnce(library, known, onDamage)
  if (again) return again
  throw new Error(`the library store ${libraryFiles(library.dir).store} does not match its metadata, even rebuilt`)
}

/** The articles, or null if an entry's line is not the article it names (never another article's body). */
async function readOnce(
  library: Library,
  known: ReadonlyMap<string, LibraryText>,
  onDamage: (id: string) => void,
): Promise<LibraryText[] | null> {
  const summaries = await library.listInSlices()
  // read once, when the first article not known under its hash needs it
  let bytes: Buffer | null = null
  const out: LibraryText[] = []
  let sliceStart = performance.now()
  for (const summary of summaries) {
    const entry = library.store.entry(summary.id)
    if (!entry) continue
    const before = known.get(summary.id)
    let stored = before?.hash === entry.hash ? storedTextOf(before.article) : undefined
    if (!stored) {
      bytes ??= await readFile(libraryFiles(library.dir).store)
      if (!linesUp(bytes, entry)) return null
      stored = new StoredText(entry, bytes, onDamage)
    }
    out.push({ hash: entry.hash, article: articleOver(summary, stored) })
    if (performance.now() - sliceStart > SLICE_MS) {
      await turn()
      sliceStart = performance.now()
    }
  }
  return out
}

/**
 * Whether the entry's line names its article: it opens with the entry's id and holds its hash (the layout
 * every version writes), or, written some other way, parses as that article. Its body is checked against
 * the hash when first parsed.
 */
function linesUp(bytes: Buffer, entry: LibraryEntry): boolean {
  const { offset, length } = entry
  const line = bytes.subarray(offset, offset + length)
  const opening = `{"id":${JSON.stringify(entry.id)},`
  if (line.toString('utf8', 0, Buffer.byteLength(opening)) === opening && line.indexOf(`"hash":"${entry.hash}"`) >= 0)
    return true
  return storedLine(line.toString('utf8'), entry) !== null
}
