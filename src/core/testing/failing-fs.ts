// File systems that fail as real disks do, for the write path's tests and each store's: a disk that
// takes a few bytes per write call, and one that fills up after so many bytes (a short write, then
// ENOSPC, as Linux reports a full tmpfs).
import { realFs, type WriteFs } from '../fs/write-file'

/** Every write call takes at most `step` bytes, as a pipe or a busy network disk can. */
export function shortWrites(step: number): WriteFs {
  return {
    ...realFs,
    writeSync: (fd, buffer, offset, length, position) =>
      realFs.writeSync(fd, buffer, offset, Math.min(length, step), position),
  }
}

/** Accepts `room` bytes in all, then returns a short count, then throws ENOSPC. */
export function diskFullAfter(room: number): WriteFs {
  let left = room
  return {
    ...realFs,
    writeSync: (fd, buffer, offset, length, position) => {
      if (left <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
      const n = realFs.writeSync(fd, buffer, offset, Math.min(length, left), position)
      left -= n
      return n
    },
  }
}
