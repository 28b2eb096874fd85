// JSON.parse of a large object (library.json: 6 MB, 20,841 entries) without one long task. The text is
// scanned a slice at a time for the long arrays at the top of the object, and their elements are parsed a
// batch at a time. Every piece still goes through JSON.parse, and so does the rest of the text with those
// arrays emptied (the skeleton): the skeleton valid and every array valid means the whole text is valid,
// so what JSON.parse refuses is refused here too (a SyntaxError), and what it accepts gives the same value.
import { SliceClock } from './turn'

export interface JsonSlices {
  /** Texts shorter than this are parsed whole (a few milliseconds). */
  wholeBelow: number
  /** An array at the top of the object this long (in characters) is parsed a batch at a time. */
  splitFrom: number
  /** About this many characters of elements per batch. */
  batchChars: number
}

const DEFAULTS: JsonSlices = { wholeBelow: 256 * 1024, splitFrom: 64 * 1024, batchChars: 32 * 1024 }

/** A long array value of the top object: its key, its brackets and the commas between its elements. */
interface LongArray {
  key: string
  open: number
  close: number
  commas: number[]
}

const QUOTE = 0x22
const BACKSLASH = 0x5c
const COLON = 0x3a
const COMMA = 0x2c
const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
/** Structural characters: the scanner jumps from one to the next (and over strings whole). */
const STRUCTURE = /["[\]{},:]/g
/** Structural characters handled between two looks at the clock. */
const SCAN_STEP = 512

/** Where the string starting at `at` ends (its closing quote), or -1 if it never does. */
function stringEnd(text: string, at: number): number {
  for (let end = text.indexOf('"', at + 1); end >= 0; end = text.indexOf('"', end + 1)) {
    let slashes = 0
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++
    if (slashes % 2 === 0) return end
  }
  return -1
}

function keyAt(text: string, start: number, end: number): string | null {
  try {
    return JSON.parse(text.slice(start, end + 1)) as string
  } catch {
    return null
  }
}

/**
 * The long arrays of the top object, or null when the text is not an object worth cutting (or is one the
 * scanner cannot follow: then JSON.parse of the whole says why).
 */
async function longArrays(text: string, options: JsonSlices, clock: SliceClock): Promise<LongArray[] | null> {
  const first = /\S/.exec(text)
  if (!first || text.charCodeAt(first.index) !== OPEN_BRACE) return null
  const found: LongArray[] = []
  const keys = new Set<string>()
  let depth = 0
  let key: string | null = null
  let lastString: [number, number] | null = null
  let current: LongArray | null = null
  const structure = new RegExp(STRUCTURE.source, 'g')
  structure.lastIndex = first.index
  for (let step = 1, m = structure.exec(text); m; m = structure.exec(text), step++) {
    const at = m.index
    const c = text.charCodeAt(at)
    if (c === QUOTE) {
      const end = stringEnd(text, at)
      if (end < 0) return null
      if (depth === 1) lastString = [at, end]
      structure.lastIndex = end + 1
    } else if (c === COLON) {
      if (depth === 1) {
        key = lastString && keyAt(text, lastString[0], lastString[1])
        // A key given twice or named __proto__ would not be put back as JSON.parse puts it: parse it whole.
        if (key === null || key === '__proto__' || keys.has(key)) return null
        keys.add(key)
      }
    } else if (c === COMMA) {
      if (depth === 2 && current) current.commas.push(at)
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++
      if (depth === 2 && c === OPEN_BRACKET && key !== null) current = { key, open: at, close: -1, commas: [] }
    } else {
      if (depth === 2 && current) {
        if (c !== CLOSE_BRACKET) return null
        current.close = at
        if (at - current.open >= options.splitFrom) found.push(current)
        current = null
      }
      if (--depth === 0) return found
    }
    if (step % SCAN_STEP === 0) await clock.pause()
  }
  return null
}

/** The elements of one long array, parsed a batch at a time between the commas that separate them. */
async function elementsOf(text: string, array: LongArray, options: JsonSlices, clock: SliceClock): Promise<unknown[]> {
  const bounds = [array.open, ...array.commas, array.close]
  const elements: unknown[] = []
  for (let from = 0; from < bounds.length - 1;) {
    let to = from + 1
    while (to < bounds.length - 1 && (bounds[to] as number) - (bounds[from] as number) < options.batchChars) to++
    const body = text.slice((bounds[from] as number) + 1, bounds[to])
    // Between two commas (or a bracket and a comma) there must be an element: `[1,,2]` and `[1,]` are not JSON.
    if (bounds.length > 2 && !/\S/.test(body))
      throw new SyntaxError(`no array element before position ${String(bounds[to])} in JSON`)
    for (const element of JSON.parse(`[${body}]`) as unknown[]) elements.push(element)
    from = to
    await clock.pause()
  }
  return elements
}

/** What `JSON.parse(text)` gives (or throws), with a turn of the event loop whenever a slice's time is up. */
export async function parseJsonInSlices(
  text: string,
  clock = new SliceClock(),
  given: Partial<JsonSlices> = {},
): Promise<unknown> {
  const options = { ...DEFAULTS, ...given }
  if (text.length < options.wholeBelow) return JSON.parse(text)
  const arrays = await longArrays(text, options, clock)
  if (!arrays || arrays.length === 0) return JSON.parse(text)
  let skeleton = ''
  let at = 0
  for (const array of arrays) {
    skeleton += text.slice(at, array.open + 1)
    at = array.close
  }
  const value = JSON.parse(skeleton + text.slice(at)) as Record<string, unknown>
  await clock.pause()
  for (const array of arrays) value[array.key] = await elementsOf(text, array, options, clock)
  return value
}
