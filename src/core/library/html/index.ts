// A saved web page (.html) as one import record, with its paragraphs already classified.
import { basename } from 'node:path'
import type { LoadProblem } from '../../../shared/types'
import type { ImportRecord } from '../records'
import { extractHtml } from './extract'
import { pageParagraphs } from './paragraphs'

export { extractHtml, type HtmlArticle } from './extract'
export { pageParagraphs, NOT_ARTICLE } from './paragraphs'
export { writtenDate } from './written-date'

export interface HtmlImport {
  record: (ImportRecord & { paragraphs: ReturnType<typeof pageParagraphs>['paragraphs'] }) | null
  problem?: LoadProblem
  /** Said in the file's line of the import report: the whole page was kept. */
  note?: LoadProblem
}

export function htmlRecord(fileName: string, html: string, options: { source?: string | null } = {}): HtmlImport {
  const page = extractHtml(html)
  const base = basename(fileName).replace(/\.x?html?$/i, '')
  const { body, paragraphs } = pageParagraphs(page.blocks, page.title, page.author)
  if (!body.trim()) return { record: null, problem: { file: fileName, reason: 'no readable text in the page' } }
  const record = {
    id: base,
    title: page.title ?? base,
    body,
    paragraphs,
    date: page.date,
    // the source the user names wins over the site's own name
    source: options.source ?? page.siteName ?? null,
    dateline: null,
    language: page.language ?? 'en',
    origin: fileName,
    ...(page.dateBasis ? { dateBasis: page.dateBasis } : {}),
    ...(page.author ? { author: page.author } : {}),
    ...(page.url ? { url: page.url } : {}),
  }
  if (!page.wholePage) return { record }
  const { articleWords, pageWords } = page.wholePage
  return {
    record,
    note: {
      file: fileName,
      reason: `the article found was ${articleWords} of the page's ${pageWords} words, so the whole page was kept with its navigation dimmed`,
    },
  }
}
