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

function splitItems(input: string): RawTerm[] {
  const items: RawTerm[] = []
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
      continue
    }
    if (inQuote && CLOSE_QUOTES.has(ch)) {
      inQuote = false
      continue
    }
    if (ch === ',' && !inQuote) flush()
    else current += ch
  }
  flush() // an unclosed quote runs to the end: the user is still typing
  return items
}

/** The term as stored: quoted when exact or when it holds a comma. */
function storedForm(item: RawTerm): string {
  return item.quoted || item.text.includes(',') ? `"${item.text.replace(/"/g, '')}"` : item.text
}

/**
 * Parse a line of terms. Empty items and repeats (ignoring case) are dropped.
 * Throws TermSyntaxError for a term that can never match (no words, a misplaced or too short wildcard).
 */
export function parseTerms(input: string): ParsedTerms {
  const terms: string[] = []
  const coTerms: string[] = []
  const seen = new Set<string>()
  for (const item of splitItems(input)) {
    if (!item.text.replace(/["\u201C\u201D\u201E\u00AB\u00BB]/g, '').trim()) continue
    const stored = storedForm(item)
    checkTerm(stored)
    const key = `${item.co ? '+' : ''}${stored.toLowerCase()}`
    if (seen.has(key)) continue
    seen.add(key)
    ;(item.co ? coTerms : terms).push(stored)
  }
  return { terms, coTerms }
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
