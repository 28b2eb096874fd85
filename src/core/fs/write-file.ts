// Replacing a file so a crash leaves either the old content or the new, never half of one: write a
// temp file beside it, flush it to disk, rename it over the file. A failed write leaves no temp behind.
import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { open, rename, rm } from 'node:fs/promises'

/** Unique across processes and across writes in flight at once. */
const tempBeside = (path: string) => `${path}.tmp-${randomBytes(6).toString('hex')}`

export function writeFileAtomic(path: string, text: string): void {
  const temp = tempBeside(path)
  try {
    const fd = openSync(temp, 'wx', 0o644)
    try {
      writeSync(fd, text)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

export async function writeFileAtomicAsync(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempBeside(path)
  try {
    const file = await open(temp, 'wx', 0o644)
    try {
      await file.writeFile(data)
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}
