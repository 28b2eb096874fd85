// Whether a description ("the presidential press secretary", "the ministry") can mean someone the article
// names with a role ("Kremlin Spokesman Dmitry Peskov", "the Russian Foreign Ministry"). The principle: the
// description may say less than the named role, never something else. Same kind of title (up to a small
// table of synonyms), the same rank (a deputy minister is not "the minister"), and every portfolio and
// place it mentions found in the role. The caller takes an answer only when exactly one holder fits.
import { BODY_WORDS, ROLE_WORDS } from './words'

/** Someone or some body the article named, with the description that came with the name (lower case). */
export interface Holder {
  words: string[]
  name: string
}

/** Titles that mean the same post, rewritten to one word first ("press secretary" → "spokesperson"). */
const PHRASES: Array<[string[], string[]]> = [
  [['press', 'secretary'], ['spokesperson']],
  [['prime', 'minister'], ['prime-minister']],
  [
    ['foreign', 'office'],
    ['foreign', 'ministry'],
  ], // the British foreign ministry's own name
  [['vice-president'], ['vice', 'president']],
]

// prettier-ignore
const SYNONYMS = new Map([
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokespeople', 'spokesperson'],
  ['premier', 'prime-minister'], ['chairman', 'chair'], ['chairwoman', 'chair'], ['chairperson', 'chair'],
  ['advisor', 'adviser'], ['counselor', 'counsellor'], ['defense', 'defence'], ['organisation', 'organization'],
  ['center', 'centre'], ['u.s', 'us'], ['american', 'us'], ['america', 'us'],
])

/** Words that make a different post of the same title: a deputy minister is not the minister. */
// prettier-ignore
const RANKS = new Set([
  'deputy', 'vice', 'first', 'acting', 'former', 'assistant', 'senior', 'chief', 'top', 'special',
  'permanent', 'interim', 'executive', 'general', 'head', 'principal',
])

/** What a post is about: "foreign" minister, "defence" ministry. */
// prettier-ignore
const PORTFOLIOS = new Set([
  'foreign', 'defence', 'interior', 'finance', 'economy', 'economic', 'trade', 'justice', 'health', 'energy',
  'security', 'intelligence', 'military', 'affairs', 'state', 'national', 'press', 'home', 'treasury',
])

/** A description word that stands for any of these in a role: the Kremlin's spokesman is a presidential one. */
const COVERS = new Map([['presidential', new Set(['presidential', 'kremlin', 'elysee', 'white'])]])

interface Shape {
  head: string
  /** "spokesman" and "spokeswoman" are one post, but not one person. */
  gender: 'm' | 'f' | null
  ranks: Set<string>
  portfolios: Set<string>
  places: string[]
}

function canonical(words: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < words.length; i++) {
    const phrase = PHRASES.find(([from]) => from.every((w, k) => words[i + k] === w))
    if (phrase) {
      out.push(...phrase[1])
      i += phrase[0].length - 1
    } else out.push(SYNONYMS.get(words[i] as string) ?? (words[i] as string))
  }
  return out
}

const isHead = (word: string, kind: 'role' | 'body') =>
  kind === 'role' ? ROLE_WORDS.has(word) || word === 'spokesperson' || word === 'prime-minister' : BODY_WORDS.has(word)

function shape(words: string[], kind: 'role' | 'body'): Shape | null {
  const written = words.at(-1) ?? ''
  const all = canonical(words)
  const head = all.at(-1)
  if (!head || !isHead(head, kind)) return null
  const shaped: Shape = {
    head,
    gender: /woman$/.test(written) ? 'f' : /man$/.test(written) ? 'm' : null,
    ranks: new Set(),
    portfolios: new Set(),
    places: [],
  }
  // Up to its last body word a description names an employer or the body itself ("First Marathon
  // Securities Ltd analyst", "First Union National Bank"): places, not ranks or portfolios.
  let employer = -1
  all.forEach((word, i) => {
    if (i < all.length - 1 && BODY_WORDS.has(word)) employer = i
  })
  for (const [i, word] of all.slice(0, -1).entries()) {
    if (kind === 'body' && KIND_OF_BODY.has(word)) continue
    if (i <= employer || kind === 'body') shaped.places.push(word)
    else if (RANKS.has(word) || ROLE_WORDS.has(word)) shaped.ranks.add(word)
    else if (PORTFOLIOS.has(word)) shaped.portfolios.add(word)
    else shaped.places.push(word)
  }
  return shaped
}

/** "russia" (from "Russia's") and "russian" name one place; a short word may cut one ("Fed" for "Federal"). */
const samePlace = (said: string, role: string) =>
  said === role ||
  `${said}n` === role ||
  `${role}n` === said ||
  (said.length >= 3 && said.length <= 4 && role.startsWith(said))

/** Words that say what kind of body it is, not which: "the government institute", "the official agency". */
const KIND_OF_BODY = new Set(['government', 'official', 'state-run', 'state-owned'])

function placeCovered(place: string, role: Shape): boolean {
  const covers = COVERS.get(place)
  return role.places.some((p) => samePlace(place, p) || Boolean(covers?.has(p)))
}

/**
 * Strict: the role says all the description says. Loose: where it says less, it says nothing of that kind
 * ("President Vladimir Putin" for "the Russian president"), never something else.
 */
function fits(description: Shape, role: Shape, loose: boolean): boolean {
  if (description.head !== role.head) return false
  if (description.gender && role.gender && description.gender !== role.gender) return false
  if (description.ranks.size !== role.ranks.size || [...description.ranks].some((r) => !role.ranks.has(r))) return false
  const portfolios = [...description.portfolios].every((p) => role.portfolios.has(p))
  const places = description.places.every((place) => placeCovered(place, role))
  if (!loose) return portfolios && places
  // Loose: what the role does not say at all may be filled in ("Minister Escalante" → "the economy minister").
  return (portfolios || role.portfolios.size === 0) && (places || role.places.length === 0)
}

/**
 * The names of the holders the description can mean, one per person or body ("Foreign Ministry" and
 * "Russian Foreign Ministry" are one). People may be described with a place their role left out ("the
 * Russian president" for "President Vladimir Putin") when no role names it; a body's own name may not.
 */
export function holdersOf(description: string[], holders: readonly Holder[], kind: 'role' | 'body'): string[] {
  const wanted = shape(description, kind)
  if (!wanted) return []
  const shaped = holders.map((h) => ({ name: h.name, shape: shape(h.words, kind) }))
  const matching = (loose: boolean) =>
    distinct(shaped.filter((h) => h.shape && fits(wanted, h.shape, loose)).map((h) => h.name))
  const strict = matching(false)
  if (strict.length || kind === 'body') return strict
  return matching(true)
}

/** Names once each, a shorter one dropped when a longer one ends with it. */
function distinct(names: string[]): string[] {
  const unique = [...new Set(names)]
  return unique.filter((name) => !unique.some((other) => other !== name && other.endsWith(` ${name}`)))
}
