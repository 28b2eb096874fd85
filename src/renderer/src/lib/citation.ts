// A passage copied from the reader carries where it came from: outlet, date, title, paragraph.
import type { Article } from '../../../shared/types'
import { formatDate } from './dates'

export function citation(
  article: Pick<Article, 'title' | 'source' | 'date' | 'url'>,
  paragraph: number | null,
): string {
  const parts = [
    article.source ?? 'unknown source',
    formatDate(article.date),
    `“${article.title}”`,
    ...(paragraph === null ? [] : [`paragraph ${paragraph + 1}`]),
  ]
  return `— ${parts.join(', ')}${article.url ? ` <${article.url}>` : ''}`
}

/** The copied text followed by its citation, as plain text. */
export function withCitation(text: string, article: Parameters<typeof citation>[0], paragraph: number | null): string {
  return `${text.trim()}\n\n${citation(article, paragraph)}`
}
