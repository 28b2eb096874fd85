// From an attribution to a speaker: names read in place, pronouns and descriptions carried from who was
// named or spoke before. When unsure the answer is null: a wrong name is worse than none.
import { isPlace, looksLikePerson, placeOnly, type Speaker } from './kind'
import type { Attribution, Run } from './parse'
import { LED_WORDS } from './led'
import { bodiesOfKind, companyOfKind, described, describedBody, describedOnly, peopleKind } from './bodies'
import { bodyOfKind, centralOnly, GENERIC_BODIES, kindWord, PUBLIC_KINDS } from './kinds'
import { KnownNames, SOMEONE } from './known'
import { holdersOf } from './roles'
import { GROUP_WORDS, ONE_OF_GROUP, suffixAlone } from './words'
import { mentionedOnly, type Mention } from './mentions'

export interface State {
  /** Who "he" or "she" may be: the last person, or one described ("a company spokeswoman"). */
  lastPerson: Speaker | null
  /** What "it" and "the group" may be: a body, or one described ("an investor group led by …"). */
  lastBody: Speaker | null
  /** Who "they" may be: people described in the plural, or bodies named together. */
  lastGroup: Speaker | null
  /** Descriptions that spoke, for "the analysts" or "the spokeswoman" later. */
  described: Array<Speaker & { head: string }>
  /** Someone else was named after the last person spoke, so "he" is no longer safe. */
  otherPersonSince: boolean
  statementOwner: Speaker | null
  /** Some attribution was read before, whether or not its speaker could be known. */
  spokeYet: boolean
  /** Who spoke in the last attribution (null when unknown). */
  lastSpeaker: Speaker | null
  /** Described people met so far, spoken or not ("A Kodak spokesman would not say"), for "the spokesman said". */
  mentioned: Mention[]
}

export const newState = (): State => ({
  lastPerson: null,
  lastBody: null,
  lastGroup: null,
  described: [],
  otherPersonSince: false,
  statementOwner: null,
  spokeYet: false,
  lastSpeaker: null,
  mentioned: [],
})

/** A run names a person: a title or role marks it, the article names them so elsewhere, or a given name. */
export const personLike = (run: Run, whole?: KnownNames) =>
  run.nameWords.length > 0 &&
  !run.body &&
  (run.evident || Boolean(whole?.persons.has(run.nameWords.at(-1) as string)) || looksLikePerson(run.nameWords))

/**
 * Who a description means: what was learned so far in reading order, else from the whole article. A name
 * only when exactly one holder fits; null when several do, undefined when none does.
 */
function lookup(description: string[], seen: KnownNames, whole: KnownNames, list: 'roles' | 'bodies') {
  const kind = list === 'roles' ? 'role' : 'body'
  for (const memory of [seen, whole]) {
    const names = holdersOf(description, memory[list], kind)
    if (names.length === 1 && names[0] !== SOMEONE) return names[0]
    if (names.length > 0) return null
  }
  return undefined
}

/** A person's short name ("Peskov"), or for capitalised words with no sign of a person, a body's ("Prensa Latina"). */
function named(run: Run, whole: KnownNames): Speaker | null {
  const surname = run.nameWords.at(-1)
  // "Deere said" in a story about Deere and Co: a word of a body's name the article gives is that body.
  // "K Mart said" in a story about K Mart Corp: the initial is the company's, not a person's.
  const plain = run.nameWords.join(' ').replace(/\./g, '')
  if (!surname || suffixAlone(run.nameWords.join(' '))) return null
  // ("Gabelli said" in a story naming Mario Gabelli and his firm Mario Gabelli and Co is the man.)
  const namedFor = (words: string[]) => {
    const at = words.indexOf(surname)
    return at > 0 && whole.persons.has(surname) && whole.personWords.has(words[at - 1] as string)
  }
  const inBody =
    !run.evident &&
    (run.nameWords.length === 1
      ? whole.bodies.some((b) => b.name.split(/[\s-]+/).includes(surname) && !namedFor(b.name.split(/[\s-]+/)))
      : /^\p{Lu}\.?$/u.test(run.nameWords[0] as string) &&
        whole.bodies.some((b) => b.name.replace(/\./g, '').startsWith(`${plain} `)))
  if (!inBody && personLike(run, whole)) return { name: surname, kind: 'person' }
  if (!inBody && run.nameWords.length === 1 && !run.role.length && whole.personWords.has(surname))
    return { name: surname, kind: 'person' }
  // "Chemical Bank International": a body's word inside the name is not a description before it.
  const wholeName = run.role.length > 0 && !run.roleIsTitle && /^(?:\p{Lu}\S*\s+)+\p{Lu}\S*$/u.test(run.written)
  return { name: inBody ? plain : wholeName ? run.written : run.nameWords.join(' '), kind: 'organisation' }
}

/** Learn from a run: "Kremlin Spokesman Dmitry Peskov" teaches that the Kremlin spokesman is Peskov. */
export function learn(memory: KnownNames, run: Run): void {
  const surname = run.nameWords.at(-1)
  if (surname && personLike(run)) {
    memory.persons.add(surname)
    if (run.nameWords.length >= 2) for (const word of run.nameWords) memory.personWords.add(word)
    if (run.role.length && run.roleIsTitle) memory.learn('roles', run.role, surname)
  }
  // "an oil analyst who asked not to be named": a later "the analyst" may be them, so no name is safe.
  if (!surname && run.indefinite && run.roleIsTitle) memory.learn('roles', run.role, SOMEONE)
  // "a British company", "the Venezuelan company" are no body of that name.
  if (run.body && run.proper && !run.indefinite && !peopleKind(run.written)) memory.learn('bodies', run.role, run.body)
  // "the Canadian Auto Workers": a union by its name, for a later "the union said".
  if (run.nameWords.length >= 2 && UNION_NAMES.test(surname ?? '') && !run.role.length)
    memory.learn('bodies', ['union'], run.nameWords.join(' '))
}

/** Last words of a trade union's name: "United Auto Workers", "International Brotherhood of Teamsters". */
const UNION_NAMES = /^(?:Workers|Employees|Teamsters|Machinists|Mineworkers|Steelworkers)$/

/** A run met in reading order outside an attribution: learn it, and note when someone else was named. */
export function notice(seen: KnownNames, whole: KnownNames, state: State, run: Run): void {
  learn(seen, run)
  const surname = run.nameWords.at(-1)
  if (surname && personLike(run, whole) && surname !== state.lastPerson?.name) state.otherPersonSince = true
}

const singular = (head: string) => head.replace(/(?:men|women)$/, (m) => m.replace('e', 'a')).replace(/s$/, '')

/** "the spokeswoman", "the analysts": the description that spoke before with the same head word. */
function describedBefore(head: string, state: State, written = ''): Speaker | null {
  // "The U.S. official" is not the "French officials" described before: a place it gives must be there too.
  const place = (w: string) => isPlace(w.replace(/\.$/, '')) || /^U\.[SK]\.?$/.test(w) // "U.S."
  const named = written.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && place(w))
  const found = state.described.findLast(
    (d) =>
      singular(d.head) === singular(head) &&
      // "the bankers" are not the one "banker" counted out before.
      !(ONE_OF_GROUP.has(d.head) && d.head !== head) &&
      named.every((w) => d.name.split(/\s+/).includes(w)),
  )
  return found ? { name: found.name, kind: found.kind } : null
}

const BROADCASTERS = new Set(['radio', 'television'])

/** The description as a speaker: "traders", "Air Canada spokesman", or the one "the officials" points back to. */
function group(phrase: string, head: string, definite: boolean, state: State, whole: KnownNames): Speaker | null {
  // "radio said" after "state radio called": one broadcaster, the one described before ("analysts said"
  // after "oil industry analysts said" may be others).
  if (definite || (phrase.toLowerCase() === head && BROADCASTERS.has(head))) {
    const before = describedBefore(head, state)
    if (before) return before
    if (/^(?:companies|partners|firms)$/.test(head)) return state.lastGroup
  }
  const name = described(phrase.replace(/^(?:the|a|an|one)\s+/i, ''), whole, state)
  return { name, kind: 'role' }
}

/**
 * What "it said" or "the company said" points back to: the body that spoke last, else, when no body has
 * spoken yet ("Mazda Motor Corp reported car sales …. The company said"), the first company the story named.
 */
function bodyBefore(state: State, seen: KnownNames, pronoun = false): Speaker | null {
  const first = pronoun ? seen.bodies.find((b) => b.name !== SOMEONE)?.name : seen.companies[0]
  if (state.lastBody) return state.lastBody
  const name = state.spokeYet ? undefined : first
  return name ? { name, kind: 'organisation' } : null
}

/** "the bank said": a body of that kind, else (a word of no known kind) the body before. */
const ofKind = (word: string | undefined, state: State, seen: KnownNames, whole: KnownNames) => {
  const found = word ? bodyOfKind(word, state, seen, whole) : undefined
  return found === undefined ? bodyBefore(state, seen) : found
}

/**
 * The speaker an attribution points to: a speaker, null when it is an attribution whose speaker cannot be
 * known ("he said" with no safe antecedent), undefined when it is no attribution at all.
 */
export function resolve(
  attribution: Attribution,
  seen: KnownNames,
  whole: KnownNames,
  state: State,
): Speaker | null | undefined {
  const { subject } = attribution
  switch (subject.type) {
    case 'pronoun':
      if (subject.group) return state.lastGroup
      if (subject.person) {
        if (state.lastPerson) return state.otherPersonSince ? null : state.lastPerson
        // "Prime Minister Nakasone sounded a conciliatory note. … he was quoted as saying": before anyone spoke,
        // the one person named so far.
        const only = !state.spokeYet && seen.persons.size === 1 ? [...seen.persons][0] : undefined
        return only ? { name: only, kind: 'person' } : null
      }
      return bodyBefore(state, seen, true)
    case 'statement':
      if (subject.owner) return { name: subject.owner, kind: 'person' }
      // "It said …. The report said": a report no one was said to write is the body that spoke last.
      if (subject.writing === 'some') return null
      if (subject.writing && !state.statementOwner && state.lastSpeaker?.kind === 'organisation')
        return state.lastSpeaker
      return state.statementOwner
    case 'group':
      return group(subject.phrase, subject.head, subject.definite, state, whole)
    case 'body':
      seen.learn('bodies', [subject.name.toLowerCase()], subject.name)
      return { name: subject.name, kind: 'organisation' }
    case 'reference':
      return (subject.kind && bodiesOfKind(subject.kind, seen)) || ofKind(subject.word, state, seen, whole)
    case 'unknown':
      return null
    case 'none':
      return undefined
    case 'run': {
      const run = subject.run
      if (run.nameWords.length) {
        learn(seen, run)
        return named(run, whole)
      }
      const head = run.role.at(-1) ?? ''
      // "King said" after "chairman Lord King told": a title that is the surname of someone named.
      if (run.role.length === 1 && run.proper && !run.body && whole.persons.has(run.written))
        return { name: run.written, kind: 'person' }
      if (run.body) {
        if (run.indefinite) return null // "a dealer at one leading bank said": not the bank named before
        // "the Kansas City exchange said": a kind of body in lower case after a name is a description.
        // ("the Brookehill group" may be several companies: not this.)
        // ("Amro bank argues", with no article, is how the bank writes its own name.)
        const lowerKind = /\s\p{Ll}\S*$/u.test(run.written)
        // "the Swedish group said", "the Dutch company said": a body of that kind, named before.
        const from = run.written.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w))
        const placed = run.definite && lowerKind && GENERIC_BODIES.test(head) && placeOnly(from)
        if (run.proper && run.definite && head !== 'group' && GENERIC_BODIES.test(head) && lowerKind) {
          const body = describedBody(run, whole)
          if (body || !placed) return body
        }
        if (placed) {
          const found = ofKind(head, state, seen, whole)
          return found?.name === run.body ? null : found // (not the description read as a name)
        }
        const known = centralOnly(run.written, lookup(run.role, seen, whole, 'bodies'))
        if (known) {
          seen.learn('bodies', run.role, known)
          return { name: known, kind: 'organisation' }
        }
        if (!run.proper || run.role.length === 1) {
          // "the company said", "the Bank added": the body that spoke before, or the company the story is about;
          // "the airport company said": the company whose name ends so ("Kansai International Airport Co Ltd").
          const kindOnly = PUBLIC_KINDS.has(head) && !/\s/.test(run.written) // "the union said", not "the statistics department"
          if ((GENERIC_BODIES.test(head) || kindOnly) && (run.definite || !run.proper))
            return companyOfKind(run.written, whole) ?? ofKind(kindWord(run.written, head), state, seen, whole)
          // "the weather service said": a body described, not named, is a role as written ("the defence ministry"
          // is some country's ministry: no one).
          if (!run.proper) return describedOnly(run.written) ? { name: run.written, kind: 'role' } : null
        }
        learn(seen, run)
        return { name: run.body, kind: 'organisation' }
      }
      if (!run.roleIsTitle && !GROUP_WORDS.has(head)) return null
      if (!run.proper && !run.definite && !run.indefinite) return null // "his spokesman said"
      // "Kremlin spokesman", "the presidential press secretary": the one holder the article names, if any.
      const known = run.indefinite ? undefined : lookup(run.role, seen, whole, 'roles')
      if (known) return { name: known, kind: 'person' }
      if (known === null && !describedBefore(head, state)) {
        const only = mentionedOnly(run, [seen, whole], state.mentioned) // "A Kodak spokesman declined …. The spokesman said"
        return only ? group(only, head, false, state, whole) : null // two holders fit, or an unnamed one
      }
      if (!run.definite) return group(run.written, head, false, state, whole)
      return describedBefore(head, state, run.written) ?? group(run.written, head, false, state, whole)
    }
  }
}

/** After a speaker is found: whom "he", "it" and "they" may mean next. */
export function remember(found: Speaker | null, state: State, head: string | undefined, inStatement: boolean): void {
  state.spokeYet = true
  state.lastSpeaker = found
  if (!found) {
    // Someone unnamed spoke last ("a manager agreed"): a following "he said" could be them.
    state.lastPerson = null
    state.lastBody = null
    return
  }
  // "An investor group led by …": people acting as one body, whom "it" and "the group" mean next.
  const body = found.kind === 'organisation' || (found.kind === 'role' && LED_WORDS.has(head ?? ''))
  if (found.kind === 'person' || (found.kind === 'role' && !GROUP_WORDS.has(head ?? '') && !body)) {
    state.lastPerson = found
    state.otherPersonSince = false
  }
  if (found.kind === 'role') {
    state.described.push({ ...found, head: head ?? '' })
    if (GROUP_WORDS.has(head ?? '')) state.lastGroup = found
  }
  if (body) state.lastBody = found
  if (found.kind === 'organisation' && / and /.test(found.name)) state.lastGroup = found
  if (inStatement) state.statementOwner = found
}

/** "said Robert Brusca of Nikko Securities": a person or a body's name that is not the speaker's. */
export function namesSomeoneElse(run: Run, speaker: string | null, whole: KnownNames): boolean {
  const surname = run.nameWords.at(-1)
  if (surname) {
    const someone = personLike(run, whole) || run.nameWords.length >= 2
    return someone && surname !== speaker && run.nameWords.join(' ') !== speaker
  }
  return Boolean(run.body && run.proper && run.body !== speaker)
}
