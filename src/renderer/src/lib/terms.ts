// Topic terms in the renderer, over the one term syntax in src/shared/terms.ts (the CLI's --terms), so
// what the user types in the topic editor, or makes from a search, is stored as the CLI would store it.
import {
  formatTerms,
  parseTerms,
  STOP_WORDS,
  TermSyntaxError,
  termWords,
  type ParsedTerms,
} from '../../../shared/terms'

export { formatTerms, TermSyntaxError }

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

/**
 * The terms of a search query, for "Make topic from this search": quoted phrases stay phrases, and a run of
 * plain words stays one phrase ("peace treaty" is one term, not "peace" and "treaty"); a word with an
 * operator (+word, field:word) is a term of its own; -word, lunr syntax (*, ~n) and stop words at either
 * end of a run are dropped. Never throws: what could not be a term is left out.
 */
export function termsFromQuery(query: string): string[] {
  const items: string[] = []
  let run: string[] = []
  const endRun = () => {
    while (run.length && STOP_WORDS.has(run[0]!.toLowerCase())) run.shift()
    while (run.length && STOP_WORDS.has(run.at(-1)!.toLowerCase())) run.pop()
    if (run.length) items.push(run.join(' '))
    run = []
  }
  const parts = query.split(/(["“][^"”]+["”])/)
  for (const part of parts) {
    if (/^["“]/.test(part)) {
      endRun()
      // Commas, quotes and + mean something in the term syntax; a * inside a phrase means nothing to search.
      items.push(part.slice(1, -1).replace(/[,+*"“”„«»]/g, ' '))
      continue
    }
    for (const raw of part.split(/\s+/)) {
      if (!raw) continue
      if (raw.startsWith('-')) {
        endRun()
        continue
      }
      const operator = /^\+|^[a-z]+:/i.test(raw)
      const word = raw
        .replace(/^\+/, '')
        .replace(/^[a-z]+:/i, '')
        .replace(/[*~^]\d*$/g, '')
        .replace(/[^\p{L}\p{N}'-]/gu, '')
      if (!word) continue
      if (operator) {
        endRun()
        if (!STOP_WORDS.has(word.toLowerCase())) items.push(word)
      } else run.push(word)
    }
    endRun()
  }
  try {
    return parseTerms(items.filter((item) => termWords(item).words.length > 0).join(', ')).terms
  } catch (error) {
    if (error instanceof TermSyntaxError) return [] // only stop words, or nothing that can match
    throw error
  }
}
