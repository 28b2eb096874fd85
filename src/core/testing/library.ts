// Real data for the library tests: lines of the Reuters-21578 JSON Lines file.
import { readFileSync } from 'node:fs'
import type { Article } from '../../shared/types'
import { segmentParagraphs } from '../corpus/paragraphs'
import { REUTERS_FILE } from './test-paths'

export const REUTERS = REUTERS_FILE

let lines: string[] | undefined

/** Lines `from`..`to` (1-based, inclusive) of the Reuters file, as text. */
export function reutersLines(from: number, to: number): string {
  lines ??= readFileSync(REUTERS, 'utf8').split('\n')
  return lines.slice(from - 1, to).join('\n')
}

/** A Reuters story as the Article a library holds: its body cut into paragraphs as an import does. */
export function reutersArticle(
  story: { id: string; title: string; body: string },
  source: string | null = null,
): Article {
  const paragraphs = segmentParagraphs(story.body, { title: story.title })
  return {
    id: story.id,
    title: story.title,
    source,
    date: null,
    dateline: null,
    language: 'en',
    origin: story.id,
    paragraphCount: paragraphs.length,
    body: story.body,
    paragraphs,
  }
}
