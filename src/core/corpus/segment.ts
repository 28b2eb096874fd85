// Splitting an article body into paragraphs with offsets, before any classification.
// Two shapes of text exist: web-saved text (one paragraph a line) and hard-wrapped wire text
// (lines of ~70 columns, a paragraph starts on an indented line or after a blank line).

/** `lines`: every non-blank line is a paragraph. `wrapped`: wrapped lines are joined. */
export type SegmentMode = 'lines' | 'wrapped'

/** Half-open `[start, end)` range of a paragraph in the body, whitespace trimmed off both ends. */
export interface Block {
  start: number
  end: number
}

interface Line {
  start: number
  /** End of the line's text, before the newline. */
  end: number
  blank: boolean
  indented: boolean
}

/** Wire text wraps at 60–80 columns; a web paragraph saved on one line is usually far longer. */
const WRAP_WIDTH = 100

function splitLines(body: string): Line[] {
  const lines: Line[] = []
  let start = 0
  while (start <= body.length) {
    let end = body.indexOf('\n', start)
    if (end < 0) end = body.length
    const text = body.slice(start, end)
    lines.push({ start, end, blank: !/\S/.test(text), indented: /^[ \t\u00A0]{2,}\S/.test(text) || /^\t\S/.test(text) })
    start = end + 1
  }
  return lines
}

/**
 * Hard-wrapped when nearly every line fits the wire's width and lines continue mid-sentence on the next;
 * a web page saved one paragraph a line has long lines.
 */
export function detectMode(body: string): SegmentMode {
  const lines = splitLines(body).filter((line) => !line.blank)
  if (lines.length < 2) return 'lines'
  const width = (line: Line) => body.slice(line.start, line.end).trimEnd().length
  const narrow = lines.filter((line) => width(line) <= WRAP_WIDTH).length
  const all = splitLines(body)
  let continuations = 0
  let midSentence = 0
  for (let i = 1; i < all.length; i++) {
    const line = all[i] as Line
    const previous = all[i - 1] as Line
    if (line.blank || line.indented || previous.blank) continue
    continuations++
    // A wrapped line usually breaks mid-sentence; a list of short sentences does not.
    if (!/[.!?:;"”’)]\s*$/.test(body.slice(previous.start, previous.end))) midSentence++
  }
  return midSentence > 0 && midSentence >= continuations * 0.3 && narrow >= lines.length * 0.95 ? 'wrapped' : 'lines'
}

/** The paragraphs of a body as trimmed ranges, in order; whitespace-only lines make none. */
export function splitBlocks(body: string, mode: SegmentMode = detectMode(body)): Block[] {
  const blocks: Block[] = []
  let open: Block | null = null
  const close = () => {
    if (open) blocks.push(open)
    open = null
  }
  for (const line of splitLines(body)) {
    if (line.blank) {
      close()
      continue
    }
    const text = body.slice(line.start, line.end)
    const start = line.start + (text.length - text.trimStart().length)
    const end = line.start + text.trimEnd().length
    if (mode === 'lines' || line.indented || !open) {
      close()
      open = { start, end }
    } else {
      ;(open as Block).end = end
    }
  }
  close()
  return blocks
}
