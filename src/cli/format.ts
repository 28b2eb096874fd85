// Pieces of the readable (not --json) output that several commands print the same way.
import type { IsoDate, Mark } from '../shared/types'

/** `**term**` around each mark of `text`, as Markdown would show it. */
export function emphasize(text: string, marks: readonly Mark[]): string {
  let out = ''
  let at = 0
  for (const [start, end] of marks) {
    out += `${text.slice(at, start)}**${text.slice(start, end)}**`
    at = end
  }
  return out + text.slice(at)
}

/** `date · source · title`: the line that names an article in a list. */
export function articleLine(article: { date: IsoDate | null; source: string | null; title: string }): string {
  return `${article.date ?? 'undated'} · ${article.source ?? 'Unknown source'} · ${article.title}`
}
