// The user's library on disk: one append-only store of articles read by offset, and a small metadata
// file listing them, read first so the library list shows before any body is read.
//   library/articles.jsonl  one JSON object a line: the summary, body and paragraphs of one article
//   library/library.json    { schema, articles: [summary + hash + offset + length], groups }
// The metadata is derived: if it is lost or unreadable it is rebuilt from the store.
import { createHash } from 'node:crypto'
import { mkdir, open, readFile, stat, appendFile, copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article, ArticleSummary, Paragraph } from '../../shared/types'
import { writeFileAtomicAsync } from '../write-file'
import { markGroups } from './group'

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

interface MetaFile {
  schema: number
  articles: LibraryEntry[]
  groups: string[][]
}

export const libraryFiles = (dir: string) => ({
  store: join(dir, 'articles.jsonl'),
  meta: join(dir, 'library.json'),
})

const summaryKeys = [
  'id',
  'title',
  'source',
  'date',
  'dateline',
  'language',
  'dateBasis',
  'origin',
  'paragraphCount',
] as const

function summaryOf(entry: LibraryEntry): ArticleSummary {
  const summary: Record<string, unknown> = {}
  for (const key of summaryKeys) if (entry[key] !== undefined) summary[key] = entry[key]
  if (entry.alsoFiledAs) summary.alsoFiledAs = entry.alsoFiledAs
  if (entry.duplicateOf) summary.duplicateOf = entry.duplicateOf
  return summary as unknown as ArticleSummary
}

/** Date order, undated last; ties by id so the order is stable. */
export function byDate(a: ArticleSummary, b: ArticleSummary): number {
  const da = a.date ?? '9999'
  const db = b.date ?? '9999'
  if (da !== db) return da < db ? -1 : 1
  return idOrder.compare(a.id, b.id)
}

/** "reuters-9" before "reuters-10". */
const idOrder = new Intl.Collator('en', { numeric: true })

export class LibraryStore {
  #entries = new Map<string, LibraryEntry>()
  #groups: string[][] = []
  #storeSize = 0
  /** The store ends mid-line (a write cut short): the next append starts a fresh line. */
  #torn = false
  /** The metadata was rebuilt from the store, so near-identical groups must be found again. */
  rebuilt = false

  private constructor(readonly dir: string) {}

  /** Reads only the metadata file; bodies stay on disk until asked for. */
  static async open(dir: string): Promise<LibraryStore> {
    const store = new LibraryStore(dir)
    await mkdir(dir, { recursive: true })
    const files = libraryFiles(dir)
    store.#storeSize = await stat(files.store).then(
      (s) => s.size,
      () => 0,
    )
    if (store.#storeSize > 0) {
      const handle = await open(files.store, 'r')
      const last = Buffer.alloc(1)
      await handle.read(last, 0, 1, store.#storeSize - 1).finally(() => handle.close())
      store.#torn = last[0] !== 10
    }
    let meta: MetaFile | null
    try {
      meta = JSON.parse(await readFile(files.meta, 'utf8')) as MetaFile
      const end = meta.articles.reduce((max, e) => Math.max(max, e.offset + e.length), 0)
      if (meta.schema !== LIBRARY_SCHEMA || end > store.#storeSize) throw new Error('metadata does not match the store')
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
      if (!missing) await copyFile(files.meta, `${files.meta}.corrupt-${Date.now()}`).catch(() => undefined)
      meta = store.#storeSize > 0 ? await store.#rebuildMeta() : null
      store.rebuilt = meta !== null
    }
    if (meta) {
      for (const entry of meta.articles) store.#entries.set(entry.id, entry)
      store.setGroups(meta.groups)
    }
    return store
  }

  /** Metadata from the store itself: the last line for each id wins. */
  async #rebuildMeta(): Promise<MetaFile> {
    const bytes = await readFile(libraryFiles(this.dir).store)
    const articles = new Map<string, LibraryEntry>()
    let offset = 0
    while (offset < bytes.length) {
      let end = bytes.indexOf(10, offset)
      if (end < 0) end = bytes.length
      try {
        const {
          body: _body,
          paragraphs: _paragraphs,
          ...rest
        } = JSON.parse(bytes.toString('utf8', offset, end)) as StoredArticle
        articles.set(rest.id, { ...rest, offset, length: end - offset })
      } catch {
        // a line cut short by a crash mid-write: skipped, its article is imported again next time
      }
      offset = end + 1
    }
    return { schema: LIBRARY_SCHEMA, articles: [...articles.values()], groups: [] }
  }

  get size(): number {
    return this.#entries.size
  }

  has(id: string): boolean {
    return this.#entries.has(id)
  }

  entry(id: string): LibraryEntry | undefined {
    return this.#entries.get(id)
  }

  entries(): LibraryEntry[] {
    return [...this.#entries.values()]
  }

  /** Every article's summary in date order, from metadata alone. */
  list(): ArticleSummary[] {
    return this.entries().map(summaryOf).sort(byDate)
  }

  get groups(): string[][] {
    return this.#groups
  }

  /** Near-identical groups, representative first: marks `alsoFiledAs` and `duplicateOf` on the entries. */
  setGroups(groups: string[][]): void {
    this.#groups = markGroups(this.#entries, groups)
  }

  /** Changes whenever any article is added or changed: names the library's content for the index cache. */
  contentKey(): string {
    const hash = createHash('sha256')
    for (const entry of [...this.#entries.values()].sort((a, b) => (a.id < b.id ? -1 : 1)))
      hash.update(`${entry.id}\u0000${entry.hash}\n`)
    return hash.digest('base64url').slice(0, 22)
  }

  static #toArticle(entry: LibraryEntry, line: string): Article {
    const stored = JSON.parse(line) as StoredArticle
    return { ...summaryOf(entry), body: stored.body, paragraphs: stored.paragraphs }
  }

  /** One article, read from the store by offset. */
  async read(id: string): Promise<Article> {
    const entry = this.#entries.get(id)
    if (!entry) throw new Error(`no article "${id}" in the library at ${this.dir}`)
    const handle = await open(libraryFiles(this.dir).store, 'r')
    try {
      const buffer = Buffer.alloc(entry.length)
      await handle.read(buffer, 0, entry.length, entry.offset)
      return LibraryStore.#toArticle(entry, buffer.toString('utf8'))
    } finally {
      await handle.close()
    }
  }

  /** Every article, reading the store once (for indexing and comparison). */
  async readAll(): Promise<Article[]> {
    if (this.#entries.size === 0) return []
    const bytes = await readFile(libraryFiles(this.dir).store)
    return this.entries().map((entry) =>
      LibraryStore.#toArticle(entry, bytes.toString('utf8', entry.offset, entry.offset + entry.length)),
    )
  }

  /** Appends articles (new, or new versions of existing ids) in one write, then saves the metadata. */
  async append(articles: StoredArticle[], groups?: string[][]): Promise<void> {
    if (articles.length) {
      const lines: string[] = []
      const lead = this.#torn ? '\n' : ''
      let offset = this.#storeSize + lead.length
      const added: LibraryEntry[] = []
      for (const article of articles) {
        const line = JSON.stringify(article)
        const length = Buffer.byteLength(line)
        const { body: _body, paragraphs: _paragraphs, ...rest } = article
        added.push({ ...rest, offset, length })
        lines.push(line)
        offset += length + 1
      }
      await appendFile(libraryFiles(this.dir).store, `${lead}${lines.join('\n')}\n`)
      this.#storeSize = offset
      this.#torn = false
      for (const entry of added) this.#entries.set(entry.id, entry)
    }
    if (groups) this.setGroups(groups)
    await this.saveMeta()
  }

  async saveMeta(): Promise<void> {
    const articles = this.entries().map(({ alsoFiledAs: _a, duplicateOf: _d, ...entry }) => entry)
    const meta: MetaFile = { schema: LIBRARY_SCHEMA, articles, groups: this.#groups }
    await writeFileAtomicAsync(libraryFiles(this.dir).meta, JSON.stringify(meta))
  }
}
