// A paragraph's words (offsets, case, a possessive 's) and when two are joined: every paragraph reader needs them.
import { BODY_WORDS, COMPANY_SUFFIXES, HONORIFICS, QUALIFIERS, ROLE_WORDS, RUN_STOPS, SHORTENED } from './words'

export interface Word {
  text: string
  lower: string
  start: number
  end: number
  cap: boolean
  possessive: boolean
  /** `inRun`, worked out once per written word (set by `words`). */
  runs?: boolean
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*/gu

export function words(text: string): Word[] {
  const out: Word[] = []
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(text)) {
    for (const m of text.matchAll(WORD)) out.push(word(m[0], m.index))
    return out
  }
  // Plain ASCII (most wire text): the same words as WORD finds, read with char codes, no regex match objects.
  const length = text.length
  let i = 0
  while (i < length) {
    if (!isAsciiAlnum(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i++
    for (;;) {
      while (i < length && isAsciiAlnum(text.charCodeAt(i))) i++
      const joiner = text.charCodeAt(i) // ' . - inside a word: "O'Neill", "U.S", "build-up"
      if ((joiner === 39 || joiner === 46 || joiner === 45) && i + 1 < length && isAsciiAlnum(text.charCodeAt(i + 1)))
        i += 2
      else break
    }
    out.push(word(text.slice(start, i), start))
  }
  return out
}

const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)

function word(text: string, start: number): Word {
  let lower = text.toLowerCase()
  if (lower.includes('\u2019')) lower = lower.replace(/\u2019/g, "'")
  const possessive = lower.length > 2 && lower.endsWith("'s")
  if (possessive) lower = lower.slice(0, -2)
  const first = text.charCodeAt(0)
  const cap = first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(text)
  // inRun, worked out once here (findRuns asks it of a word several times), with one lookup.
  const kind = RUN_KIND.get(lower)
  const runs = kind !== STOP && (cap || kind === VOCAB)
  return { text, lower, start, end: start + text.length, cap, possessive, runs }
}

const STOP = 1
const VOCAB = 2
/** What a lower-case word is to a run: a stop, a role, body, qualifier or honorific, or (absent) anything else. */
const RUN_KIND = new Map<string, number>([
  ...[...ROLE_WORDS, ...BODY_WORDS, ...QUALIFIERS, ...HONORIFICS].map((w) => [w, VOCAB] as const),
  ...[...RUN_STOPS].map((w) => [w, STOP] as const), // a stop wins: inRun checks it first
])

const isVocab = (lower: string) => ROLE_WORDS.has(lower) || BODY_WORDS.has(lower) || QUALIFIERS.has(lower)
export const inRun = (w: Word) =>
  w.runs ?? (!RUN_STOPS.has(w.lower) && (w.cap || isVocab(w.lower) || HONORIFICS.has(w.lower)))

/** Abbreviated words a company's suffix may follow: "Jr. Co", "Bros. Inc", "Co. Ltd". */
const INSIDE_NAME = new Set(['jr', 'bros', 'co', 'corp', 'inc', 'mfg'])

/** Two words belong to one run when only spaces (or the dot of "Mr." or "U.S.") stand between them. */
export function joined(text: string, a: Word, b: Word): boolean {
  const between = text.slice(a.end, b.start)
  if (/^[ \t\u00A0]*\n?[ \t\u00A0]*$/.test(between) && between.length > 0) return true
  if (!/^\.\s+$/.test(between)) return false
  // "Wm. Wrigley Jr. Co", "J.P. Morgan and Co. Inc.": an abbreviation inside a company's name.
  const suffix = b.cap && COMPANY_SUFFIXES.has(b.lower) && INSIDE_NAME.has(a.lower)
  return (
    suffix ||
    a.lower === 'wm' ||
    HONORIFICS.has(a.lower) ||
    SHORTENED.has(a.lower) ||
    /^(?:\p{L}\.)*\p{L}$/u.test(a.text)
  )
}

/** Only spaces (a wrapped line's newline included) between two positions. */
export const plainGap = (text: string, from: number, to: number) =>
  /^[ \t\u00A0]*\n?[ \t\u00A0]*$/.test(text.slice(from, to))
