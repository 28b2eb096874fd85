// What kind of speaker a paragraph has, and the name-or-none a paragraph resolves to.
import nlp from 'compromise'

import type { SpeakerKind, SpeakerRef } from '../../shared/types'

export type { SpeakerKind }

/** A person by name, a body by its name ("General Motors Corp"), or people described ("traders"). */
export type Speaker = SpeakerRef

/** First words compromise knows as given names ("Richard", "Bill"), asked once each. */
const givenNames = new Map<string, boolean>()

/**
 * "Richard Schwarz" and "Bill Fulwider" are people, "Prensa Latina" and "Metro Cable" are not: compromise's
 * lexicon of given names decides for a name that no title or role marks. The first word is asked with a
 * made-up surname, so the answer is about the given name alone (and is cached per word).
 */
export function looksLikePerson(words: readonly string[]): boolean {
  if (words.length < 2) return false
  if (words.some((w, i) => i < words.length - 1 && /^\p{Lu}\.?$/u.test(w))) return true // "Roger B. Smith"
  const first = words[0] as string
  let known = givenNames.get(first)
  if (known === undefined) {
    known = (nlp(`${first} Qqqovich`).people().out('array') as string[]).length > 0
    givenNames.set(first, known)
  }
  return known
}
