// The blocks of an extracted page as the body and paragraphs the library stores: headings from the
// page's own headings, captions from <figcaption>, and the corpus chrome rules (navigation, credits,
// bylines, trailers) over what extraction left, so they show dimmed rather than as article text.
import type { ChromeReason, Paragraph } from '../../../shared/types'
import { detectChrome } from '../../corpus'
import { normalizeForMatch } from '../../text/text'
import type { TextBlock } from './blocks'

export interface PageText {
  body: string
  paragraphs: Paragraph[]
}

/** Chrome that is not the article at all (as opposed to captions, credits and bylines: dimmed parts of it). */
export const NOT_ARTICLE: ReadonlySet<ChromeReason> = new Set(['navigation', 'trailer', 'override'])

export function pageParagraphs(blocks: TextBlock[], title: string | null, author: string | null): PageText {
  // The same line twice in a row (a headline repeated by a sticky header) is kept once.
  const kept = blocks.filter((block, i) => i === 0 || block.text !== blocks[i - 1]?.text)
  const texts = kept.map((block) => block.text)
  const reasons = detectChrome(texts)
  const byline = author ? normalizeForMatch(author) : null
  kept.forEach((block, i) => {
    if (block.hint === 'navigation' && !reasons[i]) reasons[i] = 'navigation'
    if (block.hint === 'caption') reasons[i] = reasons[i] === 'credit' ? 'credit' : 'caption'
    const text = normalizeForMatch(block.text)
    if (!reasons[i] && byline && (text === byline || text === `by ${byline}`)) reasons[i] = 'byline'
  })
  const titleKey = title ? normalizeForMatch(title) : null
  let offset = 0
  let section: number | undefined
  const paragraphs: Paragraph[] = kept.map((block, index) => {
    const start = offset
    const end = start + block.text.length
    offset = end + 2
    const chrome = reasons[index]
    if (chrome) return { index, start, end, kind: 'chrome', chrome }
    if (titleKey && index <= 3 && normalizeForMatch(block.text) === titleKey)
      return { index, start, end, kind: 'heading', headline: true }
    if (block.hint === 'heading') {
      section = index
      return { index, start, end, kind: 'heading' }
    }
    return section === undefined ? { index, start, end, kind: 'text' } : { index, start, end, kind: 'text', section }
  })
  return { body: texts.join('\n\n'), paragraphs }
}
