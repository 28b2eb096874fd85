// Who speaks in each paragraph: the person or body whose position it reports.
// Found from reporting verbs ("Peskov said", "said the president", "according to Mr. Grushko"), with
// pronouns and role descriptions ("he said", "the Kremlin spokesman said") carried from names learned
// earlier in the same article. When unsure the answer is null: a wrong name is worse than none.
import type { Article } from '../../shared/types'
import { analyseParagraph, type Attribution, type Run } from './speaker-parse'

export type SpeakerKind = 'person' | 'body'

/** What the article has taught us so far: role descriptions and body names → who they are. */
class Memory {
  /** "kremlin spokesman" → "Peskov"; null once two different people were given the same role. */
  readonly roles = new Map<string, string | null>()
  /** "ministry", "foreign ministry" → "Russian Foreign Ministry". */
  readonly bodies = new Map<string, string | null>()
  readonly persons = new Set<string>()

  learnRole(roleKey: string[], name: string): void {
    for (let i = 0; i < roleKey.length; i++) remember(this.roles, roleKey.slice(i).join(' '), name)
  }

  learnBody(words: string[], name: string): void {
    for (let i = 0; i < words.length; i++) remember(this.bodies, words.slice(i).join(' '), name, true)
  }
}

/** Two names for one key make it ambiguous (null), unless one is the other in full ("Foreign Ministry"). */
function remember(map: Map<string, string | null>, key: string, name: string, widen = false): void {
  if (!key) return
  const known = map.get(key)
  if (known === undefined || known === name) map.set(key, name)
  else if (known === null) return
  else if (widen && known.endsWith(` ${name}`)) return
  else if (widen && name.endsWith(` ${known}`)) map.set(key, name)
  else map.set(key, null)
}

/** The most specific learned entry for the description: "russian deputy foreign minister", then shorter. */
function lookup(map: Map<string, string | null>, words: string[]): string | null | undefined {
  for (let i = 0; i < words.length; i++) {
    const key = words.slice(i).join(' ')
    if (map.has(key)) return map.get(key)
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
    }))
    result = attributeSpeakers(paragraphs)
    cache.set(article, result)
  }
  return result
}

export interface SpeakerInput {
  index: number
  text: string
  chrome?: boolean
  heading?: boolean
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
    // A paragraph that is all quotation, right after an attributed one, continues that speaker's quote.
    if (!attributed && !p.heading && previous && previous.index === p.index - 1 && /^\s*["\u201C\u00AB]/.test(p.text))
      speaker = previous.speaker
    speakers.set(p.index, speaker)
    previous = { index: p.index, speaker }
  }
  return speakers
}

/** A person's short name ("Peskov"), or for capitalised words with no sign of a person, the words ("South Korea"). */
function named(run: Run, whole: Memory): { name: string; kind: SpeakerKind } | null {
  const surname = run.nameWords.at(-1)
  if (!surname) return null
  if (run.evident || run.nameWords.length === 1 || whole.persons.has(surname)) return { name: surname, kind: 'person' }
  return { name: run.nameWords.join(' '), kind: 'body' }
}

/** Learn from a run: "Kremlin Spokesman Dmitry Peskov" teaches that the Kremlin spokesman is Peskov. */
function learn(memory: Memory, run: Run): void {
  const surname = run.nameWords.at(-1)
  if (surname && run.evident) {
    memory.persons.add(surname)
    if (run.role.length && run.roleIsTitle) memory.learnRole(run.role, surname)
  }
  if (run.body && run.proper) memory.learnBody(run.role, run.body)
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
      if (run.body) {
        const known = lookup(seen.bodies, run.role) ?? lookup(whole.bodies, run.role)
        if (known) return { name: known, kind: 'body' }
        if (!run.proper) return null // "the ministry" with no ministry named before
        learn(seen, run)
        return { name: run.body, kind: 'body' }
      }
      if (run.indefinite) return null // "a spokesman said"
      const known = lookup(seen.roles, run.role)
      if (known !== undefined) return known ? { name: known, kind: 'person' } : null
      const fromWhole = lookup(whole.roles, run.role)
      return fromWhole ? { name: fromWhole, kind: 'person' } : null
    }
  }
}
