// One article file (.md or .txt, with or without front matter) into an Article, or a LoadProblem
// that names the file and says what is wrong with it.
import { parseIsoDate } from '../../shared/dates'
import type { Article, LoadProblem } from '../../shared/types'
import { FrontMatterError, parseFrontMatter } from './frontmatter'
import { segmentParagraphs, type ParagraphSelector } from './paragraphs'

export type ParseResult = { article: Article; problem?: undefined } | { article?: undefined; problem: LoadProblem }

class FieldError extends Error {}

function optionalString(data: Record<string, unknown>, key: string): string | null {
  const value = data[key]
  if (value === undefined || value === null) return null
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value !== 'string') throw new FieldError(`front matter "${key}" must be text, not ${describe(value)}`)
  const trimmed = value.trim()
  return trimmed === '' ? null : trimmed
}

function selectors(data: Record<string, unknown>, key: string): ParagraphSelector[] | undefined {
  const value = data[key]
  if (value === undefined || value === null) return undefined
  const list = Array.isArray(value) ? value : [value]
  for (const item of list) {
    if (typeof item === 'string' || (typeof item === 'number' && Number.isInteger(item) && item >= 0)) continue
    throw new FieldError(`front matter "${key}" must list paragraph texts or indexes (0, 1, …), found ${describe(item)}`)
  }
  return list as ParagraphSelector[]
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'null'
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`
}

export const baseName = (fileName: string) =>
  (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.(md|markdown|txt)$/i, '')

/** A title for an article that has none: its headline, else the start of its first paragraph. */
function fallbackTitle(article: Pick<Article, 'body' | 'paragraphs'>, fileBase: string): string {
  const first = article.paragraphs.find((p) => p.headline) ?? article.paragraphs.find((p) => p.kind === 'text')
  if (!first) return fileBase
  const text = article.body.slice(first.start, first.end).replace(/\s+/g, ' ')
  if (text.length <= 100) return text
  const cut = text.slice(0, 100)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : 100)}…`
}

export function parseArticleFile(fileName: string, text: string): ParseResult {
  try {
    const { data, body } = parseFrontMatter(text)
    const fileBase = baseName(fileName)
    const id = optionalString(data, 'id') ?? fileBase
    if (/[\n\r]/.test(id)) throw new FieldError('front matter "id" must be on one line')
    const rawDate = data.date ?? null
    const date = parseIsoDate(rawDate)
    if (date === undefined) {
      throw new FieldError(`front matter "date" is ${JSON.stringify(rawDate)}, not a date as YYYY-MM-DD`)
    }
    const title = optionalString(data, 'title')
    const mode = optionalString(data, 'segment') ?? 'auto'
    if (mode !== 'auto' && mode !== 'lines' && mode !== 'wrapped') {
      throw new FieldError(`front matter "segment" must be auto, lines or wrapped, not "${mode}"`)
    }
    const paragraphs = segmentParagraphs(body, {
      mode,
      title: title ?? undefined,
      chrome: selectors(data, 'chrome'),
      notChrome: selectors(data, 'notChrome'),
    })
    const dateBasis = optionalString(data, 'dateBasis')
    const article: Article = {
      id,
      title: title ?? fallbackTitle({ body, paragraphs }, fileBase),
      source: optionalString(data, 'source'),
      date,
      dateline: optionalString(data, 'dateline'),
      language: optionalString(data, 'language') ?? 'en',
      ...(dateBasis ? { dateBasis } : {}),
      origin: fileName,
      paragraphCount: paragraphs.length,
      body,
      paragraphs,
    }
    return { article }
  } catch (error) {
    if (error instanceof FrontMatterError) {
      return { problem: { file: fileName, ...(error.line ? { line: error.line } : {}), reason: error.message } }
    }
    if (error instanceof FieldError) return { problem: { file: fileName, reason: error.message } }
    throw error
  }
}
