// Where tests find the shared real data (seeds, gold labels, Reuters), relative to the repo.
import { fileURLToPath } from 'node:url'

const at = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

export const REPO_ROOT = at('../../../')
export const BUNDLED_CORPUS = at('../../../corpus')
export const SEEDS_DIR = at('../../../../shared/seeds')
export const GOLD_FILE = at('../../../../shared/gold/seed-topics.json')
export const REUTERS_FILE = at('../../../../shared/corpora/reuters-21578/reuters-21578.jsonl')
