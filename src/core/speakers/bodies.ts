// Which body a description means: "a company spokesman" (the company that spoke), "an NEC spokesman" (NEC
// Corp), "the Kansas City exchange" (the Kansas City Board of Trade), "the airport company", "the exchanges";
// and descriptions that name no body ("the weather service") kept as written.
import { placeOnly, type Speaker } from './kind'
import type { Run } from './parse'
import type { KnownNames } from './known'
import type { State } from './resolve'
import { BODY_WORDS, COMPANY_SUFFIXES, QUALIFIERS } from './words'

/**
 * "company spokeswoman" in a story about Kowloon-Canton Railway Corp is that company's spokeswoman; so is a
 * bare "a spokesman" after the company spoke, or in a story that names no other body.
 */
export function described(phrase: string, whole: KnownNames, state: State): string {
  const company = whole.companies[0]
  const owner = ownerNamed(phrase, whole)
  if (owner) return owner
  if (/^spokes(?:man|woman|person)$/i.test(phrase)) {
    const last = state.lastBody?.kind === 'organisation' ? state.lastBody.name : undefined
    const body = last ?? (whole.bodies.length === 1 || !state.spokeYet ? company : undefined)
    return body ? `${body} ${phrase}` : phrase
  }
  // "a company spokesman" after "the airport company said": the company that spoke, else the story's first.
  const spoke = state.lastBody?.kind === 'organisation' ? state.lastBody.name : undefined
  const own = spoke && whole.companies.includes(spoke) ? spoke : company
  // ("an official at a major Japanese shipping company" is not that company's.)
  // ("a senior company official" is; "an official at a major shipping company", "analysts and company
  // executives" are not: only ranks may come before the word.)
  return own ? phrase.replace(/^((?:(?:senior|top|chief|former|one)\s+)*)[Cc]ompany\b/, `$1${own}`) : phrase
}

/**
 * "an NEC spokesman" in a story about NEC Corp, "a hospital spokesman" in one naming George Washington Hospital:
 * the one body the words before the title begin or end, written in full. Undefined when none or several fit.
 */
function ownerNamed(phrase: string, whole: KnownNames): string | undefined {
  const match = /^(.+?)\s+(spokes(?:man|woman|person))$/i.exec(phrase)
  const owner = match?.[1]
  if (!owner || /^company$/i.test(owner)) return undefined
  const named = /^\p{Lu}/u.test(owner)
  // A name's first words for a company ("NEC" of "NEC Corp"); a body's own word for any body ("hospital").
  const bodies = named
    ? whole.companies.filter((name) => name.startsWith(`${owner} `))
    : [...new Set(whole.bodies.map((b) => b.name))].filter((name) =>
        name.toLowerCase().endsWith(` ${owner.toLowerCase()}`),
      )
  return bodies.length === 1 ? `${bodies[0] as string} ${match[2] as string}` : undefined
}

/** "weather service": words before a body's kind that say what it does, not a portfolio ("defence ministry"). */
export const describedOnly = (written: string) => {
  const words = written.toLowerCase().split(/\s+/)
  return words.length > 1 && words.slice(0, -1).every((w) => !QUALIFIERS.has(w) && !BODY_WORDS.has(w))
}

/**
 * "the Kansas City exchange": the one body the story names whose name has every capitalised word; else no
 * one ("the Dutch company" may be any of them).
 */
export function describedBody(run: Run, whole: KnownNames): Speaker | null {
  const named = run.written.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w))
  const bodies = new Set([...whole.bodies.map((b) => b.name), ...whole.companies])
  bodies.delete(run.body as string) // the description itself, read as a name
  const fits = [...bodies].filter((name) => named.every((w) => name.split(/\s+/).includes(w)))
  return fits.length === 1 ? { name: fits[0] as string, kind: 'organisation' } : null
}

/** "airport company": the one company whose name's last word before its suffixes is "Airport"; else undefined. */
export function companyOfKind(written: string, whole: KnownNames): Speaker | undefined {
  const kind = written.split(/\s+/).at(-2)?.toLowerCase()
  if (!kind) return undefined
  const fits = whole.companies.filter((name) => {
    const words = name.toLowerCase().split(/\s+/)
    while (words.length > 1 && COMPANY_SUFFIXES.has((words.at(-1) as string).replace(/\./g, ''))) words.pop()
    return words.length > 1 && words.at(-1) === kind
  })
  return fits.length === 1 ? { name: fits[0] as string, kind: 'organisation' } : undefined
}

/** "the exchanges said" after the LCE and the IPE were named: the two bodies of that kind, as one speaker. */
export function bodiesOfKind(kind: string, seen: KnownNames): Speaker | null {
  const names = [...new Set(seen.bodies.filter((b) => b.words.at(-1) === kind).map((b) => b.name))]
  return names.length === 2 ? { name: names.join(' and '), kind: 'organisation' } : null
}

/** "the Venezuelan company", "a British bank": a people's word and a company's kind, no body's own name. */
export const peopleKind = (written: string) =>
  /\s(?:company|firm|group|concern|bank|corporation)$/.test(written) &&
  placeOnly(written.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)))
