// Paragraphs of an article: blocks from the body, classified as text, heading or chrome,
// with each text paragraph owned by the section heading above it.
import type { Paragraph } from '../../shared/types'
import { normalizeForMatch } from '../text/text'
import { detectChrome, endsSentence, titleCaseShare } from './chrome'
import { isFigureLine } from './figures'
import { detectMode, splitBlocks, type SegmentMode } from './segment'

/** A paragraph picked out in front matter: its index, or its exact text (whitespace and case aside). */
export type ParagraphSelector = string | number

export interface SegmentOptions {
  /** How lines make paragraphs; `auto` (the default) tells web-saved from hard-wrapped text. */
  mode?: SegmentMode | 'auto'
  /** The article's title: a first line equal to it is the headline. */
  title?: string
  /** Paragraphs that are chrome although no rule sees it. */
  chrome?: ParagraphSelector[]
  /** Paragraphs a rule took for chrome that are article text. */
  notChrome?: ParagraphSelector[]
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length

function selects(selectors: ParagraphSelector[] | undefined, index: number, text: string): boolean {
  if (!selectors?.length) return false
  const normal = normalizeForMatch(text)
  return selectors.some((s) => (typeof s === 'number' ? s === index : normalizeForMatch(s) === normal))
}

/** The top line when it reads as a headline: short, no closing punctuation, text follows. */
function isHeadline(text: string, title: string | undefined): boolean {
  if (title && normalizeForMatch(title) === normalizeForMatch(text)) return true
  // a results row opening a wire story ("Shr 1.25 dlrs vs 1.10 dlrs") is data, not a headline
  if (isFigureLine(text)) return false
  return wordCount(text) <= 25 && text.length <= 200 && !/[.!?,;…]["'”’)\]]*$/.test(text)
}

/**
 * "Treaty with Japan": a few title-like words with no sentence, introducing a longer paragraph.
 * Wire tables and results rows are short and capitalised too, so lines of figures are excluded.
 */
function isSectionHeading(text: string, next: string | undefined): boolean {
  if (next === undefined) return false
  const count = wordCount(text)
  if (count > 10 || text.length > 80 || endsSentence(text) || /[,"“”\-–—]$/.test(text)) return false
  if (!/^[\p{Lu}\p{N}]/u.test(text) || titleCaseShare(text) < 0.5 || isFigureLine(text)) return false
  return wordCount(next) >= 12 || endsSentence(next)
}

export function segmentParagraphs(body: string, options: SegmentOptions = {}): Paragraph[] {
  const mode = !options.mode || options.mode === 'auto' ? detectMode(body) : options.mode
  const blocks = splitBlocks(body, mode)
  const texts = blocks.map((block) => body.slice(block.start, block.end))
  const reasons = detectChrome(texts)
  texts.forEach((text, i) => {
    if (selects(options.chrome, i, text)) reasons[i] = 'override'
    else if (selects(options.notChrome, i, text)) reasons[i] = undefined
  })

  const paragraphs: Paragraph[] = blocks.map((block, index) => {
    const chrome = reasons[index]
    return chrome ? { index, start: block.start, end: block.end, kind: 'chrome', chrome } : { index, start: block.start, end: block.end, kind: 'text' }
  })
  const content = paragraphs.filter((p) => p.kind !== 'chrome')

  // The headline names the whole article: shown as a heading, but it owns no section.
  const first = content[0]
  if (first && content.length > 1 && first.index <= 3 && isHeadline(texts[first.index] as string, options.title)) {
    first.kind = 'heading'
    first.headline = true
  }
  let section: number | undefined
  content.forEach((paragraph, i) => {
    if (paragraph.headline) return
    const next = content[i + 1]
    const text = texts[paragraph.index] as string
    if (isSectionHeading(text, next && (texts[next.index] as string))) {
      paragraph.kind = 'heading'
      section = paragraph.index
    } else if (section !== undefined) {
      paragraph.section = section
    }
  })
  return paragraphs
}
