// Maps a DOM selection to article body offsets. Every element that shows a slice of an article
// body carries `data-start` (its body offset) and `data-end`; its text content is exactly
// `body.slice(start, end)`, whatever <mark>/<span> children split it. The element holding them
// carries `data-article` (and `data-topic` inside a comparison pane).

export interface TextSelection {
  articleId: string
  start: number
  end: number
  /** The selected text as shown (for the toolbar; the store takes its quote from the body). */
  text: string
  topic: string | null
  rect: { top: number; bottom: number; left: number; right: number }
}

const TEXT = '[data-start]'

function textElementOf(node: Node): HTMLElement | null {
  const el = node instanceof Element ? node : node.parentElement
  return el?.closest<HTMLElement>(TEXT) ?? null
}

/** Characters of `el`'s text before the point (node, offset): walks text nodes, so marks are fine. */
function offsetWithin(el: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange()
  range.selectNodeContents(el)
  range.setEnd(node, offset)
  return range.toString().length
}

function bodyOffset(el: HTMLElement, key: 'start' | 'end'): number {
  return Number(el.dataset[key])
}

export function readSelection(selection: Selection | null): TextSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const common = range.commonAncestorContainer
  const holder = (common instanceof Element ? common : common.parentElement)?.closest<HTMLElement>('[data-article]')
  if (!holder?.dataset.article) return null

  // The text elements the range touches, in document order.
  const touched = [...holder.querySelectorAll<HTMLElement>(TEXT)].filter((el) => range.intersectsNode(el))
  const first = touched[0]
  const last = touched.at(-1)
  if (!first || !last) return null

  const startEl = textElementOf(range.startContainer)
  const endEl = textElementOf(range.endContainer)
  const start =
    startEl === first
      ? bodyOffset(first, 'start') + offsetWithin(first, range.startContainer, range.startOffset)
      : bodyOffset(first, 'start')
  let end =
    endEl === last
      ? bodyOffset(last, 'start') + offsetWithin(last, range.endContainer, range.endOffset)
      : bodyOffset(last, 'end')
  // A triple-click ends the range at offset 0 of the next block: stop at the previous one instead.
  if (end === bodyOffset(last, 'start') && touched.length > 1) end = bodyOffset(touched.at(-2)!, 'end')
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return null

  const text = range.toString()
  if (!text.trim()) return null
  const box = range.getBoundingClientRect()
  return {
    articleId: holder.dataset.article,
    start,
    end,
    text,
    topic: holder.dataset.topic || null,
    rect: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
  }
}
