// The user's query, read forgivingly: words, "quoted phrases", +required, -excluded, prefix*.
// Nothing here can fail: lunr's query syntax is never exposed, so ":" or "^" in a query is just text.
import { analyze, termOf } from './analyze'

export interface QueryWord {
  /** Index term (stemmed), or the lower-cased prefix for a `prefix*` word. */
  term: string
  prefix: boolean
}

export interface ParsedQuery {
  /** Ranked words: any may match. */
  optional: QueryWord[]
  /** `+word`: every one must match. */
  required: QueryWord[]
  /** `-word`: paragraphs with it are left out. */
  excluded: QueryWord[]
  /** Quoted phrases as typed; each must occur in the paragraph text. */
  phrases: string[]
  /** Index terms of each phrase (stop words dropped), in the order of `phrases`. */
  phraseTerms: string[][]
}

const QUOTE = /["“”„‟«»]/

/** Split on quote characters: odd pieces were inside quotes. An unclosed quote is ignored. */
function splitPhrases(input: string): { phrases: string[]; rest: string } {
  const pieces = input.split(QUOTE)
  const phrases: string[] = []
  let rest = ''
  pieces.forEach((piece, i) => {
    const inside = i % 2 === 1 && i < pieces.length - 1
    if (inside && piece.trim()) phrases.push(piece.trim().replace(/\s+/g, ' '))
    else rest += ` ${piece} `
  })
  return { phrases, rest }
}

function wordsOf(raw: string): QueryWord[] {
  const prefix = /\*+$/.test(raw)
  const tokens = analyze(raw.replace(/\*+$/, ''))
  if (prefix && tokens.length > 0) {
    // Only the last piece of "medium-ran*" is a prefix; the pieces before it are whole words.
    const last = tokens[tokens.length - 1] as (typeof tokens)[number]
    const whole = tokens.slice(0, -1).flatMap((t) => (t.term ? [{ term: t.term, prefix: false }] : []))
    const prefix = prefixTerm(last.word)
    return prefix.length >= 2 ? [...whole, { term: prefix, prefix: true }] : whole
  }
  return tokens.flatMap((t) => (t.term ? [{ term: t.term, prefix: false }] : []))
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

export function parseQuery(input: string): ParsedQuery {
  const { phrases, rest } = splitPhrases(input)
  const query: ParsedQuery = { optional: [], required: [], excluded: [], phrases, phraseTerms: [] }
  query.phraseTerms = phrases.map((phrase) => [...new Set(analyze(phrase).flatMap((t) => (t.term ? [t.term] : [])))])
  for (const raw of rest.split(/\s+/).filter(Boolean)) {
    const sign = raw[0]
    const body = sign === '+' || sign === '-' ? raw.slice(1) : raw
    const list = sign === '+' ? query.required : sign === '-' ? query.excluded : query.optional
    list.push(...wordsOf(body))
  }
  return query
}

/** True when the query asks for something positive (an excluded word alone matches nothing). */
export function hasPositive(query: ParsedQuery): boolean {
  return query.optional.length + query.required.length + query.phraseTerms.flat().length > 0
}
