// The one way the app writes a file it keeps (highlights, settings and topics, window state, library,
// exports, index cache): a temp file beside the target, every byte written (a short write is written
// on from where it stopped, or fails), fsync, its size checked, renamed over the target, the folder
// fsynced. On any failure the old file is as it was, the temp file is gone and WriteFailure says why
// in one line. `atomically` (under conf/electron-store) writes once and ignores a short count.
import { randomBytes } from 'node:crypto'
import * as nodeFs from 'node:fs'
import { open, rename, rm, realpath, stat } from 'node:fs/promises'
import { dirname } from 'node:path'
import { describeFsError } from './errors'

/** The calls the writer makes, so tests can inject short writes and full disks. */
export interface WriteFs {
  openSync(path: string, flags: string, mode?: number): number
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number | null): number
  fsyncSync(fd: number): void
  fstatSync(fd: number): { size: number }
  ftruncateSync(fd: number, length: number): void
  closeSync(fd: number): void
  renameSync(from: string, to: string): void
  rmSync(path: string, options: { force: true }): void
  statSync(path: string, options: { throwIfNoEntry: false }): { mode: number; size: number } | undefined
  realpathSync(path: string): string
}

export const realFs: WriteFs = nodeFs as unknown as WriteFs

export class WriteFailure extends Error {
  override name = 'WriteFailure'
  readonly code: string | undefined
  constructor(
    readonly path: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`could not save ${path}: ${reason}; the file was left as it was`, options)
    this.code = (options?.cause as NodeJS.ErrnoException | undefined)?.code
  }
}

/** A short write that made no progress: the disk took nothing more, as a full disk does. */
const noProgress = () =>
  Object.assign(new Error('no space left on device (write made no progress)'), { code: 'ENOSPC' })

const tempBeside = (path: string) => `${path}.tmp-${randomBytes(6).toString('hex')}`

const toBytes = (data: string | Uint8Array) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data)

/** Writes every byte of `bytes` at the fd's position; a short write goes on from where it stopped. */
export function writeAll(fs: WriteFs, fd: number, bytes: Uint8Array, position: number | null = null): void {
  let done = 0
  while (done < bytes.length) {
    const n = fs.writeSync(fd, bytes, done, bytes.length - done, position === null ? null : position + done)
    if (!(n > 0)) throw noProgress()
    done += n
  }
}

/** The real file behind a link, so a linked store stays a link; the path itself if there is none yet. */
function targetOf(fs: WriteFs, path: string): string {
  try {
    return fs.realpathSync(path)
  } catch {
    return path
  }
}

function syncFolder(fs: WriteFs, folder: string): void {
  let fd: number | undefined
  try {
    fd = fs.openSync(folder, 'r')
    fs.fsyncSync(fd)
  } catch {
    // Some systems cannot fsync a folder (Windows, some network file systems); the rename is done.
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/** Replace `path` with `data`, all or nothing (see the file comment). Throws WriteFailure. */
export function writeFileSafely(path: string, data: string | Uint8Array, fs: WriteFs = realFs): void {
  const target = targetOf(fs, path)
  const bytes = toBytes(data)
  const temp = tempBeside(target)
  let fd: number | undefined
  try {
    const mode = fs.statSync(target, { throwIfNoEntry: false })?.mode
    fd = fs.openSync(temp, 'wx', mode === undefined ? 0o644 : mode & 0o777)
    writeAll(fs, fd, bytes, 0)
    fs.fsyncSync(fd)
    const size = fs.fstatSync(fd).size
    if (size !== bytes.length) throw new Error(`the temp file holds ${size} bytes after writing ${bytes.length}`)
    fs.closeSync(fd)
    fd = undefined
    fs.renameSync(temp, target)
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd)
      } catch {
        // Closing a file that failed to write can fail too; the temp file is removed below either way.
      }
    }
    try {
      fs.rmSync(temp, { force: true })
    } catch {
      // Could not remove it (the folder went read-only): a later open removes leftover temps.
    }
    throw new WriteFailure(path, describeFsError(error), { cause: error })
  }
  syncFolder(fs, dirname(target))
}

export interface AppendOptions {
  /**
   * 'now' (the default): flushed to the disk (fsync) before returning. 'after': the bytes are in the
   * file for every reader when this returns (all or nothing, as above) and reach the disk through an
   * fdatasync on a worker thread just after, as SQLite's WAL does with synchronous=NORMAL: a power cut
   * in those milliseconds can lose the last append, never tear or reorder what is there. A failed late
   * flush is handed to `onLateFailure` (why, in one line).
   */
  flush?: 'now' | 'after'
  onLateFailure?: (reason: string) => void
}

/**
 * Append `data` to `path`, all or nothing: on failure the file is cut back to its size before, so a
 * reader never sees half a record. Returns the offset the data starts at. Throws WriteFailure.
 */
export function appendFileSafely(
  path: string,
  data: string | Uint8Array,
  fs: WriteFs = realFs,
  options: AppendOptions = {},
): number {
  const bytes = toBytes(data)
  // A flush on a worker thread needs the real file system (tests inject theirs: flushed at once).
  const later = options.flush === 'after' && fs === realFs
  let fd: number | undefined
  let start = -1
  try {
    fd = fs.openSync(path, 'a+', 0o644)
    start = fs.fstatSync(fd).size
    writeAll(fs, fd, bytes, null)
    if (!later) fs.fsyncSync(fd)
    const size = fs.fstatSync(fd).size
    if (size !== start + bytes.length) throw new Error(`the file holds ${size} bytes after appending to ${start}`)
    if (later) {
      const open = fd
      fd = undefined // closed once flushed
      nodeFs.fdatasync(open, (error) => {
        nodeFs.close(open, () => undefined)
        if (error) options.onLateFailure?.(describeFsError(error))
      })
    }
    return start
  } catch (error) {
    if (fd !== undefined && start >= 0) {
      try {
        fs.ftruncateSync(fd, start)
      } catch {
        // Cannot cut it back: readers skip a torn last line (see the library and journal readers).
      }
    }
    throw new WriteFailure(path, describeFsError(error), { cause: error })
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/** The same as writeFileSafely, without blocking: for large files (the index cache, exports). */
export async function writeFileSafelyAsync(path: string, data: string | Uint8Array): Promise<void> {
  const target = await realpath(path).catch(() => path)
  const bytes = toBytes(data)
  const temp = tempBeside(target)
  try {
    const mode = (await stat(target).catch(() => undefined))?.mode
    const file = await open(temp, 'wx', mode === undefined ? 0o644 : mode & 0o777)
    try {
      let done = 0
      while (done < bytes.length) {
        const { bytesWritten } = await file.write(bytes, done, bytes.length - done, done)
        if (!(bytesWritten > 0)) throw noProgress()
        done += bytesWritten
      }
      await file.sync()
      const { size } = await file.stat()
      if (size !== bytes.length) throw new Error(`the temp file holds ${size} bytes after writing ${bytes.length}`)
    } finally {
      await file.close()
    }
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw new WriteFailure(path, describeFsError(error), { cause: error })
  }
  syncFolder(realFs, dirname(target))
}
