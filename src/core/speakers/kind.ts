// What kind of speaker a paragraph has, and the name-or-none a paragraph resolves to.
import nlp from 'compromise'

import type { SpeakerKind, SpeakerRef } from '../../shared/types'

export type { SpeakerKind }

/** A person by name, a body by its name ("General Motors Corp"), or people described ("traders"). */
export type Speaker = SpeakerRef

const personNames = new Map<string, boolean>()

/**
 * "Richard Schwarz" and "Bill Fulwider" are people, "Prensa Latina" and "Metro Cable" are not: compromise's
 * lexicon of given names decides for a name that no title or role marks.
 */
export function looksLikePerson(words: readonly string[]): boolean {
  if (words.length < 2) return false
  if (words.some((w, i) => i < words.length - 1 && /^\p{Lu}\.?$/u.test(w))) return true // "Roger B. Smith"
  const name = words.join(' ')
  let known = personNames.get(name)
  if (known === undefined) {
    const people = nlp(name).people().out('array') as string[]
    known = people.some((p) => p.replace(/[.,]/g, '') === name.replace(/[.,]/g, ''))
    personNames.set(name, known)
  }
  return known
}
