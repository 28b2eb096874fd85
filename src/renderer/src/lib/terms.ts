// Topic terms in the renderer, over the one term syntax in src/shared/terms.ts (the CLI's --terms), so
// what the user types in the topic editor, or makes from a search, is stored as the CLI would store it.
import { formatTerms, parseTerms, termWords, type ParsedTerms } from '../../../shared/terms'

export { formatTerms, TermSyntaxError } from '../../../shared/terms'

/**
 * The topic editor's two fields as one topic: `+term` in Terms is a co-term, as on the CLI, and every
 * item in Co-terms is one, with or without its +. Throws TermSyntaxError naming a term that cannot match.
 */
export function parseTopicFields(termsLine: string, coTermsLine: string): ParsedTerms {
  const main = parseTerms(termsLine)
  const co = parseTerms(coTermsLine)
  // Parsing the combined line drops a co-term given in both fields, as a repeat on the CLI is dropped.
  return parseTerms(formatTerms(main.terms, [...main.coTerms, ...co.terms, ...co.coTerms]))
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'to', 'for', 'or', 'with', 'by', 'at', 'is'])

/**
 * The terms of a search query, for "Make topic from this search": quoted phrases stay phrases,
 * other words become single terms; lunr syntax (+, -, field:, *, ~n) and stop words are dropped.
 * Never throws: what could not be a term is left out.
 */
export function termsFromQuery(query: string): string[] {
  const items: string[] = []
  const rest = query.replace(/["“]([^"”]+)["”]/g, (_m, phrase: string) => {
    // Commas, quotes and + mean something in the term syntax; a * inside a phrase means nothing to search.
    items.push(phrase.replace(/[,+*"“”„«»]/g, ' '))
    return ' '
  })
  for (const raw of rest.split(/\s+/)) {
    if (raw.startsWith('-')) continue
    const word = raw
      .replace(/^\+/, '')
      .replace(/^[a-z]+:/i, '')
      .replace(/[*~^]\d*$/g, '')
      .replace(/[^\p{L}\p{N}'-]/gu, '')
    if (word && !STOP_WORDS.has(word.toLowerCase())) items.push(word)
  }
  return parseTerms(items.filter((item) => termWords(item).words.length > 0).join(', ')).terms
}
