// An element's text as reading blocks: one per paragraph, heading, list item, caption or table row,
// inline elements joined into their block. What each block was in the page (a caption, a heading)
// is kept as a hint for the paragraph classification.
import type { DomElement, DomNode } from './dom'

export type BlockHint = 'heading' | 'caption' | 'navigation'

export interface TextBlock {
  text: string
  hint?: BlockHint
}

const BLOCK = new Set(
  'address article aside blockquote dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr ul br'.split(
    ' ',
  ),
)
const SKIP = new Set('script style noscript template svg iframe button select textarea input object embed'.split(' '))
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'form'])

interface Walk {
  blocks: TextBlock[]
  line: string[]
  hint: BlockHint | undefined
}

function flush(walk: Walk): void {
  const text = walk.line
    .join('')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim()
  walk.line = []
  if (!text) return
  walk.blocks.push(walk.hint ? { text, hint: walk.hint } : { text })
}

function hintOf(tag: string, outer: BlockHint | undefined, markChrome: boolean): BlockHint | undefined {
  if (outer) return outer
  if (tag === 'figcaption') return 'caption'
  if (/^h[1-6]$/.test(tag)) return 'heading'
  if (markChrome && CHROME.has(tag)) return 'navigation'
  return undefined
}

function visit(node: DomNode, walk: Walk, markChrome: boolean): void {
  if (node.nodeType === 3) {
    walk.line.push(node.nodeValue ?? '')
    return
  }
  if (node.nodeType !== 1) return
  const element = node as DomElement
  const tag = element.localName.toLowerCase()
  if (SKIP.has(tag) || element.getAttribute('hidden') !== null || element.getAttribute('aria-hidden') === 'true') return
  // a table row reads as one line of cells
  if (tag === 'td' || tag === 'th') walk.line.push(' ')
  if (!BLOCK.has(tag)) {
    for (const child of element.childNodes) visit(child, walk, markChrome)
    if (tag === 'td' || tag === 'th') walk.line.push(' ')
    return
  }
  flush(walk)
  const outer = walk.hint
  walk.hint = hintOf(tag, outer, markChrome)
  for (const child of element.childNodes) visit(child, walk, markChrome)
  flush(walk)
  walk.hint = outer
}

/**
 * The blocks of `root`. With `markChrome`, text inside nav/header/footer/aside/form is kept but
 * hinted as navigation (a whole page kept because extraction found too little).
 */
export function textBlocks(root: DomNode, markChrome = false): TextBlock[] {
  const walk: Walk = { blocks: [], line: [], hint: undefined }
  visit(root, walk, markChrome)
  flush(walk)
  return walk.blocks
}

/** Words in a text, for comparing lengths. */
export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length
