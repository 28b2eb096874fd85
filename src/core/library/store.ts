// The user's library on disk: one append-only store of articles read by offset, and a small metadata
// file listing them, read first so the library list shows before any body is read.
//   library/articles.jsonl  one JSON object a line: the summary, body and paragraphs of one article
//   library/library.json    { schema, articles: [summary + hash + offset + length], groups }
// The metadata is derived: if it is lost, unreadable or points at the wrong lines it is rebuilt from the store.
//
// Several processes may use one library at once (the app's import worker, the browser host, `cli import`,
// all defaulting to the same folder). Every write runs under `library.json.lock` and starts by re-reading
// library.json and the store's size, so no process appends at a stale offset or saves its article list
// over another's. Reads need no lock: bodies are appended before the metadata that points at them is
// renamed into place, and every body read is checked against the id and hash its entry expects.
// An open library sees other processes' additions through `refresh()` (library.json's inode, size, mtime).
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import type { Article, ArticleSummary, Notice } from '../../shared/types'
import { withLock, type LockOptions } from '../fs/lock'
import { TaskQueue } from '../slices/turn'
import { appendFileSafely, writeFileSafely } from '../fs/write-file'
import { damageNotice, keepCopy, listedIn, readOrEmpty } from './damage'
import { markGroups } from './group'
import type { LibraryEdit } from './removal'
import { SummaryList } from './listing'
import { contentKeyOf, libraryFiles, planAppend } from './store-file'
import { allInPlace, readAllArticles, readArticle } from './store-read'
import {
  emptyMeta,
  storeEnd,
  metaFileOf,
  metaFromStore,
  parseMeta,
  readMetaInSlices,
  stampOf,
  statOrNull,
  statSyncOrNull,
  type LibraryEntry,
  type MetaFile,
  type StoredArticle,
} from './meta'

export { LIBRARY_SCHEMA, type LibraryEntry, type StoredArticle } from './meta'
export { libraryFiles } from './store-file'

/**
 * Writers wait up to 30 s (an import of 21,578 articles appends ~25 MB under the lock); a lock older than
 * a minute is taken as left behind, a dead owner's at once. Writes run in import workers and the CLI.
 */
const LOCK: LockOptions = { timeoutMs: 30_000, staleMs: 60_000 }

export class LibraryStore {
  #entries = new Map<string, LibraryEntry>()
  /** Removed by the user and not restored (removal.ts): kept for the undo. */
  #removed = new Map<string, LibraryEntry>()
  #groups: string[][] = []
  #groupsKey: string | undefined
  /** list() as last worked out; dropped whenever the entries or their group marks change. */
  readonly #listed = new SummaryList()
  /** How many times metadata has been adopted: a refresh parsing in slices sees if a locked read came first. */
  #adopts = 0
  readonly #refreshes = new TaskQueue()
  /** library.json as last read or written here (see stampOf): another process's write changes it. */
  #stamp = ''
  /** The metadata was rebuilt from the store, so near-identical groups must be found again. */
  rebuilt = false
  /** What the user must be told: damage found and repaired, with what was lost and where the copy is. */
  readonly notices: Notice[] = []

  private constructor(readonly dir: string) {}

  /** Reads only the metadata file; bodies stay on disk until asked for. */
  static async open(dir: string): Promise<LibraryStore> {
    const store = new LibraryStore(dir)
    await mkdir(dir, { recursive: true })
    await store.refresh()
    return store
  }

  /**
   * Re-reads library.json if another process has rewritten it since (an import from the CLI while the
   * app runs); true if it did. Damaged or mismatched metadata is rebuilt from the store under the lock.
   */
  refresh(): Promise<boolean> {
    // One at a time: each parses in slices, and one must not adopt what an earlier one read after it.
    return this.#refreshes.run(() => this.#refreshNow())
  }

  async #refreshNow(): Promise<boolean> {
    const files = libraryFiles(this.dir)
    const before = { adopts: this.#adopts, stamp: this.#stamp }
    const stamp = stampOf(await statOrNull(files.meta))
    if (stamp !== '' && stamp === this.#stamp) return false
    if (stamp === '' && !(await statOrNull(files.store))?.size) {
      // Nothing imported yet (and no lock file made for it: the status poll asks this often).
      const had = this.#entries.size > 0
      this.#adopt(emptyMeta(), '')
      return had
    }
    try {
      const meta = await readMetaInSlices(files)
      // A write under the lock read library.json while this was parsed: what it read is as new or newer.
      if (this.#adopts !== before.adopts) return this.#stamp !== before.stamp
      this.#adopt(meta, stamp)
      return true
    } catch {
      // Missing or bad as seen without the lock: look again holding it (a rebuild must not race a writer).
      this.#locked(() => this.#loadLocked(true))
      return this.#stamp !== before.stamp
    }
  }

  #adopt(meta: MetaFile, stamp: string): void {
    this.#adopts++
    this.#entries = new Map(meta.articles.map((entry) => [entry.id, entry]))
    this.#removed = new Map((meta.removed ?? []).map((entry) => [entry.id, entry]))
    this.#listed.drop()
    this.setGroups(meta.groups)
    this.#groupsKey = meta.groupsKey
    this.#stamp = stamp
  }

  #locked<T>(fn: () => T): T {
    return withLock(libraryFiles(this.dir).meta, fn, LOCK)
  }

  /**
   * Holding the lock: library.json as it is now (unless unchanged since last seen and not `force`d). If it
   * is unreadable, or lists bytes the store does not have, a copy is kept aside and it is rebuilt from the store.
   */
  #loadLocked(force = false): void {
    const files = libraryFiles(this.dir)
    const stamp = stampOf(statSyncOrNull(files.meta))
    if (!force && stamp !== '' && stamp === this.#stamp) return
    const size = statSyncOrNull(files.store)?.size ?? 0
    if (stamp === '') {
      if (size === 0) return this.#adopt(emptyMeta(), '')
      return this.#rebuildLocked()
    }
    const text = readFileSync(files.meta, 'utf8')
    try {
      this.#adopt(parseMeta(text, size), stamp)
    } catch (error) {
      const why = size === 0 && !statSyncOrNull(files.store) ? 'articles.jsonl is missing' : (error as Error).message
      this.#rebuildLocked(why, text)
    }
  }

  /** Holding the lock: the metadata rebuilt from the store's intact lines and saved, what was lost named (damage.ts). */
  #rebuildLocked(reason?: string, metaText?: string): void {
    const files = libraryFiles(this.dir)
    const before = new Map([...this.#entries.values(), ...listedIn(metaText)].map((e) => [e.id, e.title]))
    const meta = metaFromStore(readOrEmpty(files.store))
    const copy = metaText === undefined ? null : keepCopy(files.meta, metaText)
    this.#adopt({ ...meta, groups: this.#groups }, this.#stamp)
    this.#groupsKey = undefined
    this.rebuilt = true
    const lost = [...before.keys()].filter((id) => !this.#entries.has(id))
    if (reason !== undefined || lost.length > 0 || meta.damaged > 0) {
      const damage = { reason, kept: this.#entries.size, lost, titles: before, damaged: meta.damaged, copy }
      this.notices.push(damageNotice(this.dir, files.store, damage))
    }
    this.#writeMetaLocked()
  }

  #writeMetaLocked(): void {
    const meta = metaFileOf(this.entries(), this.#groups, this.#groupsKey, [...this.#removed.values()])
    const path = libraryFiles(this.dir).meta
    writeFileSafely(path, JSON.stringify(meta))
    this.#stamp = stampOf(statSyncOrNull(path))
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

  /** Every article's summary in date order, from metadata alone; kept until the entries change. */
  list(): ArticleSummary[] {
    return this.#listed.of(() => this.entries())
  }

  /** The same as list(), in slices with turns of the event loop between (start-up: 21k summaries). */
  listInSlices(): Promise<ArticleSummary[]> {
    return this.#listed.inSlices(() => this.entries())
  }

  get groups(): string[][] {
    return this.#groups
  }

  /** Near-identical groups, representative first: marks `alsoFiledAs` and `duplicateOf` on the entries. */
  setGroups(groups: string[][]): void {
    this.#groups = markGroups(this.#entries, groups)
    this.#listed.drop()
  }

  /** Changes whenever any article is added or changed: names the library's content for the index cache. */
  contentKey(): string {
    return contentKeyOf(this.#entries.values())
  }

  /**
   * The metadata points at a line that is not the article it names (written by a process that raced
   * another without the lock, or a store replaced from outside): rebuild it from the store.
   */
  async recover(): Promise<void> {
    this.#locked(() => {
      // Another process may have repaired it already; rebuild only if it still does not match.
      this.#loadLocked()
      if (!allInPlace(this.dir, this.entries())) this.#rebuildLocked()
    })
  }

  /** One article, read from the store by offset; never another article's body. */
  read(id: string): Promise<Article> {
    return readArticle(this, id)
  }

  /** Every article, reading the store once (for indexing and comparison); each checked as in `read`. */
  readAll(): Promise<Article[]> {
    return readAllArticles(this)
  }

  /**
   * Appends articles (new, or new versions of existing ids) in one write, then saves the metadata, all
   * under the lock and from the library as it is on disk then. An article another process has added
   * meanwhile with the same content is not written twice. Returns the articles written.
   */
  async append(articles: StoredArticle[], groups?: string[][]): Promise<StoredArticle[]> {
    // Serialized before taking the lock, so the lock is held only for the disk writes.
    const lines = articles.map((article) => JSON.stringify(article))
    return this.#locked(() => {
      this.#loadLocked()
      const store = libraryFiles(this.dir).store
      const { written, added, text } = planAppend(articles, lines, this.#entries, storeEnd(store))
      if (text) appendFileSafely(store, text)
      for (const entry of added) this.#entries.set(entry.id, entry)
      if (added.length) this.#listed.drop()
      if (groups) this.setGroups(groups)
      else if (added.length) this.setGroups(this.#groups) // marks on the replaced entries
      this.#writeMetaLocked()
      return written
    })
  }

  /**
   * Runs `change` on the library as it is on disk now, under the lock; appends the lines it returns to the
   * store, then saves the metadata (a removal and its undo: removal.ts). Returns what `change` returns.
   */
  async edit<T>(change: (edit: LibraryEdit) => { done: T; lines: string[]; groupsHold: boolean }): Promise<T> {
    return this.#locked(() => {
      this.#loadLocked()
      const edit: LibraryEdit = { entries: this.#entries, removed: this.#removed, groups: this.#groups }
      const { done, lines, groupsHold } = change(edit)
      if (lines.length === 0) return done
      const store = libraryFiles(this.dir).store
      appendFileSafely(store, `${storeEnd(store).torn ? '\n' : ''}${lines.join('\n')}\n`)
      this.setGroups(edit.groups)
      this.#groupsKey = groupsHold ? this.contentKey() : undefined
      this.#writeMetaLocked()
      return done
    })
  }

  /**
   * Saves near-identical groups found over the library whose content was `key`. If another process has
   * changed the library since, nothing is saved and false returned (find them again), unless `anyway`:
   * then they are saved as found over older content, unless groups over the current content are saved already.
   */
  async saveGroups(groups: string[][], key: string, anyway = false): Promise<boolean> {
    return this.#locked(() => {
      this.#loadLocked()
      const now = this.contentKey()
      if (this.#groupsKey === now) return true
      if (key !== now && !anyway) return false
      this.setGroups(groups)
      this.#groupsKey = key
      this.#writeMetaLocked()
      return true
    })
  }

  /** Creates library.json if there is none yet (an import that added nothing still makes a library). */
  async ensureMeta(): Promise<void> {
    if (await statOrNull(libraryFiles(this.dir).meta)) return
    this.#locked(() => {
      this.#loadLocked()
      if (!statSyncOrNull(libraryFiles(this.dir).meta)) this.#writeMetaLocked()
    })
  }
}
