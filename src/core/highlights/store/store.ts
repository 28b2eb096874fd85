// The highlights store: one schema-versioned JSON file, written atomically (through `atomically`, as
// conf/electron-store write: temp file, fsync, rename), every read-modify-write under a lock file and on
// the file as it is (re-read when its inode, size or mtime changed since we last read or wrote it), so
// the app and the CLI or browser host never lose each other's writes. conf/electron-store (the backend)
// reads a file another process changed; writes skip its read-back of the whole file.
// A failed write keeps the change in memory and replays it on the next write that succeeds.
import { readFileSync } from 'node:fs'
import type { Notice } from '../../../shared/types'
import {
  backendOptions,
  confBackend,
  createCodec,
  fileVersion,
  writeStoreFile,
  type BackendFactory,
  type Codec,
  type StoreBackend,
} from './backend'
import { LockTimeoutError, withLock, type LockOptions } from '../../fs/lock'
import { recoverUnreadable, removeLeftoverTempFiles, upgradeNotice } from './recover'
import { emptyStore, parseStore, SCHEMA_VERSION, type StoreData } from './schema'

/** A change to the store. Must not throw, and must be safe to apply again to a newer file. */
export type Mutation = (data: StoreData) => StoreData

export interface OpenStoreOptions {
  /** How to make the file's backend; `electron-store` in the app, `conf` by default. */
  backend?: BackendFactory
  now?: () => Date
  lock?: LockOptions
}

export class StoreWriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly unsaved: number,
    options?: ErrorOptions,
  ) {
    super(
      `Could not save highlights to ${path}: ${reason}. Your changes (${unsaved}) are kept and will be saved with the next successful write.`,
      options,
    )
  }
}

export function openStore(path: string, options: OpenStoreOptions = {}): HighlightStore {
  return new HighlightStore(path, options)
}

export class HighlightStore {
  readonly path: string
  /** What the user must be told about this store: backups made, upgrades, a folder that cannot be written. */
  readonly notices: Notice[] = []
  #factory: BackendFactory
  #codec: Codec
  #backend: StoreBackend | null = null
  #now: () => Date
  #lock: LockOptions
  /** The file as last read or written, and its identity then. */
  #file: StoreData = emptyStore()
  #fileVersion: string | null = null
  /** Changes not yet on disk, in order; replayed on top of the file on the next write. */
  #pending: Mutation[] = []
  #view: StoreData | null = null

  constructor(path: string, options: OpenStoreOptions = {}) {
    this.path = path
    this.#codec = createCodec(path)
    this.#now = options.now ?? (() => new Date())
    this.#lock = options.lock ?? {}
    this.#factory = options.backend ?? confBackend
    try {
      withLock(path, () => this.#open(), this.#lock)
    } catch (error) {
      if (error instanceof LockTimeoutError) throw error
      this.#openWithoutLock(error)
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

  /** Apply a change and persist it. On failure the change stays in memory and StoreWriteError is thrown. */
  update(change: Mutation): StoreData {
    this.#pending.push(change)
    this.#view = null
    try {
      withLock(
        this.path,
        () => {
          this.#refresh(true)
          const next = this.#pending.reduce((data, c) => c(data), this.#file)
          this.#write(next)
          this.#file = next
          this.#fileVersion = fileVersion(this.path)
          this.#pending = []
          this.#view = next
        },
        this.#lock,
      )
    } catch (error) {
      throw new StoreWriteError(this.path, describeFailure(error), this.#pending.length, { cause: error })
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

  #open(): void {
    removeLeftoverTempFiles(this.path)
    // Checked before the backend is built, which would refuse (or clear) a file it cannot read.
    const recovered = recoverUnreadable(this.path, this.#now())
    if (recovered.notice) this.notices.push(recovered.notice)
    if (recovered.upgradedFrom !== undefined)
      this.notices.push(upgradeNotice(this.path, recovered.upgradedFrom, recovered.backupPath))
    this.#file = recovered.data
    if (recovered.rewrite) {
      try {
        this.#write(this.#file)
      } catch {
        this.#pending.push((data) => data)
      }
    }
    this.#fileVersion = fileVersion(this.path)
  }

  /** The folder cannot be written (read-only, full, a file where a folder should be): read what is there. */
  #openWithoutLock(cause: unknown): void {
    try {
      const parsed = parseStore(JSON.parse(readFileSync(this.path, 'utf8')))
      if (parsed.ok && parsed.dropped === 0) {
        this.#file = parsed.data
        // A migrated file must still be rewritten: leave its version unknown so the first write re-reads it.
        if (parsed.fromVersion === SCHEMA_VERSION) this.#fileVersion = fileVersion(this.path)
      }
    } catch {
      // Unreadable or absent: the first write that can take the lock backs it up before replacing it.
    }
    this.notices.push({
      id: `store-unwritable-${this.#now().getTime()}`,
      level: 'error',
      message: `Highlights cannot be saved to ${this.path}: ${describeFailure(cause)}. You can keep working: changes are kept in memory and saved as soon as the folder can be written.`,
    })
  }

  /**
   * Write `data` over the file; the caller holds the lock and has just checked the file is the version we
   * know. Written directly (as conf writes: atomically), so conf does not read the whole file back first.
   */
  #write(data: StoreData): void {
    const record = data as unknown as Record<string, unknown>
    if (!writeStoreFile(this.path, this.#codec.serialize(record))) this.#backendNow().store = record
    this.#codec.written()
  }

  #backendNow(): StoreBackend {
    this.#backend ??= this.#factory(backendOptions(this.path, this.#codec))
    return this.#backend
  }

  /** Re-read the file if another process replaced it since we last saw it. */
  #refresh(locked: boolean): void {
    const version = fileVersion(this.path)
    if (version === this.#fileVersion) return
    this.#view = null
    if (version === null) {
      // Deleted from outside: what we hold is all there is; the next write puts it back.
      this.#fileVersion = null
      return
    }
    let parsed
    try {
      parsed = parseStore(this.#backendNow().store)
    } catch (error) {
      parsed = { ok: false as const, reason: describeFailure(error) }
    }
    if (parsed.ok && parsed.dropped === 0 && parsed.fromVersion === SCHEMA_VERSION) {
      this.#file = parsed.data
      this.#fileVersion = version
      return
    }
    // Damaged (or replaced by another version) while we were running: back it up as at start-up,
    // keep what we knew plus whatever of it could be read, and write that back.
    const recover = () => recoverUnreadable(this.path, this.#now())
    const recovered = locked ? recover() : withLock(this.path, recover, this.#lock)
    if (recovered.notice) this.notices.push(recovered.notice)
    const known = new Set(this.#file.highlights.map((h) => h.id))
    const extra = recovered.data.highlights.filter((h) => !known.has(h.id))
    if (extra.length > 0) this.#file = { ...this.#file, highlights: [...this.#file.highlights, ...extra] }
    this.#fileVersion = fileVersion(this.path)
    if (!locked) this.update((data) => data)
    else this.#pending.push((data) => data)
  }
}

export function describeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const reasons: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the folder is on a read-only file system',
    EACCES: 'the folder is not writable (permission denied)',
    EPERM: 'the folder is not writable (operation not permitted)',
    ENOTDIR: 'part of the path is a file, not a folder',
    EISDIR: 'the store path is a folder',
  }
  if (code && reasons[code]) return reasons[code]
  return error instanceof Error ? error.message : String(error)
}

export { parseStore }
