// What kind of speaker a paragraph has, and the name-or-none a paragraph resolves to.
import nlp from 'compromise'

import type { SpeakerKind, SpeakerRef } from '../../shared/types'
import { SHORTENED } from './words'

export type { SpeakerKind }

/** A person by name, a body by its name ("General Motors Corp"), or people described ("traders"). */
export type Speaker = SpeakerRef

/**
 * Given names from compromise's lexicon (its male, female and first names, and the words it switches
 * between a person and a noun, such as "Bill"), read once: a Set lookup, not a parse per name.
 */
let givenNames: Set<string> | null = null
function given(): Set<string> {
  if (givenNames) return givenNames
  const model = nlp.model() as {
    one: { lexicon: Record<string, string> }
    two: { switches: Record<string, string> }
  }
  givenNames = new Set<string>()
  for (const [word, tag] of Object.entries(model.one.lexicon))
    if (tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName') givenNames.add(word)
  for (const [word, tags] of Object.entries(model.two.switches)) if (tags.startsWith('Person|')) givenNames.add(word)
  return givenNames
}

let placeNames: Set<string> | null = null
const peoples = new Set<string>()

/** Countries, regions, cities and their peoples from compromise's lexicon: "Sweden's Volvo AB" is Volvo AB of Sweden. */
export function isPlace(word: string): boolean {
  if (!placeNames) {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon
    placeNames = new Set()
    for (const [name, tag] of Object.entries(lexicon)) {
      const tags = [tag].flat()
      if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Demonym')) placeNames.add(name)
      if (tags.includes('Demonym')) peoples.add(name)
    }
  }
  return placeNames.has(word.toLowerCase())
}

/**
 * "Swedish", "Italian": a people, from compromise's lexicon and the few it lacks (a city is no description:
 * "the Boston exchange" may be one the story never named).
 */
function isPeople(word: string): boolean {
  isPlace(word) // reads the lexicon once
  return peoples.has(word.toLowerCase()) || MORE_PEOPLES.test(word)
}

/** Peoples compromise's lexicon lacks. */
const MORE_PEOPLES = /^(?:British|Swedish|Danish|Finnish|Spanish|Irish|Turkish|Polish|English|Welsh|Flemish|Soviet)$/

/** "Bahrain-based", "Paris-listed": a description before a name, never part of it. */
export const DESCRIBING = /-(?:based|owned|run|held|controlled|backed|listed|headquartered)$/i

/**
 * "Swedish", "West German", "Dutch-based": words of a description that say only where a body is from, so "the
 * Swedish carmaker" names no body of its own; "Swedish Match" is a name (a word that is no place).
 */
export const placeOnly = (words: readonly string[]) =>
  words.length > 0 &&
  words.every(
    (w, i) =>
      isPeople(w) ||
      DESCRIBING.test(w) ||
      (/^(?:West|East|North|South)$/.test(w) && i < words.length - 1 && isPeople(words[i + 1] as string)),
  )

/**
 * "Richard Schwarz" and "Bill Fulwider" are people, "Prensa Latina" and "Metro Cable" are not: compromise's
 * lexicon of given names decides for a name that no title or role marks.
 */
export function looksLikePerson(words: readonly string[]): boolean {
  if (words.length < 2) return false
  if (words.some((w, i) => i < words.length - 1 && /^\p{Lu}\.?$/u.test(w))) return true // "Roger B. Smith"
  // "Secretary of State George Shultz" runs as "State George Shultz": the name starts at the given name,
  // though not after a shortened word ("St. Joe Gold" is a place's name).
  const first = words.findIndex((w, i) => i < words.length - 1 && given().has(w.toLowerCase()))
  return (
    first === 0 || (first > 0 && !words.slice(0, first).some((w) => SHORTENED.has(w.toLowerCase().replace(/\.$/, ''))))
  )
}
