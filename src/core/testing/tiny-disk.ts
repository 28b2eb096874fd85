// A real, tiny file system for the disk-full tests: a tmpfs of a few hundred KB mounted on a fresh
// folder (Linux, where this process may mount), filled to leave exactly as much room as a test asks.
// Where mounting is not allowed the tests are skipped and the reason printed, never faked.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TinyDisk {
  dir: string
  /** Fill the disk so that about `bytes` stay free (a filler file; `roomBack()` removes it). */
  leave(bytes: number): void
  roomBack(): void
  free(): number
  /** Remount read only (`ro`) or writable again. */
  setReadOnly(readOnly: boolean): void
  unmount(): void
}

/** Mounts a tmpfs of `size` bytes, or returns why it cannot. */
export function mountTinyDisk(size: number): TinyDisk | string {
  if (process.platform !== 'linux') return `a tmpfs cannot be mounted on ${process.platform}`
  const dir = mkdtempSync(join(tmpdir(), 'stance-tiny-disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' })
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim()
    return `mount -t tmpfs is not allowed here (${stderr || (error as Error).message})`
  }
  const filler = join(dir, '.filler')
  const free = () => {
    const s = statfsSync(dir)
    return s.bavail * s.bsize
  }
  return {
    dir,
    free,
    leave(bytes) {
      rmSync(filler, { force: true })
      const room = free() - bytes
      if (room > 0) writeFileSync(filler, Buffer.alloc(room))
    },
    roomBack() {
      try {
        unlinkSync(filler)
      } catch {
        // none made
      }
    },
    setReadOnly(readOnly) {
      execFileSync('mount', ['-o', `remount,${readOnly ? 'ro' : 'rw'}`, dir], { stdio: 'pipe' })
    },
    unmount() {
      // A child killed a moment ago may still hold a file open ("target is busy"): detach lazily then,
      // so one slow exit never fails the test file that mounted the disk.
      try {
        execFileSync('umount', [dir], { stdio: 'pipe' })
      } catch {
        execFileSync('umount', ['-l', dir], { stdio: 'pipe' })
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
