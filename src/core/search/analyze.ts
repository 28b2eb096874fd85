// One analyzer for indexing, querying, candidate lookup and marking matches, so a word found by
// one is found by all. lunr's own tokenizer splits only on spaces and hyphens and its trimmer is
// ASCII-only ("Metzel/TASS" stays one token, "café" loses its é); this one is Unicode-aware.
import lunr from 'lunr'

export interface AnalyzedToken {
  /** Lower-cased surface form (typographic apostrophes made plain, possessive 's removed). */
  word: string
  /** Index term: the stemmed word, or null for a stop word. */
  term: string | null
  start: number
  end: number
}

/** Letters, marks and digits, joined by inner apostrophes, dots, ampersands, and commas between digits. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:['’.&]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu

function surface(raw: string): string {
  return raw.toLowerCase().replace(/’/g, "'").replace(/'s$/, '')
}

const termCache = new Map<string, string | null>()

/** Stemmed index term for a lower-cased word, or null when it is a stop word. */
export function termOf(word: string): string | null {
  const cached = termCache.get(word)
  if (cached !== undefined) return cached
  const token = new lunr.Token(word, {})
  const term = lunr.stopWordFilter(token) ? lunr.stemmer(token).toString() : null
  // Bounded: snippets and queries touch few words, but a long session must not grow without end.
  if (termCache.size > 50_000) termCache.clear()
  termCache.set(word, term)
  return term
}

/**
 * The tokens of a text. With `initials` (lower-case first letters, as char codes), tokens whose first
 * character is plain ASCII and not one of them are left out unread: a stem keeps its word's first letter,
 * so when marking matches only words that can stem to a query term need stemming.
 */
export function analyze(text: string, initials?: ReadonlySet<number>): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = []
  for (const match of text.matchAll(TOKEN)) {
    if (initials) {
      const first = match[0].charCodeAt(0)
      if (first < 128 && !initials.has(first >= 65 && first <= 90 ? first + 32 : first)) continue
    }
    const word = surface(match[0])
    if (!word) continue
    tokens.push({ word, term: termOf(word), start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

/** Index terms of a text as the index builder reads it (build-parts.ts): stop words dropped, repeats kept. */
export function indexWords(text: string, stems: Map<string, string | null>): string[] {
  const terms: string[] = []
  for (const match of text.matchAll(TOKEN)) {
    const word = surface(match[0])
    if (!word) continue
    // The build's own memo: a whole corpus has more words than termOf keeps.
    let term = stems.get(word)
    if (term === undefined) {
      term = termOf(word)
      stems.set(word, term)
    }
    if (term) terms.push(term)
  }
  return terms
}

/** Index terms of a text, stop words dropped, in order (repeats kept). */
export function termsOf(text: string): string[] {
  return analyze(text).flatMap((token) => (token.term ? [token.term] : []))
}

/** lunr's builder calls this in place of lunr.tokenizer; the pipeline then filters stop words and stems. */
export function lunrTokenizer(value: unknown): lunr.Token[] {
  if (value === null || value === undefined) return []
  const text = String(value)
  const tokens: lunr.Token[] = []
  for (const match of text.matchAll(TOKEN)) {
    const word = surface(match[0])
    if (word) tokens.push(new lunr.Token(word, {}))
  }
  return tokens
}

/** The terms of `sorted` (sorted as strings) that start with `prefix`, in order. */
export function termsWithPrefix(sorted: readonly string[], prefix: string): string[] {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((sorted[mid] as string) < prefix) low = mid + 1
    else high = mid
  }
  const terms: string[] = []
  for (let i = low; i < sorted.length && (sorted[i] as string).startsWith(prefix); i++) terms.push(sorted[i] as string)
  return terms
}
