// Where tests and the bench find real data: the bundled corpus in the repo, and the shared data beside it
// (seeds, gold labels, Reuters). The one place these paths are written; REUTERS_JSONL overrides Reuters.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const at = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

export const REPO_ROOT = at('../../../')
export const BUNDLED_CORPUS = at('../../../corpus')
export const SHARED_DIR = at('../../../../shared')
export const SEEDS_DIR = at('../../../../shared/seeds')
export const GOLD_FILE = at('../../../../shared/gold/seed-topics.json')
export const REUTERS_FILE = process.env.REUTERS_JSONL
  ? resolve(process.env.REUTERS_JSONL)
  : at('../../../../shared/corpora/reuters-21578/reuters-21578.jsonl')

/** Why tests that read the shared data cannot run here, in one line; '' when it is all present. */
export function sharedDataMissing(): string {
  const missing = [SEEDS_DIR, GOLD_FILE, REUTERS_FILE].filter((path) => !existsSync(path))
  return missing.length
    ? `needs the shared test data (seeds, gold labels, Reuters-21578) beside the repo; missing: ${missing.join(', ')}`
    : ''
}
