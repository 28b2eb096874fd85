// YAML front matter: `---` on the first line, YAML, then `---` (or `...`) on a line of its own.
// The body is everything after the closing line, byte for byte: nothing is trimmed or rewritten.
import { parseDocument, stringify } from 'yaml'

export interface FrontMatter {
  /** The parsed mapping; empty when the file has no front matter. */
  data: Record<string, unknown>
  body: string
  /** Offset of the body in the file text, and its 1-based line number (for error messages). */
  bodyOffset: number
  bodyLine: number
  hasFrontMatter: boolean
}

export class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message)
  }
}

const OPEN = /^---[ \t]*\r?\n/
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m

export function parseFrontMatter(text: string): FrontMatter {
  const bom = text.startsWith('\uFEFF') ? 1 : 0
  const open = OPEN.exec(text.slice(bom))
  if (!open) return { data: {}, body: text.slice(bom), bodyOffset: bom, bodyLine: 1, hasFrontMatter: false }

  const yamlStart = bom + open[0].length
  const rest = text.slice(yamlStart)
  const close = CLOSE.exec(rest)
  if (!close) throw new FrontMatterError('front matter opened with --- on line 1 is never closed with ---', 1)

  const yamlText = rest.slice(0, close.index)
  const bodyOffset = yamlStart + close.index + close[0].length
  const yamlLine = 2
  const doc = parseDocument(yamlText, { uniqueKeys: true })
  const error = doc.errors[0]
  if (error) {
    const line = error.linePos?.[0]?.line
    // yaml counts lines from the start of the YAML; the file line is given separately.
    const firstLine = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '')
    throw new FrontMatterError(`invalid YAML in front matter: ${firstLine}`, line === undefined ? undefined : line + yamlLine - 1)
  }
  const data: unknown = doc.toJS() ?? {}
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FrontMatterError('front matter must be a mapping of keys to values (key: value)', yamlLine)
  }
  const bodyLine = countLines(text, bodyOffset)
  return { data: data as Record<string, unknown>, body: text.slice(bodyOffset), bodyOffset, bodyLine, hasFrontMatter: true }
}

/** Front matter then body, so that `parseFrontMatter(stringifyFrontMatter(d, b))` gives back `d` and `b`. */
export function stringifyFrontMatter(data: Record<string, unknown>, body: string): string {
  const yamlText = Object.keys(data).length === 0 ? '' : stringify(data, { lineWidth: 0 })
  return `---\n${yamlText}---\n${body}`
}

function countLines(text: string, upTo: number): number {
  let line = 1
  for (let i = 0; i < upTo; i++) if (text.charCodeAt(i) === 10) line++
  return line
}
