// The articles a CLI command works on, from one of:
//   --library DIR        a library folder made by `cli import` (its index cached in DIR/index-cache)
//   --corpus DIR         a folder of .md/.txt articles
//   --corpus FILE.jsonl  a JSON Lines file (or a single .md/.txt/.html), read in memory, nothing saved
// and by default what the app shows: the bundled corpus plus the user's library (where `cli import` puts
// articles), with the app's own index cache. Every command loads through here, so every command takes the same flags.
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Article, LoadProblem } from '../shared/types'
import { CorpusError, loadCorpusDir } from '../core/corpus'
import {
  collapseDuplicates,
  groupNearDuplicates,
  Library,
  markGroups,
  mergeById,
  readSourcePath,
  recordParagraphs,
} from '../core/library'
import { loadOrBuildIndex, type IndexProgress } from '../core/search/index-build'
import { readIndexCache, indexKey } from '../core/search/cache'
import { bundledCorpusDir, storePaths, userDataDir } from '../core/fs/paths'
import { SearchIndex } from '../core/search'
import { CliError } from './args'
import { errorMessage } from '../shared/errors'

/** The repo root, found from this file rather than the working directory. */
const appRoot = fileURLToPath(new URL('../..', import.meta.url))

export interface CorpusFlags {
  corpus?: string
  library?: string
}

export interface CliCorpus {
  articles: Article[]
  /** Where it came from, for messages. */
  label: string
  /** Where its search index is cached (library only). */
  cacheDir: string | null
}

export const corpusFlagOptions = { corpus: { type: 'string' }, library: { type: 'string' } } as const

function warn(problems: LoadProblem[]): void {
  for (const p of problems) process.stderr.write(`warning: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}\n`)
}

/** What the library repaired or lost on opening (a damaged or missing file), a line each. */
const tellNotices = (library: Library) => {
  for (const notice of library.store.notices) process.stderr.write(`${notice.level}: ${notice.message}\n`)
}

const hasLibrary = (dir: string) =>
  stat(join(dir, 'library.json')).then(
    () => true,
    () => false,
  )

async function readCorpusDir(path: string): Promise<Article[]> {
  try {
    const loaded = await loadCorpusDir(path)
    warn(loaded.problems)
    if (loaded.articles.length === 0) process.stderr.write(`warning: no articles in ${path}\n`)
    return loaded.articles
  } catch (error) {
    if (error instanceof CorpusError) throw new CliError(error.message)
    throw error
  }
}

/** No flags: the bundled corpus and the user's library, merged as the app merges them, with the app's index cache. */
async function appArticles(): Promise<CliCorpus> {
  const bundled = bundledCorpusDir(appRoot)
  const paths = storePaths(userDataDir())
  const corpus = await readCorpusDir(bundled)
  if (!(await hasLibrary(paths.library))) return { articles: corpus, label: bundled, cacheDir: null }
  const library = await Library.open(paths.library)
  const fromLibrary = await library.readAll()
  tellNotices(library)
  return {
    articles: mergeById(corpus, fromLibrary),
    label: `${bundled} and ${paths.library}`,
    cacheDir: paths.indexCache,
  }
}

export async function loadArticlesForCli(flags: CorpusFlags): Promise<CliCorpus> {
  if (flags.library !== undefined && flags.corpus !== undefined)
    throw new CliError('give --library or --corpus, not both', 2)
  if (flags.library === undefined && flags.corpus === undefined) return appArticles()
  if (flags.library !== undefined) {
    const exists = await hasLibrary(flags.library)
    if (!exists)
      throw new CliError(
        `no library at ${flags.library} (create one with: cli import <file> --library ${flags.library})`,
      )
    const library = await Library.open(flags.library)
    const articles = await library.readAll()
    tellNotices(library)
    return { articles, label: flags.library, cacheDir: join(flags.library, 'index-cache') }
  }
  const path = flags.corpus ?? bundledCorpusDir(appRoot)
  const info = await stat(path).catch(() => null)
  if (!info) throw new CliError(`cannot read corpus ${path}: no such file or folder`)
  if (info.isDirectory()) return { articles: await readCorpusDir(path), label: path, cacheDir: null }
  let parsed
  try {
    parsed = await readSourcePath(path)
  } catch (error) {
    throw new CliError(errorMessage(error))
  }
  warn(parsed.problems)
  const articles = parsed.records.map((record): Article => {
    const { wrapped: _w, places: _p, topics: _t, paragraphs: _given, ...rest } = record
    const paragraphs = recordParagraphs(record)
    return { ...rest, paragraphs, paragraphCount: paragraphs.length }
  })
  // Near-identical stories are marked as a library marks them, so compare folds them the same way.
  markGroups(new Map(articles.map((a) => [a.id, a])), groupNearDuplicates(articles))
  return { articles, label: path, cacheDir: null }
}

/** The articles a comparison shows: one pane per story, its near-identical copies named on it. */
export function comparableArticles(articles: Article[]): Article[] {
  return collapseDuplicates(articles)
}

/** The search index: the library's cache when it fits, else built (in a worker) and cached there. */
export async function searchIndexForCli(
  corpus: CliCorpus,
  onProgress?: (p: IndexProgress) => void,
): Promise<SearchIndex> {
  if (!corpus.cacheDir) return SearchIndex.build(corpus.articles)
  return (await loadOrBuildIndex(corpus.articles, corpus.cacheDir, { onProgress })).index
}

/** The cached index if there is one for exactly these articles; null means "scan instead". */
export async function cachedIndexForCli(corpus: CliCorpus): Promise<SearchIndex | null> {
  if (!corpus.cacheDir) return null
  const engine = await readIndexCache(corpus.cacheDir, indexKey(corpus.articles))
  return engine ? SearchIndex.fromEngine(engine, corpus.articles) : null
}
