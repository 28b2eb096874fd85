// Why a file could not be read or written, for a person: one line, no stack, the same words wherever the
// app touches a file (the write path, the stores, the corpus loader).
import { errorMessage } from '../../shared/errors'

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the folder is on a read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'the path is a folder, not a file',
  EIO: 'the disk reported an input/output error',
}

/**
 * The reason in a few words; `missing` is what ENOENT means where the caller is (a writer: its folder does
 * not exist; a reader: no such file). Anything else: the first line of the error's own message.
 */
export function describeFsError(error: unknown, missing = 'its folder does not exist'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return missing
  if (code && REASONS[code]) return REASONS[code]
  const message = errorMessage(error)
  return message.split('\n')[0] ?? message
}
