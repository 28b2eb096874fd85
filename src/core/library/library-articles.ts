// The user's library in full for the workspace (bodies for reading, comparison and the index), read so
// that the app keeps answering meanwhile: the store is read once, and its lines parsed in slices with a
// turn of the event loop between them. Articles whose content did not change are reused, not re-parsed.
import { readFile } from 'node:fs/promises'
import type { Article, Paragraph } from '../../shared/types'
import { libraryFiles, type Library } from './'
import { storedLine } from './meta'
import { turn } from '../slices/turn'

/** Parsing time between two yields: short enough that a status request is answered within it. */
const SLICE_MS = 15

export interface LibraryText {
  /** The content hash it was read under (the library entry's). */
  hash: string
  article: Article
}

/**
 * Every article of `library` in date order. `known` holds articles read before, by id: one whose hash
 * still matches keeps its body and paragraphs (only its summary, e.g. near-identical groups, is renewed).
 */
export async function readLibraryArticles(
  library: Library,
  known: ReadonlyMap<string, LibraryText> = new Map(),
): Promise<LibraryText[]> {
  const read = await readOnce(library, known)
  if (read) return read
  // An entry pointed at another article's line: rebuild the metadata from the store, then read again.
  await library.store.recover()
  const again = await readOnce(library, known)
  if (again) return again
  throw new Error(`the library store ${libraryFiles(library.dir).store} does not match its metadata, even rebuilt`)
}

/** The articles, or null if an entry's line is not the article it names (never another article's body). */
async function readOnce(library: Library, known: ReadonlyMap<string, LibraryText>): Promise<LibraryText[] | null> {
  const summaries = await library.listInSlices()
  const stale = summaries.filter((s) => known.get(s.id)?.hash !== library.store.entry(s.id)?.hash)
  const bytes = stale.length ? await readFile(libraryFiles(library.dir).store) : null
  const out: LibraryText[] = []
  let sliceStart = performance.now()
  for (const summary of summaries) {
    const entry = library.store.entry(summary.id)
    if (!entry) continue
    const before = known.get(summary.id)
    let text: { body: string; paragraphs: Paragraph[] }
    if (before?.hash === entry.hash) text = before.article
    else {
      const stored = storedLine((bytes as Buffer).toString('utf8', entry.offset, entry.offset + entry.length), entry)
      if (!stored) return null
      text = { body: stored.body, paragraphs: stored.paragraphs }
    }
    out.push({ hash: entry.hash, article: { ...summary, body: text.body, paragraphs: text.paragraphs } })
    if (performance.now() - sliceStart > SLICE_MS) {
      await turn()
      sliceStart = performance.now()
    }
  }
  return out
}
