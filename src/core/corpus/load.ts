// Loading a folder of article files. One bad file is reported and skipped; the rest load.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article, LoadProblem } from '../../shared/types'
import { parseArticleFile } from './article'
import { describeFsError } from '../fs/errors'

export const ARTICLE_FILE = /\.(md|markdown|txt)$/i

/** The folder itself cannot be read (missing, not a folder, no permission). */
export class CorpusError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`cannot read corpus folder ${path}: ${reason}`)
  }
}

export interface LoadedCorpus {
  articles: Article[]
  problems: LoadProblem[]
}

const reasonOf = (error: unknown, what: 'folder' | 'file') => describeFsError(error, `no such ${what}`)

/** Text as UTF-8; invalid bytes become U+FFFD rather than failing the file. */
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })

export async function loadCorpusDir(dir: string): Promise<LoadedCorpus> {
  let names: string[]
  try {
    const entries = await readdir(dir, { withFileTypes: true })
    names = entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && ARTICLE_FILE.test(entry.name))
      .map((entry) => entry.name)
      .sort()
  } catch (error) {
    throw new CorpusError(dir, reasonOf(error, 'folder'))
  }

  const articles: Article[] = []
  const problems: LoadProblem[] = []
  const seen = new Map<string, string>()
  for (const name of names) {
    let text: string
    try {
      text = decoder.decode(await readFile(join(dir, name)))
    } catch (error) {
      problems.push({ file: name, reason: `cannot read file: ${reasonOf(error, 'file')}` })
      continue
    }
    const result = parseArticleFile(name, text)
    if (result.problem) {
      problems.push(result.problem)
      continue
    }
    const earlier = seen.get(result.article.id)
    if (earlier) {
      problems.push({ file: name, reason: `id "${result.article.id}" is already used by ${earlier}; this file was skipped` })
      continue
    }
    seen.set(result.article.id, name)
    articles.push(result.article)
  }
  return { articles, problems }
}
