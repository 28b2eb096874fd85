// Replace a file so a crash leaves either the old text or the new, never half of one.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { randomBytes } from 'node:crypto'

export function writeFileAtomic(path: string, text: string): void {
  const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`
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
