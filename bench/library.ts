// The bench's library: Reuters-21578 (or its first BENCH_LIMIT lines) imported into a scratch library.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Library, type ImportReport } from '../src/core/library'
import { CACHE_FILE } from '../src/core/search/cache'
import { loadOrBuildIndex } from '../src/core/search/index-build'
import { REUTERS_FILE } from '../src/core/testing/test-paths'

export const benchLimit = () => (process.env.BENCH_LIMIT ? Number(process.env.BENCH_LIMIT) : undefined)

/** Imports the Reuters file (its first `limit` lines when given) into `library`. */
export function importReuters(library: Library, reuters: string, limit: number | undefined): Promise<ImportReport> {
  const text = readFileSync(reuters, 'utf8')
  return library.importText('reuters-21578.jsonl', limit ? text.split('\n').slice(0, limit).join('\n') : text)
}

/**
 * A user data folder holding the bench library (`library/`) and, with `indexed`, its index cache
 * (`index-cache/`), as a warm start finds them; made on first use and kept for the next run.
 */
export async function preparedLibrary(
  workDir: string,
  indexed = false,
): Promise<{ libraryDir: string; cacheDir: string }> {
  const libraryDir = join(workDir, 'library')
  const cacheDir = join(workDir, 'index-cache')
  if (!existsSync(libraryDir)) await importReuters(await Library.open(libraryDir), REUTERS_FILE, benchLimit())
  if (indexed && !existsSync(join(cacheDir, CACHE_FILE))) {
    const library = await Library.open(libraryDir)
    await loadOrBuildIndex(await library.readAll(), cacheDir)
  }
  return { libraryDir, cacheDir }
}
