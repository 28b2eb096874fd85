// Topic term syntax, the same as the CLI's --terms: comma-separated, "quoted phrases" allowed.

/** Split `arms race, "race to produce weapons", buildup` into terms; quotes may hold commas. */
export function parseTerms(input: string): string[] {
  const terms: string[] = []
  let current = ''
  let quoted = false
  for (const ch of input) {
    if (ch === '"' || ch === '“' || ch === '”') quoted = !quoted
    else if (ch === ',' && !quoted) {
      terms.push(current)
      current = ''
    } else current += ch
  }
  terms.push(current)
  const seen = new Set<string>()
  return terms
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => {
      const key = t.toLowerCase()
      if (!t || seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/** The inverse of parseTerms: quote only what needs it, so editing shows what was typed. */
export function formatTerms(terms: readonly string[]): string {
  return terms.map((t) => (t.includes(',') ? `"${t}"` : t)).join(', ')
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'to', 'for', 'or', 'with', 'by', 'at', 'is'])

/**
 * The terms of a search query, for "Make topic from this search": quoted phrases stay phrases,
 * other words become single terms; lunr syntax (+, -, field:, *, ~n) and stop words are dropped.
 */
export function termsFromQuery(query: string): string[] {
  const terms: string[] = []
  const rest = query.replace(/["“]([^"”]+)["”]/g, (_m, phrase: string) => {
    terms.push(phrase)
    return ' '
  })
  for (const raw of rest.split(/\s+/)) {
    if (raw.startsWith('-')) continue
    const word = raw
      .replace(/^\+/, '')
      .replace(/^[a-z]+:/i, '')
      .replace(/[*~^]\d*$/g, '')
      .replace(/[^\p{L}\p{N}'-]/gu, '')
    if (word && !STOP_WORDS.has(word.toLowerCase())) terms.push(word)
  }
  return parseTerms(terms.join(','))
}
