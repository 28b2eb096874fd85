// The user's query, read forgivingly, as a search engine user expects it:
//   peace treaty        both words, anywhere in the article (ranked by how close together they are)
//   "peace treaty"      the exact phrase
//   oil OR gas          either word (OR in capitals, or |)
//   oil -gas            articles with oil that never mention gas
//   missil*             any word starting so
// Nothing here can fail: lunr's query syntax is never exposed, so ":" or "^" in a query is just text.
import { analyze, termOf } from './analyze'

export interface QueryWord {
  /** Index term (stemmed), or the lower-cased prefix for a `prefix*` word. */
  term: string
  prefix: boolean
}

/** One way to satisfy a group: a word, or a phrase that must occur as written. */
export type Alternative = { kind: 'word'; word: QueryWord } | { kind: 'phrase'; text: string; terms: string[] }

export interface ParsedQuery {
  /** Every group must be met somewhere in the article; a group is met by any of its alternatives. */
  groups: Alternative[][]
  /** `-word` / `-"phrase"`: an article holding any of these is left out. */
  excluded: Alternative[]
}

const QUOTE = /["“”„‟«»]/
const OR = /^(?:OR|\|)$/

interface Piece {
  text: string
  quoted: boolean
}

/** Words and quoted phrases in the order typed; a sign before a quote stays with its phrase. An unclosed quote is ignored. */
function piecesOf(input: string): Piece[] {
  const parts = input.split(QUOTE)
  const pieces: Piece[] = []
  parts.forEach((part, i) => {
    const inside = i % 2 === 1 && i < parts.length - 1
    if (inside) {
      const text = part.trim().replace(/\s+/g, ' ')
      const previous = pieces[pieces.length - 1]
      // `-"phrase"`: the sign was split off as a word of its own.
      const sign = previous && !previous.quoted && (previous.text === '-' || previous.text === '+') ? previous.text : ''
      if (sign) pieces.pop()
      if (text) pieces.push({ text: `${sign}${text}`, quoted: true })
    } else {
      for (const word of part.split(/\s+/).filter(Boolean)) pieces.push({ text: word, quoted: false })
    }
  })
  return pieces
}

/**
 * Index terms are stems ("missiles" → "missil"), so a prefix is cut back to what it shares with its
 * own stem: "missile*" finds "missil", and with it missile, missiles.
 */
export function prefixTerm(word: string): string {
  const stem = termOf(word) ?? word
  let n = 0
  while (n < word.length && n < stem.length && word[n] === stem[n]) n++
  return word.slice(0, n)
}

function phraseOf(text: string): Alternative | null {
  const terms = [...new Set(analyze(text).flatMap((t) => (t.term ? [t.term] : [])))]
  return terms.length > 0 ? { kind: 'phrase', text, terms } : null
}

/** What one unquoted word stands for; null for a stop word or punctuation alone. */
function alternativeOf(raw: string): Alternative | null {
  const prefix = /\*+$/.test(raw)
  const body = raw.replace(/\*+$/, '')
  const tokens = analyze(body)
  if (prefix && tokens.length === 1) {
    const term = prefixTerm((tokens[0] as (typeof tokens)[number]).word)
    return term.length >= 2 ? { kind: 'word', word: { term, prefix: true } } : null
  }
  const terms = tokens.flatMap((t) => (t.term ? [t.term] : []))
  if (terms.length === 0) return null
  if (tokens.length === 1) return { kind: 'word', word: { term: terms[0] as string, prefix: false } }
  // "medium-range" is two index terms: the words as written, together.
  return phraseOf(body)
}

export function parseQuery(input: string): ParsedQuery {
  const query: ParsedQuery = { groups: [], excluded: [] }
  let joinNext = false
  for (const piece of piecesOf(input)) {
    if (!piece.quoted && OR.test(piece.text)) {
      joinNext = query.groups.length > 0
      continue
    }
    const sign = piece.text[0] === '-' || piece.text[0] === '+' ? piece.text[0] : ''
    const body = sign ? piece.text.slice(1) : piece.text
    const alternative = piece.quoted ? phraseOf(body) : alternativeOf(body)
    if (!alternative) continue // a stop word: "the OR treaty" is just treaty
    if (sign === '-') {
      query.excluded.push(alternative)
      joinNext = false
      continue
    }
    if (joinNext) (query.groups[query.groups.length - 1] as Alternative[]).push(alternative)
    else query.groups.push([alternative])
    joinNext = false
  }
  return query
}

/** True when the query asks for something positive (an excluded word alone matches nothing). */
export function hasPositive(query: ParsedQuery): boolean {
  return query.groups.length > 0
}

/** The words a paragraph is looked up and ranked by: every word and phrase word of the groups. */
export function rankedWords(query: ParsedQuery): QueryWord[] {
  const words = new Map<string, QueryWord>()
  for (const alternative of query.groups.flat()) {
    if (alternative.kind === 'word')
      words.set(`${alternative.word.term}${alternative.word.prefix ? '*' : ''}`, alternative.word)
    else for (const term of alternative.terms) words.set(term, { term, prefix: false })
  }
  return [...words.values()]
}

/** The quoted (or hyphenated) phrases among the groups. */
export function phrasesOf(query: ParsedQuery): string[] {
  return query.groups.flat().flatMap((a) => (a.kind === 'phrase' ? [a.text] : []))
}
