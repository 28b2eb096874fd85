// The journal file as one store process knows it: which file (inode) and how far it has read, so that
// another process's appends are read from there on and anything else (a new journal, a compaction)
// sends the store back to the whole file. Appends and the first write go through the one write path.
import { statSync } from 'node:fs'
import { appendFileSafely, writeFileSafely, type WriteFs } from '../../fs/write-file'
import { changeLine, headerLine, journalPath, readJournal, type Change, type JournalRead } from './journal'
import { statOrNone } from './load'

interface Known {
  ino: number
  /** Where its last whole line ends: what has been applied. */
  end: number
  /** Not this store file's journal (left by a compaction cut short): never applied, replaced by the next save. */
  stale: boolean
  legacy: boolean
}

export class JournalFile {
  readonly path: string
  /** Whole lines of the journal that could not be read, as last opened. */
  damaged = 0
  #known: Known | null = null
  #fs: WriteFs
  #onLateFailure: (reason: string) => void

  constructor(store: string, fs: WriteFs, onLateFailure: (reason: string) => void) {
    this.path = journalPath(store)
    this.#fs = fs
    this.#onLateFailure = onLateFailure
  }

  /** Bytes of changes the store file does not hold yet. */
  get size(): number {
    return this.#known && !this.#known.stale ? this.#known.end : 0
  }

  /** Written before the store's format 2: read, never appended to. */
  get legacy(): boolean {
    return this.#known?.legacy ?? false
  }

  /** Read the journal of store file `gen` from its start; its changes, or none when it is not that file's. */
  open(gen: string | null): JournalRead | null {
    this.#known = null
    this.damaged = 0
    const read = readJournal(this.path, gen)
    if (!read) return null
    this.#known = { ino: read.ino, end: read.end, stale: read.stale || read.end === 0, legacy: read.legacy }
    if (this.#known.stale) return null
    this.damaged = read.damaged
    return read
  }

  forget(): void {
    this.#known = null
    this.damaged = 0
  }

  /** How the file on disk compares with what was read: the same, grown by appends, or another file (or gone). */
  look(): 'same' | 'grown' | 'other' {
    const now = statOrNone(this.path)
    const known = this.#known
    if (!now || !known) return !now && !known ? 'same' : 'other'
    if (now.ino !== known.ino || now.size < known.end) return 'other'
    if (known.stale) return now.size === known.end ? 'same' : 'other'
    return now.size === known.end ? 'same' : 'grown'
  }

  /** The whole lines appended since the last read (null: they cannot be used, re-read everything). */
  readOn(gen: string | null): { changes: Change[]; cutShort: boolean } | null {
    const known = this.#known as Known
    const tail = readJournal(this.path, gen, known.end, known.legacy)
    if (!tail || tail.ino !== known.ino || tail.damaged > 0) return null
    known.end = tail.end
    return { changes: tail.changes, cutShort: (statOrNone(this.path)?.size ?? 0) > tail.end }
  }

  /** Append one change (flushed just after, see appendFileSafely), or start the journal of store file `gen`. */
  append(change: Change, gen: string): void {
    const line = changeLine(change)
    if (this.#known && !this.#known.stale && !this.#known.legacy) {
      appendFileSafely(this.path, line, this.#fs, { flush: 'after', onLateFailure: this.#onLateFailure })
      this.#known.end += Buffer.byteLength(line)
      return
    }
    const text = headerLine(gen) + line
    writeFileSafely(this.path, text, this.#fs)
    this.#known = { ino: statSync(this.path).ino, end: Buffer.byteLength(text), stale: false, legacy: false }
  }
}
