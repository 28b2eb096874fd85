// The topic term syntax: what users type in the topic editor and in the CLI's --terms.
// Pure (no Node, no DOM): the CLI, core and the renderer all parse with this one module,
// so a topic typed in the app is stored exactly as the CLI would store it.
//
//   arms race, "race to produce weapons", militar*, +Japan, +"North Atlantic Treaty"
//
// - Terms are separated by commas. Case, accents, typographic quotes and dashes do not matter,
//   and punctuation between words is ignored ("build-up" is "build up", "[arms race]" is "arms race").
// - A term of several words matches them in that order, with at most ONE other word between two of
//   them, and only one that keeps the meaning: "produce missiles" finds "produce such missiles",
//   "Japanese treaty" finds "Japanese-Russian treaty", but "arms control" not "Arms Export Control Act".
//   Never across a sentence end or a comma (see core/topics/phrase-rules.ts and docs/term-precision.md).
// - "Double quotes" make an exact phrase (the words adjacent, in order, not across a comma); they also let
//   a term hold a comma.
// - Every word also matches its inflections (weapon ~ weapons, produce ~ produced ~ producing), with the
//   same English stemmer the search index uses, and a possessive 's is ignored (Japan's ~ Japan).
// - A word ending in * matches any word that starts with it: militar* → military, militarisation.
//   At least three letters must come before the *.
// - A term starting with + is a co-term: a paragraph counts only when one of the co-terms also occurs in
//   it or in its section (heading and paragraphs under it). "peace treaty, +Japan" skips other treaties.
//
// A stored Topic keeps each term in this syntax without the + (quotes kept when they make a phrase exact).

import { InvalidError } from './errors'

export class TermSyntaxError extends InvalidError {
  override name = 'TermSyntaxError'
}

export interface ParsedTerms {
  terms: string[]
  coTerms: string[]
}

const OPEN_QUOTES = new Set(['"', '\u201C', '\u201E', '\u00AB'])
const CLOSE_QUOTES = new Set(['"', '\u201D', '\u201C', '\u00BB'])

/** One comma-separated item, as typed: `+"North Atlantic"` → { co: true, text: 'North Atlantic', quoted: true }. */
interface RawTerm {
  co: boolean
  quoted: boolean
  text: string
}

/** The search index's English stop words (lunr's list; a test keeps the two the same). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a able about across after all almost also am among an and any are as at be because been but by can cannot ' +
    'could dear did do does either else ever every for from get got had has have he her hers him his how however ' +
    'i if in into is it its just least let like likely may me might most must my neither no nor not of off often ' +
    'on only or other our own rather said say says she should since so some than that the their them then there ' +
    'these they this tis to too twas us wants was we were what when where which while who whom why will with ' +
    'would yet you your'
  ).split(' '),
)

/** Items as typed, and the text after a quote that was opened and never closed (null when all are closed). */
function splitItems(input: string): { items: RawTerm[]; unclosed: string | null } {
  const items: RawTerm[] = []
  let unclosed: string | null = null
  let current = ''
  let quoted = false
  let inQuote = false
  const flush = () => {
    let text = current.replace(/\s+/g, ' ').trim()
    let co = false
    if (text.startsWith('+')) {
      co = true
      text = text.slice(1).trim()
    }
    items.push({ co, quoted, text })
    current = ''
    quoted = false
  }
  for (const ch of input) {
    if (!inQuote && OPEN_QUOTES.has(ch)) {
      inQuote = true
      quoted = true
      unclosed = ''
      continue
    }
    if (inQuote && unclosed !== null) unclosed += ch
    if (inQuote && CLOSE_QUOTES.has(ch)) {
      inQuote = false
      unclosed = null
      continue
    }
    if (ch === ',' && !inQuote) flush()
    else current += ch
  }
  flush()
  return { items, unclosed: inQuote ? (unclosed ?? '') : null }
}

/** The term as stored: quoted when exact or when it holds a comma. */
function storedForm(item: RawTerm): string {
  return item.quoted || item.text.includes(',') ? `"${item.text.replace(/"/g, '')}"` : item.text
}

/**
 * Parse a line of terms. Empty items and repeats (ignoring case) are dropped.
 * Throws TermSyntaxError listing every problem: an unclosed quote, a + with no term, a term that can never
 * match (no words, a misplaced or too short wildcard), and terms that are all stop words.
 */
export function parseTerms(input: string): ParsedTerms {
  const terms: string[] = []
  const coTerms: string[] = []
  const problems: string[] = []
  const seen = new Set<string>()
  const { items, unclosed } = splitItems(input)
  if (unclosed !== null)
    problems.push(`the quote before ${JSON.stringify(unclosed.trim().slice(0, 40))} is never closed: add the closing "`)
  for (const item of items) {
    if (!item.text.replace(/["\u201C\u201D\u201E\u00AB\u00BB]/g, '').trim()) {
      if (item.co) problems.push('a + must be followed by the co-term it marks, as in +Japan')
      continue
    }
    const stored = storedForm(item)
    try {
      checkTerm(stored)
    } catch (error) {
      if (!(error instanceof TermSyntaxError)) throw error
      problems.push(error.message)
      continue
    }
    const key = `${item.co ? '+' : ''}${stored.toLowerCase()}`
    if (seen.has(key)) continue
    seen.add(key)
    ;(item.co ? coTerms : terms).push(stored)
  }
  if (terms.length && terms.every(onlyStopWords))
    problems.push(
      `${terms.map((t) => JSON.stringify(t)).join(', ')} ${terms.length === 1 ? 'is a stop word' : 'are only stop words'}, ` +
        'found in nearly every article: add a word that names the topic',
    )
  if (problems.length) throw new TermSyntaxError(problems.join('; '))
  return { terms, coTerms }
}

/** A term made only of words like "the", "of", "and": it says nothing about a topic. */
export function onlyStopWords(term: string): boolean {
  const { words } = termWords(term)
  return words.length > 0 && words.every((word) => STOP_WORDS.has(word.toLowerCase()))
}

/** Back to one editable line: the inverse of parseTerms for what it returns. */
export function formatTerms(terms: readonly string[], coTerms: readonly string[] = []): string {
  return [...terms, ...coTerms.map((term) => `+${term}`)].join(', ')
}

/** A stored term's parts: whether it is an exact phrase, and its words as typed (lower-cased later). */
export function termWords(term: string): { exact: boolean; words: string[] } {
  const trimmed = term.trim()
  const exact =
    trimmed.length >= 2 && OPEN_QUOTES.has(trimmed[0] as string) && CLOSE_QUOTES.has(trimmed.at(-1) as string)
  const words = trimmed.match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*\*?|\*/gu) ?? []
  return { exact, words }
}

/** Throws TermSyntaxError naming the term when it has no words or a bad wildcard. */
export function checkTerm(term: string): void {
  const { words } = termWords(term)
  if (words.length === 0) throw new TermSyntaxError(`term ${JSON.stringify(term)} has no words to match`)
  for (const word of words) {
    if (word === '*' || (word.endsWith('*') && word.length < 4))
      throw new TermSyntaxError(`term ${JSON.stringify(term)}: a wildcard needs at least 3 letters before the *`)
  }
  if (/\*[\p{L}\p{N}]/u.test(term)) throw new TermSyntaxError(`term ${JSON.stringify(term)}: * may only end a word`)
}
