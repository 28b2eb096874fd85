// Who speaks in each paragraph: the person or body whose position it reports.
// Found from reporting verbs ("Peskov said", "said the president", "according to Mr. Grushko"), with
// pronouns carried from the last named speaker, and role descriptions ("the Kremlin spokesman said") from
// the one holder of that role the article names, earlier or later (roles.ts). When unsure the
// answer is null: a wrong name is worse than none.
import type { Article } from '../../shared/types'
import { analyseParagraph, type Attribution, type Run } from './parse'
import { holdersOf, type Holder } from './roles'

export type SpeakerKind = 'person' | 'body'

/** The holder of a role the article mentions without a name ("an analyst"). */
const SOMEONE = '\u0000someone'

/** What the article has taught us so far: who holds which role, which bodies it named. */
class Memory {
  /** "kremlin spokesman" → "Peskov". */
  readonly roles: Holder[] = []
  /** "russian foreign ministry" → "Russian Foreign Ministry". */
  readonly bodies: Holder[] = []
  readonly persons = new Set<string>()
  readonly #known = new Set<string>()

  learn(list: 'roles' | 'bodies', words: string[], name: string): void {
    const key = `${list}|${words.join(' ')}|${name}`
    if (this.#known.has(key)) return
    this.#known.add(key)
    this[list].push({ words, name })
  }
}

/**
 * Who a description means: what was learned so far in reading order, else from the whole article (a
 * subheadline may describe someone named only later). A name only when exactly one holder fits;
 * null when several do, undefined when none does.
 */
function lookup(
  description: string[],
  seen: Memory,
  whole: Memory,
  list: 'roles' | 'bodies',
): string | null | undefined {
  const kind = list === 'roles' ? 'role' : 'body'
  for (const memory of [seen, whole]) {
    const names = holdersOf(description, memory[list], kind)
    if (names.length === 1 && names[0] !== SOMEONE) return names[0]
    if (names.length > 0) return null
  }
  return undefined
}

interface State {
  lastPerson: string | null
  lastBody: string | null
  /** Someone else was named after the last person spoke, so "he" is no longer safe. */
  otherPersonSince: boolean
  statementOwner: string | null
}

const cache = new WeakMap<Article, Map<number, string | null>>()

/** Speaker of every non-chrome paragraph, by paragraph index. Cached per article object. */
export function speakersOf(article: Article): Map<number, string | null> {
  let result = cache.get(article)
  if (!result) {
    const paragraphs = article.paragraphs.map((p) => ({
      index: p.index,
      text: article.body.slice(p.start, p.end),
      chrome: p.kind === 'chrome',
      heading: p.kind === 'heading',
      headline: p.headline,
      section: p.section,
    }))
    result = attributeSpeakers(paragraphs)
    cache.set(article, result)
  }
  return result
}

/**
 * Works out and caches the speakers of those of `articles` not done yet, and says how many that was: the
 * workspace warms the cache in the background so that a first comparison does not pay for it. An article
 * whose attribution fails is left alone here; the comparison that needs it reports the error.
 */
export function warmSpeakers(articles: Iterable<Article>): number {
  let computed = 0
  for (const article of articles) {
    if (cache.has(article)) continue
    try {
      speakersOf(article)
      computed++
    } catch {
      // see above
    }
  }
  return computed
}

export interface SpeakerInput {
  index: number
  text: string
  chrome?: boolean
  heading?: boolean
  /** The article's own headline: it owns no section. */
  headline?: boolean
  /** Index of the section heading this paragraph is under. */
  section?: number
}

export function attributeSpeakers(paragraphs: SpeakerInput[]): Map<number, string | null> {
  // Chrome is never read below, so it is not analysed either.
  const analysed = paragraphs.map((p) => ({
    ...p,
    parts: p.chrome ? { runs: [], attributions: [] } : analyseParagraph(p.text, Boolean(p.heading)),
  }))

  // First pass: everything the whole article says about who holds which role (a headline may come first).
  const whole = new Memory()
  for (const p of analysed) if (!p.chrome) for (const run of p.parts.runs) learn(whole, run) // captions run names together

  const seen = new Memory()
  const state: State = { lastPerson: null, lastBody: null, otherPersonSince: false, statementOwner: null }
  const speakers = new Map<number, string | null>()
  let previous: { index: number; speaker: string | null } | null = null
  for (const p of analysed) {
    if (p.chrome) continue
    let speaker: string | null = null
    let attributed = false
    let runIndex = 0
    const runs = p.parts.runs
    const absorbRunsBefore = (position: number) => {
      while (runIndex < runs.length && (runs[runIndex] as Run).position < position)
        notice(seen, whole, state, runs[runIndex++] as Run)
    }
    for (const attribution of p.parts.attributions) {
      absorbRunsBefore(attribution.position)
      const found = resolve(attribution, seen, whole, state)
      if (found === undefined) continue // not an attribution after all ("according to the interview")
      attributed = true
      speaker = found?.name ?? null
      if (found) {
        if (found.kind === 'person') {
          state.lastPerson = found.name
          state.otherPersonSince = false
        } else state.lastBody = found.name
        if (attribution.inStatement) state.statementOwner = found.name
      } else {
        // Someone unnamed spoke last ("a manager agreed"): a following "he said" could be them.
        state.lastPerson = null
        state.lastBody = null
      }
      break
    }
    absorbRunsBefore(Infinity)
    if (!attributed && previous && continuesQuote(p, runs, previous, whole)) speaker = previous.speaker
    speakers.set(p.index, speaker)
    previous = { index: p.index, speaker }
  }
  for (const p of paragraphs)
    if (p.heading && !p.headline && !speakers.get(p.index))
      speakers.set(p.index, sectionSpeaker(p.index, paragraphs, speakers))
  return speakers
}

/** A section heading ("Treaty with Japan") speaks with its section when everyone attributed there is one speaker. */
function sectionSpeaker(
  heading: number,
  paragraphs: SpeakerInput[],
  speakers: Map<number, string | null>,
): string | null {
  const said = new Set<string>()
  for (const p of paragraphs) {
    const speaker = p.section === heading && !p.chrome ? speakers.get(p.index) : null
    if (speaker) said.add(speaker)
  }
  return said.size === 1 ? ([...said][0] as string) : null
}

/** A person's short name ("Peskov"), or for capitalised words with no sign of a person, the words ("South Korea"). */
function named(run: Run, whole: Memory): { name: string; kind: SpeakerKind } | null {
  const surname = run.nameWords.at(-1)
  if (!surname) return null
  if (run.evident || run.nameWords.length === 1 || whole.persons.has(surname)) return { name: surname, kind: 'person' }
  return { name: run.nameWords.join(' '), kind: 'body' }
}

/**
 * A paragraph that opens with a quotation right after an attributed one continues that speaker's quote,
 * unless someone else is named outside the quotation: an attribution we could not read may be theirs.
 */
function continuesQuote(
  p: SpeakerInput,
  runs: Run[],
  previous: { index: number; speaker: string | null },
  whole: Memory,
): boolean {
  return (
    !p.heading &&
    previous.index === p.index - 1 &&
    /^\s*["\u201C\u00AB]/.test(p.text) &&
    !runs.some((run) => namesSomeoneElse(run, previous.speaker, whole))
  )
}

/** "said Robert Brusca of Nikko Securities": a person or a body's name that is not the speaker's. */
function namesSomeoneElse(run: Run, speaker: string | null, whole: Memory): boolean {
  const surname = run.nameWords.at(-1)
  if (surname) {
    const someone = run.evident || run.nameWords.length >= 2 || whole.persons.has(surname)
    return someone && surname !== speaker && run.nameWords.join(' ') !== speaker
  }
  return Boolean(run.body && run.proper && run.body !== speaker)
}

/** Learn from a run: "Kremlin Spokesman Dmitry Peskov" teaches that the Kremlin spokesman is Peskov. */
function learn(memory: Memory, run: Run): void {
  const surname = run.nameWords.at(-1)
  if (surname && run.evident) {
    memory.persons.add(surname)
    if (run.role.length && run.roleIsTitle) memory.learn('roles', run.role, surname)
  }
  // "an oil analyst who asked not to be named": a later "the analyst" may be them, so no name is safe.
  if (!surname && run.indefinite && run.roleIsTitle) memory.learn('roles', run.role, SOMEONE)
  if (run.body && run.proper) memory.learn('bodies', run.role, run.body)
}

/** A run met in reading order outside an attribution: learn it, and note when someone else was named. */
function notice(seen: Memory, whole: Memory, state: State, run: Run): void {
  learn(seen, run)
  const surname = run.nameWords.at(-1)
  if (surname && (run.evident || whole.persons.has(surname)) && surname !== state.lastPerson)
    state.otherPersonSince = true
}

/**
 * The speaker an attribution points to: a name, null when it is an attribution whose speaker cannot be
 * known ("officials said", "he said" with no safe antecedent), undefined when it is no attribution at all.
 */
function resolve(
  attribution: Attribution,
  seen: Memory,
  whole: Memory,
  state: State,
): { name: string; kind: SpeakerKind } | null | undefined {
  const { subject } = attribution
  switch (subject.type) {
    case 'pronoun':
      if (subject.person)
        return state.lastPerson && !state.otherPersonSince ? { name: state.lastPerson, kind: 'person' } : null
      return state.lastBody ? { name: state.lastBody, kind: 'body' } : null
    case 'statement':
      if (subject.owner) return { name: subject.owner, kind: 'person' }
      return state.statementOwner ? { name: state.statementOwner, kind: 'body' } : null
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
      // Only "the …" points back at someone: "one leading bank said", "his spokesman said" name no one.
      if (!run.proper && !run.definite) return null
      if (run.body) {
        const known = lookup(run.role, seen, whole, 'bodies')
        if (known) {
          seen.learn('bodies', run.role, known)
          return { name: known, kind: 'body' }
        }
        if (!run.proper) return null // "the ministry" with no ministry named before
        learn(seen, run)
        return { name: run.body, kind: 'body' }
      }
      if (run.indefinite) return null // "a spokesman said"
      const known = lookup(run.role, seen, whole, 'roles')
      return known ? { name: known, kind: 'person' } : null
    }
  }
}
