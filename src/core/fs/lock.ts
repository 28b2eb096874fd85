// A lock file beside the store, so two processes (the app and the CLI or browser host) never
// interleave their read-modify-write. Created with O_EXCL; a lock left by a dead process is broken.
import { ConflictError } from '../../shared/errors'
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs'
import { hostname } from 'node:os'
import { dirname } from 'node:path'
import { randomBytes } from 'node:crypto'
import { describeFsError } from './errors'
import { realFs, writeAll, WriteFailure } from './write-file'

export interface LockOptions {
  /** Give up after this long (ms). */
  timeoutMs?: number
  /** A lock this old is broken even if its owner seems alive: holds last milliseconds. */
  staleMs?: number
}

export class LockTimeoutError extends ConflictError {
  constructor(
    readonly lockPath: string,
    readonly holder: string,
  ) {
    super(
      `${lockPath.replace(/\.lock$/, '')} is in use by another process (${holder}) that still holds its lock ${lockPath}; try again when it is done`,
    )
  }
}

/** The lock path is something no lock ever is (a folder): only the user can say what it is for. */
export class LockPathError extends Error {
  readonly lockProblem = true
  constructor(readonly lockPath: string) {
    super(
      `the lock file ${lockPath} is a folder, not a lock file; no Stance Reader process makes one, so move it away and try again`,
    )
  }
}

interface LockInfo {
  pid: number
  host: string
  token: string
}

const sleeper = new Int32Array(new SharedArrayBuffer(4))
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms)

/** Run `fn` holding `<target>.lock`. Synchronous, like the store it guards. */
export function withLock<T>(target: string, fn: () => T, options: LockOptions = {}): T {
  const lockPath = `${target}.lock`
  const token = acquire(lockPath, options.timeoutMs ?? 5_000, options.staleMs ?? 10_000)
  try {
    return fn()
  } finally {
    release(lockPath, token)
  }
}

function acquire(lockPath: string, timeoutMs: number, staleMs: number): string {
  const token = randomBytes(8).toString('hex')
  const content = JSON.stringify({ pid: process.pid, host: hostname(), token } satisfies LockInfo)
  const deadline = Date.now() + timeoutMs
  let madeFolder = false
  for (;;) {
    let fd = -1
    try {
      fd = openSync(lockPath, 'wx')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // The user data folder may not exist yet (first run) or may have been removed.
      if (code === 'ENOENT' && !madeFolder) {
        mkdirSync(dirname(lockPath), { recursive: true })
        madeFolder = true
        continue
      }
      if (code !== 'EEXIST') throw cannotLock(lockPath, error)
    }
    if (fd >= 0) {
      try {
        writeAll(realFs, fd, Buffer.from(content))
      } catch (error) {
        // A full disk takes the empty file but not its content: no half lock is left behind.
        closeSync(fd)
        rmSync(lockPath, { force: true })
        throw cannotLock(lockPath, error)
      }
      closeSync(fd)
      return token
    }
    const seen = inspect(lockPath)
    if (seen === 'gone') continue
    if (isStale(seen, staleMs)) {
      breakLock(lockPath, seen.raw)
      continue
    }
    if (Date.now() > deadline)
      throw new LockTimeoutError(lockPath, seen.info ? `pid ${seen.info.pid} on ${seen.info.host}` : 'unknown')
    sleep(2 + Math.random() * 8)
  }
}

/** The lock cannot be made (a full disk, a read-only folder): the file it guards cannot be saved, said so in one line. */
const cannotLock = (lockPath: string, error: unknown) =>
  new WriteFailure(lockPath.replace(/\.lock$/, ''), describeFsError(error), { cause: error })

type LockSnapshot = { raw: string; info: LockInfo | undefined; ageMs: number }

function inspect(lockPath: string): LockSnapshot | 'gone' {
  try {
    const raw = readFileSync(lockPath, 'utf8')
    const ageMs = Date.now() - statSync(lockPath).mtimeMs
    let info: LockInfo | undefined
    try {
      info = JSON.parse(raw) as LockInfo
    } catch {
      info = undefined
    }
    return { raw, info, ageMs }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return 'gone'
    if (code === 'EISDIR') throw new LockPathError(lockPath)
    throw error
  }
}

function isStale(seen: LockSnapshot, staleMs: number): boolean {
  // An owner writes its pid straight after creating the file; an empty file a second old was left by a crash.
  if (!seen.info) return seen.ageMs > 1_000
  if (seen.ageMs > staleMs) return true
  return seen.info.host === hostname() && !isAlive(seen.info.pid)
}

/** Whether a process of this host is running (EPERM: it is, under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Move the stale lock aside and check it was the one judged stale; if another process replaced it
 * in between, put that one back (link fails rather than overwrite a newer lock).
 */
function breakLock(lockPath: string, staleRaw: string): void {
  const aside = `${lockPath}.stale-${randomBytes(4).toString('hex')}`
  try {
    renameSync(lockPath, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  try {
    if (readFileSync(aside, 'utf8') !== staleRaw) {
      try {
        linkSync(aside, lockPath)
      } catch {
        // Someone holds a newer lock already; theirs stands.
      }
    }
  } finally {
    unlinkSync(aside)
  }
}

function release(lockPath: string, token: string): void {
  try {
    const info = JSON.parse(readFileSync(lockPath, 'utf8')) as LockInfo
    // Only remove our own lock: if ours was broken as stale, the file is someone else's now.
    if (info.token === token) unlinkSync(lockPath)
  } catch {
    // Already gone or unreadable: nothing of ours to remove.
  }
}
