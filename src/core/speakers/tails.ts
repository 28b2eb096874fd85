// Sentences in a paragraph's words, and the attribution that closes a sentence after a comma ("…, an Air
// Canada spokesman said."): wire text puts the source last, and it speaks for the whole sentence, whatever
// verb came before it ("Alkan had said it would close …, the spokesman said"; "Jaguar expects …, Chairman
// Sir John Egan told a news conference").
import { joined, type Word } from './tokens'
import { REPORTING_VERBS } from './words'

/**
 * The first word of the sentence word `i` is in. A quotation (`|`) counts as a break unless `acrossQuotes`;
 * the dot of an initial or an honorific ("E.F. Hutton", "Mr. Grushko") does not.
 */
export function sentenceStart(ws: Word[], blank: string, i: number, acrossQuotes = false): number {
  let k = i - 1
  while (k > 0) {
    const gap = blank.slice((ws[k - 1] as Word).end, (ws[k] as Word).start)
    const dotted = /^\.\s+$/.test(gap) && joined(blank, ws[k - 1] as Word, ws[k] as Word)
    if (!dotted && (acrossQuotes ? /[.!?;]\s*$/ : /[.!?;|]\s*$/).test(gap)) break
    k--
  }
  return Math.max(k, 0)
}

/** At most this many words for the source and for what follows the verb ("told a news conference"). */
const TAIL_WORDS = 8
/** Words that make the phrase a clause of its own, not a source: "…, which the company said", "said that". */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'if', 'whether', 'because', 'when'])

const CONJUNCTIONS = new Set(['but', 'and', 'while', 'although', 'though', 'yet', 'whereas'])

/** The gap before word `k`, as parse.ts reads it: a comma, a sentence end, or neither. */
function gapBefore(ws: Word[], blank: string, k: number): 'comma' | 'end' | 'plain' {
  if (k <= 0) return 'end'
  const gap = blank.slice((ws[k - 1] as Word).end, (ws[k] as Word).start)
  if (/^\.\s+$/.test(gap) && joined(blank, ws[k - 1] as Word, ws[k] as Word)) return 'plain'
  if (/^\.\s*,/.test(gap)) return 'comma' // "in the U.K., Chairman …": an abbreviation's dot, then a comma
  if (/[.!?;|]/.test(gap)) return 'end'
  return gap.includes(',') ? 'comma' : 'plain'
}

/** Where the source may say more: "said in remarks prepared for delivery to a group of …". */
const PLACE_OR_TIME = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'from', 'to', 'late', 'earlier', 'today'])

/**
 * Words from `from` on, up to a sentence end: how many, or -1 when a clause word or a comma comes first, or
 * more than a few words that are not a phrase of place or time.
 */
function wordsToEnd(ws: Word[], blank: string, from: number): number {
  const most = PLACE_OR_TIME.has(ws[from]?.lower ?? '') ? 2 * TAIL_WORDS : TAIL_WORDS
  for (let k = from; k < ws.length; k++) {
    const gap = gapBefore(ws, blank, k)
    if (gap === 'end') return k - from
    // "…, the report said, quoting a Gelco spokesman.": a participle may follow the source.
    if (gap === 'comma') return /ing$/.test((ws[k] as Word).lower) ? k - from : -1
    if (k - from >= most || CLAUSE_WORDS.has((ws[k] as Word).lower)) return -1
  }
  return ws.length - from
}

/**
 * The verb (word `verb`) closes its sentence after a comma: ", <source> said <a few words>." or
 * ", said <source>.", with something said before the comma.
 */
export function closesSentence(ws: Word[], blank: string, verb: number): boolean {
  let k = verb
  while (k > 0 && gapBefore(ws, blank, k) === 'plain' && verb - k < TAIL_WORDS) {
    const before = ws[k - 1] as Word
    if (CLAUSE_WORDS.has(before.lower) || REPORTING_VERBS.has(before.lower)) return false
    k--
  }
  if (gapBefore(ws, blank, k) !== 'comma') return false
  // "…, but Gallego said he could not say": a clause of its own, not the source of the one before.
  if (CONJUNCTIONS.has((ws[k] as Word).lower)) return false
  return wordsToEnd(ws, blank, verb + 1) >= 0
}

/**
 * The attributions that speak for their sentences: one that closes a sentence after a comma drops those before
 * it there, unless `relays(earlier, tail)` ("Nazer reiterated …, the Saudi Press Agency said": the agency carries
 * his words).
 */
export function sentenceSources<T extends { position: number }>(
  attributions: T[],
  ws: Word[],
  blank: string,
  relays: (earlier: T, tail: T) => boolean,
): T[] {
  const index = new Map(ws.map((w, i) => [w.start, i]))
  const read = attributions.map((a) => {
    const verb = index.get(a.position) ?? -1
    return verb < 0
      ? { a, sentence: -1, tail: false }
      : { a, sentence: sentenceStart(ws, blank, verb, true), tail: closesSentence(ws, blank, verb) }
  })
  return read
    .filter(
      (r, i) =>
        r.tail ||
        !read.some((later, j) => j > i && later.tail && later.sentence === r.sentence && !relays(r.a, later.a)),
    )
    .map((r) => r.a)
}
