// The user's library: articles imported from files, kept under the user data folder.
// Import reads a file, skips what cannot be an article (and says where and why), adds each story once,
// and groups near-identical stories so a comparison shows them once.
import type { Article, ArticleSummary, ImportFileLine, ImportProgress, LoadProblem } from '../../shared/types'
import { MAX_ARTICLE_CHARS, MAX_ID } from '../../shared/limits'
import { groupNearDuplicates } from './dedupe'
import { fileLines } from './file-lines'
import { summaryOf } from './meta'
import { contentHash } from './records'
import { removeEntries, restoreEntries } from './removal'
import { parseSourceData, readSourcePath, recordParagraphs, type ParsedSource, type SourceRecord } from './sources'
import { LibraryStore, type StoredArticle } from './store'
import { TaskQueue, turn } from '../slices/turn'

export interface ImportReport {
  file: string
  /** Records read from the file (skipped ones included). */
  total: number
  added: number
  /** Same id from the same file, with changed content or a source newly named: the new version replaced the old. */
  updated: number
  /** Already in the library with the same content: nothing added twice. */
  unchanged: number
  skipped: LoadProblem[]
  /** Near-identical groups in the library after the import, and how many stories they hold. */
  groups: number
  groupedArticles: number
  seconds: number
  /** A line per file read (a folder gives one per file in it). */
  files: ImportFileLine[]
}

export type ImportListener = (progress: ImportProgress) => void

/** The progress of an import of `file` that has begun and read nothing yet. */
export const importStarting = (file: string): ImportProgress => ({
  running: true,
  file,
  done: 0,
  total: 0,
  added: 0,
  ratePerSecond: 0,
  secondsLeft: null,
  skipped: [],
})

/** Records handled between two progress reports (and two yields to the event loop, so a UI stays live). */
const CHUNK = 500

/** Tries at finding groups over a library other processes keep changing, before saving what was found. */
const REGROUP_ATTEMPTS = 3

const originFile = (origin: string) => origin.replace(/:\d+$/, '')

/** Why a record is over a stated limit (shared/limits.ts), or null. */
function overLimit(record: SourceRecord): string | null {
  if (record.id.length > MAX_ID)
    return `id is ${record.id.length.toLocaleString('en')} characters; the limit is ${MAX_ID}`
  const size = record.body.length + record.title.length
  if (size > MAX_ARTICLE_CHARS)
    return `article "${record.title.slice(0, 60)}" is ${size.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}: split it into several articles`
  return null
}

function toStored(record: SourceRecord, hash: string): StoredArticle {
  const paragraphs = recordParagraphs(record)
  const stored: StoredArticle = {
    id: record.id,
    title: record.title,
    source: record.source,
    date: record.date,
    dateline: record.dateline,
    language: record.language,
    origin: record.origin,
    paragraphCount: paragraphs.length,
    hash,
    body: record.body,
    paragraphs,
  }
  if (record.dateBasis) stored.dateBasis = record.dateBasis
  if (record.author) stored.author = record.author
  if (record.url) stored.url = record.url
  if (record.places) stored.places = record.places
  if (record.topics) stored.topics = record.topics
  return stored
}

export class Library {
  /** One import (or removal) at a time: each reads the library the one before left. */
  readonly #queue = new TaskQueue()

  private constructor(readonly store: LibraryStore) {}

  /** Opens (or creates) the library folder, reading only its metadata. */
  static async open(dir: string): Promise<Library> {
    const library = new Library(await LibraryStore.open(dir))
    await library.#regroupIfRebuilt()
    return library
  }

  /**
   * Picks up what other processes (the CLI, the browser host, another import worker) have written to this
   * library since it was opened or last refreshed; true if the metadata changed.
   */
  async refresh(): Promise<boolean> {
    const changed = await this.store.refresh()
    await this.#regroupIfRebuilt()
    return changed
  }

  async #regroupIfRebuilt(): Promise<void> {
    if (!this.store.rebuilt) return
    this.store.rebuilt = false
    await this.regroup()
  }

  get dir(): string {
    return this.store.dir
  }

  get size(): number {
    return this.store.size
  }

  list(): ArticleSummary[] {
    return this.store.list()
  }

  /** The same as list(), in slices with turns of the event loop between (a start-up lists 21k). */
  listInSlices(): Promise<ArticleSummary[]> {
    return this.store.listInSlices()
  }

  read(id: string): Promise<Article> {
    return this.store.read(id)
  }

  readAll(): Promise<Article[]> {
    return this.store.readAll()
  }

  contentKey(): string {
    return this.store.contentKey()
  }

  /** Imports the text of one file (the app reads the file the user chose and sends its text). */
  importText(
    fileName: string,
    text: string,
    onProgress?: ImportListener,
    options: { source?: string | null } = {},
  ): Promise<ImportReport> {
    return this.importData(fileName, text, onProgress, options)
  }

  /** Imports one file's text or bytes (a PDF) as the app sends it. */
  importData(
    fileName: string,
    data: string | Uint8Array,
    onProgress?: ImportListener,
    options: { source?: string | null } = {},
  ): Promise<ImportReport> {
    return this.#queue.run(async () => {
      const started = Date.now()
      onProgress?.(importStarting(fileName))
      return this.#add(fileName, await parseSourceData(fileName, data, options), started, onProgress)
    })
  }

  /** Imports a file or a folder (every .jsonl/.md/.txt/.html in it) from disk. */
  importPath(
    path: string,
    onProgress?: ImportListener,
    options: { source?: string | null } = {},
  ): Promise<ImportReport> {
    return this.#queue.run(async () => {
      const started = Date.now()
      return this.#add(path, await readSourcePath(path, options), started, onProgress)
    })
  }

  async #add(file: string, parsed: ParsedSource, started: number, onProgress?: ImportListener): Promise<ImportReport> {
    const skipped = [...parsed.problems]
    const total = parsed.records.length
    const fresh: StoredArticle[] = []
    const replacing = new Set<string>()
    let unchanged = 0
    // Decide against the library as it is on disk now, not as it was when this one was opened.
    await this.refresh()
    const report = (done: number, running: boolean, added = fresh.length, files?: ImportFileLine[]) => {
      const seconds = (Date.now() - started) / 1000
      const rate = seconds > 0 ? done / seconds : 0
      onProgress?.({
        running,
        file,
        done,
        total,
        added,
        ratePerSecond: Math.round(rate),
        secondsLeft: rate > 0 ? Math.ceil((total - done) / rate) : null,
        skipped,
        ...(files ? { files } : {}),
      })
    }
    for (let i = 0; i < total; i++) {
      if (i % CHUNK === 0) {
        report(i, true)
        await turn()
      }
      const record = parsed.records[i] as SourceRecord
      const limit = overLimit(record)
      if (limit) {
        const line = /:(\d+)$/.exec(record.origin)?.[1]
        skipped.push({ file: originFile(record.origin), ...(line ? { line: Number(line) } : {}), reason: limit })
        continue
      }
      const hash = contentHash(record)
      const existing = this.store.entry(record.id)
      // Same text: unchanged, unless it now names a different source (a wire file imported again with its
      // source given); a record naming none never erases a source already known.
      if (existing?.hash === hash && (record.source === null || existing.source === record.source)) {
        unchanged++
        continue
      }
      if (existing && originFile(existing.origin) !== originFile(record.origin)) {
        skipped.push({
          file,
          reason: `id "${record.id}" is already in the library (from ${existing.origin}); not replaced`,
        })
        continue
      }
      if (existing) replacing.add(record.id)
      fresh.push(toStored(record, hash))
    }
    report(total, true)
    // Another process may have added some of these meanwhile: append writes (and returns) only the rest.
    const written = await this.store.append(fresh)
    unchanged += fresh.length - written.length
    const updated = written.filter((article) => replacing.has(article.id)).length
    if (written.length) await this.regroup()
    else await this.store.ensureMeta()
    const seconds = (Date.now() - started) / 1000
    const newlyAdded = written.filter((article) => !replacing.has(article.id))
    const files = fileLines(file, parsed, newlyAdded)
    report(total, false, written.length - updated, files)
    const groups = this.store.groups
    return {
      file,
      total: total + parsed.problems.length,
      added: written.length - updated,
      updated,
      unchanged,
      skipped: skipped.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
      groups: groups.length,
      groupedArticles: groups.reduce((sum, group) => sum + group.length, 0),
      seconds,
      files,
    }
  }

  /** Removes articles from the library (their bodies stay in the store for the undo); returns those removed. */
  remove(ids: readonly string[]): Promise<ArticleSummary[]> {
    return this.#queue.run(async () => (await this.store.edit((edit) => removeEntries(edit, ids))).map(summaryOf))
  }

  /** Undoes a removal (not of an id imported again since); returns the articles put back. */
  restore(ids: readonly string[]): Promise<ArticleSummary[]> {
    return this.#queue.run(async () => {
      const done = await this.store.edit((edit) => restoreEntries(edit, ids))
      if (done.length) await this.regroup()
      return done.map((entry) => summaryOf(this.store.entry(entry.id) ?? entry))
    })
  }

  /**
   * Finds near-identical stories over the whole library again and saves the groups. If another process
   * adds articles meanwhile, it looks again (it will regroup too; the last one sees everything).
   */
  async regroup(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.store.refresh()
      const key = this.store.contentKey()
      const groups = groupNearDuplicates(await this.store.readAll())
      if (await this.store.saveGroups(groups, key, attempt >= REGROUP_ATTEMPTS)) return
    }
  }
}
