// Text normalisation shared by search, comparison and anchoring.
// One definition of "the same text", so a phrase found by one module is found by all.

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u00B4': "'",
  '\u0060': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
}

/** Whitespace as JS sees it (includes no-break space and the other Unicode spaces). */
const SPACE = /\s/

/** Typographic quotes and dashes made plain; one character in, one character out. */
export function plainChar(char: string): string {
  return QUOTES[char] ?? char
}

export interface NormalizedText {
  text: string
  /** `map[i]` is the offset in the original text of normalised character `i`; `map[text.length]` is the end. */
  map: number[]
}

/**
 * Casefold, collapse runs of whitespace to one space, trim, and make typographic quotes and dashes plain,
 * keeping a map back to the original offsets (so a match can be shown and anchored where it is).
 */
export function normalizeWithMap(input: string): NormalizedText {
  let text = ''
  const map: number[] = []
  let pendingSpace = -1
  for (let i = 0; i < input.length; i++) {
    const char = input[i] as string
    if (SPACE.test(char)) {
      if (pendingSpace < 0) pendingSpace = i
      continue
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += ' '
      map.push(pendingSpace)
    }
    pendingSpace = -1
    // toLowerCase can lengthen a character (İ → i̇); every produced unit maps to the same source offset.
    for (const unit of plainChar(char).toLowerCase()) {
      for (let k = 0; k < unit.length; k++) map.push(i)
      text += unit
    }
  }
  let end = input.length
  while (end > 0 && SPACE.test(input[end - 1] as string)) end--
  map.push(end)
  return { text, map }
}

/** Casefold, collapse whitespace, plain quotes and dashes: the form in which two texts are compared. */
export function normalizeForMatch(text: string): string {
  return normalizeWithMap(text).text
}

const WORD_CHAR = /[\p{L}\p{N}]/u

/**
 * Every occurrence of `phrase` in `text` (both normalised as above) that starts and ends on a word boundary,
 * as `[start, end)` offsets into the original `text`.
 */
export function findPhrase(text: string, phrase: string, normalized = normalizeWithMap(text)): Array<[number, number]> {
  const needle = normalizeForMatch(phrase)
  if (!needle) return []
  const found: Array<[number, number]> = []
  for (let at = phraseAt(normalized.text, needle, 0); at >= 0; at = phraseAt(normalized.text, needle, at + 1)) {
    const start = normalized.map[at] as number
    const last = normalized.map[at + needle.length - 1] as number
    found.push([start, last + 1])
  }
  return found
}

/**
 * Whether `findPhrase(text, phrase)` finds anything. Plain ASCII text (most of it) is normalised with
 * string methods and no offset map, which is several times faster for search's phrase checks.
 */
export function hasPhrase(text: string, phrase: string): boolean {
  const needle = normalizeForMatch(phrase)
  if (!needle) return false
  // eslint-disable-next-line no-control-regex
  const hay = /[^\u0000-\u007f]/.test(text)
    ? normalizeWithMap(text).text
    : text.replace(/`/g, "'").toLowerCase().replace(/\s+/g, ' ').trim() // what normalizeWithMap does to ASCII
  return phraseAt(hay, needle, 0) >= 0
}

/** The first occurrence of `needle` in `hay` at or after `from` on word boundaries, or -1. */
function phraseAt(hay: string, needle: string, from: number): number {
  for (let at = hay.indexOf(needle, from); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const after = at + needle.length
    const startsWord = at === 0 || !WORD_CHAR.test(hay[at - 1] as string) || !WORD_CHAR.test(needle[0] as string)
    const endsWord =
      after >= hay.length ||
      !WORD_CHAR.test(hay[after] as string) ||
      !WORD_CHAR.test(needle[needle.length - 1] as string)
    if (startsWord && endsWord) return at
  }
  return -1
}
