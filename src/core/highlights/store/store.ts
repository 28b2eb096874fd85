// The highlights store: a schema-versioned JSON file plus a journal of the changes saved since it was
// last rewritten (journal.ts), so a save appends one line instead of rewriting every highlight. Every
// write goes through the one write path (fs/file-writer: all bytes or the old file untouched) under a
// lock file, on the file as it is (re-read when another process changed it), so the app and the CLI
// or browser host never lose each other's writes. A file written by a newer version is opened read
// only and never moved; a damaged one is backed up once and every whole highlight in it kept.
import { randomBytes } from 'node:crypto'
import { rmSync, statSync } from 'node:fs'
import type { Notice } from '../../../shared/types'
import { describeFsError } from '../../fs/errors'
import { realFs, writeFileSafely, type WriteFs } from '../../fs/write-file'
import { createCodec, fileVersion, type Codec } from './backend'
import { applyChanges, diffStores } from './journal'
import { JournalFile } from './journal-file'
import { loadStoreFile, statOrNone, withKnown, type StoreFile } from './load'
import { LockTimeoutError, withLock, type LockOptions } from '../../fs/lock'
import { backup, damagedNotice, journalNotice, keepOldFormat, partialNotice, removeLeftoverTempFiles } from './recover'
import { upgradeNotice } from './recover'
import { emptyStore, parseStore, SCHEMA_VERSION, type StoreData } from './schema'
import { StoreWriteError } from './write-error'

/** A change to the store. Must not throw, and must be safe to apply again to a newer file. */
export type Mutation = (data: StoreData) => StoreData

export interface OpenStoreOptions {
  now?: () => Date
  lock?: LockOptions
  /** The file system calls writes go through (tests inject short writes and full disks). */
  fs?: WriteFs
  /** The journal is folded into the file once it is larger than the file and than this (tests make it small). */
  compactAtBytes?: number
}

const COMPACT_AT_BYTES = 256 * 1024

export function openStore(path: string, options: OpenStoreOptions = {}): HighlightStore {
  return new HighlightStore(path, options)
}

export class HighlightStore {
  readonly path: string
  /** What the user must be told about this store: backups made, upgrades, a folder that cannot be written. */
  readonly notices: Notice[] = []
  /** Why this store must not be written (a newer version's file, damage that cannot be backed up), or null. */
  readOnly: string | null = null
  #codec: Codec
  #now: () => Date
  #lock: LockOptions
  #fs: WriteFs
  /** The file plus its journal as last read or written. */
  #file: StoreData = emptyStore()
  #version: string | null = null
  #gen: string | null = null
  /** The format of the file as read: only a file of this version's format takes journal lines. */
  #format: number = SCHEMA_VERSION
  #size = 0
  #compactAt: number
  #journal: JournalFile
  /** Changes not yet on disk, in order; replayed on top of the file on the next write. */
  #pending: Mutation[] = []
  #view: StoreData | null = null

  constructor(path: string, options: OpenStoreOptions = {}) {
    this.path = path
    this.#codec = createCodec()
    this.#now = options.now ?? (() => new Date())
    this.#lock = options.lock ?? {}
    this.#fs = options.fs ?? realFs
    this.#compactAt = options.compactAtBytes ?? COMPACT_AT_BYTES
    this.#journal = new JournalFile(path, this.#fs, this.#lateFailure)
    try {
      // Opening only needs the lock to tidy and repair: a live holder does not keep the user from reading.
      withLock(path, () => this.#load(null), {
        ...this.#lock,
        timeoutMs: Math.min(this.#lock.timeoutMs ?? 5_000, 1_500),
      })
    } catch (error) {
      if (error instanceof LockTimeoutError) {
        this.#load(error.message)
        const message = `${error.message}; showing the highlights as they are`
        this.notices.push(this.#notice('store-locked', 'warning', message))
        return
      }
      if ((error as { lockProblem?: boolean }).lockProblem) throw error
      try {
        this.#load(describeFsError(error))
      } catch {
        // Not even readable (a file where the folder should be): start empty, say why below.
        this.#adopt(emptyStore(), null)
      }
      const message = `highlights cannot be saved to ${this.path}: ${describeFsError(error)}`
      if (!this.readOnly) this.notices.push(this.#notice('store-unwritable', 'error', message))
    }
  }

  /** The store as this process sees it: the file (re-read if another process changed it) plus unsaved changes. */
  read(): StoreData {
    try {
      this.#refresh(false)
    } catch {
      // The file cannot be read right now: go on with what we hold.
    }
    this.#view ??= this.#pending.reduce((data, change) => change(data), this.#file)
    return this.#view
  }

  /** Apply a change and persist it. On failure the file is untouched, the change stays in memory, StoreWriteError is thrown. */
  update(change: Mutation): StoreData {
    if (this.readOnly) throw new StoreWriteError(this.path, this.readOnly, 1)
    this.#pending.push(change)
    this.#view = null
    try {
      withLock(
        this.path,
        () => {
          this.#refresh(true)
          if (this.readOnly) throw new Error(this.readOnly)
          const next = this.#pending.reduce((data, c) => c(data), this.#file)
          this.#save(next)
          this.#pending = []
          this.#view = next
        },
        this.#lock,
      )
    } catch (error) {
      if (this.readOnly) this.#pending = []
      throw new StoreWriteError(this.path, this.readOnly ?? describeFsError(error), this.#pending.length, {
        cause: error,
      })
    }
    return this.#file
  }

  /** Try again to write changes a failed write left in memory. */
  flush(): void {
    if (this.#pending.length > 0) this.update((data) => data)
  }

  get unsavedChanges(): number {
    return this.#pending.length
  }

  /** A saved change that did not reach the disk after all (the disk failed while flushing it). */
  #lateFailure = (reason: string): void => {
    const message = `a highlight saved to ${this.#journal.path} may not survive a power cut: ${reason}`
    this.notices.push(this.#notice('store-flush', 'error', message))
  }

  #notice(kind: string, level: Notice['level'], message: string): Notice {
    return { id: `${kind}-${this.#now().getTime()}`, level, message }
  }

  /**
   * Read the file and act on what it is. `cannotWrite` says why nothing may be written (no lock, a
   * read-only folder): then damage is reported and shown, never backed up or repaired.
   */
  #load(cannotWrite: string | null): void {
    if (cannotWrite === null) removeLeftoverTempFiles(this.path)
    this.#take(loadStoreFile(this.path), cannotWrite, null)
  }

  /** Act on the file as read; `known` is what this process held before (kept if the file lost it). */
  #take(file: StoreFile, cannotWrite: string | null, known: StoreData | null): void {
    this.#view = null
    if (file.kind === 'missing') return this.#adopt(emptyStore(), null)
    if (file.kind === 'newer') {
      this.readOnly = file.reason
      this.#adopt(file.data, null)
      this.notices.push(this.#notice('store-newer', 'error', `${this.path}: ${file.reason}`))
      return
    }
    if (file.kind === 'damaged') {
      this.#adopt(withKnown(file.data, known), file.gen)
      const count = this.#file.highlights.length
      if (cannotWrite !== null) {
        this.readOnly = `it is damaged (${file.reason}) and cannot be repaired here (${cannotWrite})`
        const message = `${this.path} is damaged (${file.reason}); the ${count} highlights that could be read are shown; nothing was changed because ${cannotWrite}`
        this.notices.push(this.#notice('store-damaged', 'error', message))
        return
      }
      const copy = backup(this.path, 'corrupt', this.#now())
      this.#journalDamage(null)
      this.#compact(this.#file)
      this.notices.push(damagedNotice(this.path, file.reason, count, copy, this.#now()))
      return
    }
    const data = withKnown(file.data, known)
    this.#adopt(data, file.gen, file.fromVersion)
    const journalDamaged = this.#journalDamage(cannotWrite)
    if (cannotWrite !== null) return
    if (file.dropped > 0) {
      const copy = backup(this.path, 'corrupt', this.#now())
      this.notices.push(partialNotice(this.path, file, copy, this.#now()))
      return this.#compact(this.#file, copy)
    }
    // A format 1 file is read as it is and rewritten by the first save; the prototype's is rewritten now.
    if (file.fromVersion === 0 || data !== file.data || journalDamaged) this.#compact(this.#file)
  }

  /**
   * Journal lines that could not be read: the journal is copied aside and the store says so (true: the
   * caller folds what was read into a new file), or, when nothing may be written, the store is read only.
   */
  #journalDamage(cannotWrite: string | null): boolean {
    const { damaged, path } = this.#journal
    if (damaged > 0 && cannotWrite === null)
      this.notices.push(journalNotice(path, damaged, backup(path, 'corrupt', this.#now()), this.#now()))
    else if (damaged > 0) {
      this.readOnly = `its journal ${path} is damaged and cannot be repaired here (${cannotWrite})`
      const message = `${path} is damaged: ${damaged} saved changes could not be read; nothing was changed because ${cannotWrite}`
      this.notices.push(this.#notice('store-damaged', 'error', message))
    }
    return damaged > 0 && cannotWrite === null
  }

  /** Take `data` (the file as read) and its journal, if the journal belongs to it. */
  #adopt(data: StoreData, gen: string | null, format: number = SCHEMA_VERSION): void {
    this.#gen = gen
    this.#format = format
    this.#version = fileVersion(this.path)
    this.#size = statOrNone(this.path)?.size ?? 0
    this.#file = data
    const journal = gen === null ? (this.#journal.forget(), null) : this.#journal.open(gen)
    if (journal) this.#file = applyChanges(data, journal.changes)
  }

  /** Write `next` as one journal line, or the whole file when the journal cannot take it. Holds the lock. */
  #save(next: StoreData): void {
    const change = this.#gen !== null && this.#version !== null ? diffStores(this.#file, next) : null
    if (change && change.put.length === 0 && change.del.length === 0 && !change.stances) return
    const full = this.#journal.size > Math.max(this.#compactAt, this.#size)
    if (!change || full || this.#journal.legacy || this.#format !== SCHEMA_VERSION) return this.#compact(next)
    this.#journal.append(change, this.#gen as string)
    this.#file = next
  }

  /**
   * Rewrite the whole file under a new name for its journal, then drop the old journal. A file of an
   * older format is copied aside first (`copied`: it is already). Holds the lock.
   */
  #compact(data: StoreData, copied?: string): void {
    const from = this.#version === null ? SCHEMA_VERSION : this.#format
    const journal = this.#journal.size > 0 ? this.#journal.path : null
    const kept = from === SCHEMA_VERSION || copied ? undefined : keepOldFormat(this.path, journal, from, this.#now())
    const gen = randomBytes(8).toString('hex')
    const record = { schemaVersion: SCHEMA_VERSION, journal: gen, stances: data.stances, highlights: data.highlights }
    try {
      writeFileSafely(this.path, this.#codec.serialize(record), this.#fs)
    } catch (error) {
      kept?.undo()
      throw error
    }
    // A kill here leaves the old journal naming the old file: never applied to this one (see journal.ts).
    rmSync(this.#journal.path, { force: true })
    this.#journal.forget()
    if (from !== SCHEMA_VERSION) this.notices.push(upgradeNotice(this.path, from, copied ?? kept?.copy))
    this.#gen = gen
    this.#format = SCHEMA_VERSION
    this.#version = fileVersion(this.path)
    this.#size = statSync(this.path).size
    this.#file = data
  }

  /** Re-read what another process changed since we last saw the file: all of it, or the journal's new lines. */
  #refresh(locked: boolean): void {
    if (fileVersion(this.path) === this.#version) {
      const seen = this.#journal.look()
      if (seen === 'same') return
      const tail = seen === 'grown' ? this.#journal.readOn(this.#gen) : null
      if (tail) {
        this.#view = null
        this.#file = applyChanges(this.#file, tail.changes)
        // Holding the lock, a line without its end was cut short by a writer that was killed: fold into the file.
        if (locked && tail.cutShort) this.#compact(this.#file)
        return
      }
    }
    this.#view = null
    const file = loadStoreFile(this.path)
    if (file.kind === 'missing') {
      // Deleted from outside: what we hold is all there is; the next write puts it back.
      this.#version = null
      this.#gen = null
      this.#journal.forget()
      return
    }
    const before = this.#file
    if (file.kind === 'whole' && file.fromVersion === SCHEMA_VERSION && file.dropped === 0) {
      this.#adopt(file.data, file.gen)
      if (this.#journal.damaged === 0) return
    }
    // Damaged or replaced by another version while we were running: act as at start-up, under the lock.
    if (locked) this.#take(file, null, before)
    else withLock(this.path, () => this.#take(loadStoreFile(this.path), null, before), this.#lock)
  }
}

export { StoreWriteError }
export { parseStore }
