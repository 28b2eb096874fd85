// Article bodies read from the store by offset. Every line is checked against the id and hash its entry
// expects; a line that is not the article named gets one rebuild of the metadata before it is an error.
import { readFile } from 'node:fs/promises'
import type { Article } from '../../shared/types'
import { readOrEmpty } from './damage'
import { storedLine, summaryOf, type LibraryEntry } from './meta'
import { libraryFiles, readLine } from './store-file'
import { articleOver, StoredText } from './stored-text'

/** What reading needs of the store (LibraryStore). */
export interface StoreView {
  readonly dir: string
  entry(id: string): LibraryEntry | undefined
  entries(): LibraryEntry[]
  recover(): Promise<void>
}

const misplaced = (dir: string, id: string) =>
  new Error(
    `the library store ${libraryFiles(dir).store} does not hold article "${id}" where its metadata says, even after rebuilding the metadata`,
  )

export async function readArticle(store: StoreView, id: string): Promise<Article> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const entry = store.entry(id)
    if (!entry) throw new Error(`no article "${id}" in the library at ${store.dir}`)
    const stored = storedLine(await readLine(libraryFiles(store.dir).store, entry), entry)
    if (stored) return { ...summaryOf(entry), body: stored.body, paragraphs: stored.paragraphs }
    if (attempt === 0) await store.recover()
  }
  throw misplaced(store.dir, id)
}

export async function readAllArticles(store: StoreView): Promise<Article[]> {
  let wrong = ''
  for (let attempt = 0; attempt < 2; attempt++) {
    const entries = store.entries()
    if (entries.length === 0) return []
    const bytes = await readFile(libraryFiles(store.dir).store)
    const out: Article[] = []
    for (const entry of entries) {
      const stored = storedLine(bytes.toString('utf8', entry.offset, entry.offset + entry.length), entry)
      if (!stored) {
        wrong = entry.id
        break
      }
      // Carries its line, so the index cache names it by its entry, as the app's lazy read does.
      out.push(
        articleOver(summaryOf(entry), new StoredText(entry, { body: stored.body, paragraphs: stored.paragraphs })),
      )
    }
    if (out.length === entries.length) return out
    if (attempt === 0) await store.recover()
  }
  throw misplaced(store.dir, wrong)
}

/** Whether every entry's line in the store (read now, whole) is the article it names, checked as reads check it. */
export function allInPlace(dir: string, entries: readonly LibraryEntry[]): boolean {
  const bytes = readOrEmpty(libraryFiles(dir).store)
  return entries.every((e) => storedLine(bytes.toString('utf8', e.offset, e.offset + e.length), e) !== null)
}
