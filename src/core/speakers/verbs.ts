// Whether a word reports a statement where it stands: "said" always; "confirmed", "announced" when a clause
// follows; "voiced confidence that"; never "states" after a count ("the attorneys general of 24 states").
import type { Reading } from './groups'
import { bareClause, pastAdverbials } from './clauses'
import { plainGap, type Word } from './tokens'
import { GROUP_WORDS, REPORTING_IF_THAT, REPORTING_VERBS, ROLE_WORDS, RUN_STOPS, VIEW_VERBS } from './words'

/** Words that open a clause after a verb: "confirmed there would be", "announced it would". */
const CLAUSE_SUBJECTS = new Set(['there', 'it', 'he', 'she', 'they', 'we'])
const VOICED = new Set(['voiced', 'expressed', 'voices', 'expresses'])
// prettier-ignore
const FEELINGS = new Set([
  'confidence', 'concern', 'concerns', 'doubt', 'doubts', 'hope', 'fear', 'fears', 'optimism', 'skepticism',
  'scepticism', 'regret', 'satisfaction', 'disappointment', 'surprise', 'belief', 'worry', 'worries',
  'view', 'views', 'opposition', 'support',
])

/**
 * Verbs that state a view when a particle follows soon, in the same clause: "called for investigations",
 * "called on Japan to spend", "blamed the drop on", "attributed the decline to", "described the crop as",
 * "asked the commission to amend" (an appeal, like "urged").
 */
const WITH_PARTICLE = new Map<string, { particles: Set<string>; within: number }>([
  ['called', { particles: new Set(['for', 'on']), within: 1 }],
  ['blamed', { particles: new Set(['on', 'for']), within: 6 }],
  ['blames', { particles: new Set(['on', 'for']), within: 6 }],
  ['attributed', { particles: new Set(['to']), within: 6 }],
  ['attributes', { particles: new Set(['to']), within: 6 }],
  ['described', { particles: new Set(['as']), within: 6 }],
  ['describes', { particles: new Set(['as']), within: 6 }],
  ['denounced', { particles: new Set(['as']), within: 6 }],
  ['asked', { particles: new Set(['to']), within: 4 }],
  ['criticised', { particles: new Set(['for']), within: 6 }],
  ['criticized', { particles: new Set(['for']), within: 6 }],
  ['faulted', { particles: new Set(['for']), within: 6 }],
])
/** A question, not an appeal: "asked whether …". */
const ASKING = new Set(['whether', 'if', 'about', 'how', 'why', 'what', 'when'])

/** A count before a word: "24 states", "three estimates". */
const NUMBER = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many)$/

/** Word `i` reports here (its case aside: the caller skips capitalised words). */
export function reportsAt(reading: Reading, i: number): boolean {
  const { ws, blank } = reading
  const w = ws[i] as Word
  const before = ws[i - 1]
  // "the attorneys general of 24 states", "two estimates": after a count the word is a plural noun.
  if (/s$/.test(w.lower) && before && NUMBER.test(before.lower) && plainGap(blank, before.end, w.start)) return false
  if (VIEW_VERBS.has(w.lower) && (before?.possessive || /^(?:by|to)$/.test(ws[i + 1]?.lower ?? ''))) return false
  return (
    REPORTING_VERBS.has(w.lower) ||
    (REPORTING_IF_THAT.has(w.lower) && clauseFollows(reading, i)) ||
    voices(reading, i) ||
    withParticle(reading, i) ||
    namedWhat(reading, i) ||
    dismisses(reading, i) ||
    withPeople(reading, i) ||
    quotesAs(reading, i)
  )
}

/** "… and said …": a verb that always reports, right after "and" (not "and welcomed by Andriessen"). */
export function reportsAfterAnd(reading: Reading, i: number): boolean {
  const [and, w] = [reading.ws[i - 1] as Word, reading.ws[i] as Word]
  return REPORTING_VERBS.has(w.lower) && plainGap(reading.blank, and.end, w.start) && reportsAt(reading, i)
}

/**
 * "a finance ministry spokesman quoted Stoltenberg as saying …", "Banking sources quoted Araki as saying": the
 * people who quote speak (LABELLING: the outer attribution). Not a paper, an agency or a statement: whether "Tass
 * quoted Nazer as saying" is Tass or Nazer the labels do not say. "was quoted as saying" is read in parse.ts.
 */
function quotesAs({ ws, blank }: Reading, i: number): boolean {
  if ((ws[i] as Word).lower !== 'quoted') return false
  let k = i - 1
  while (k > 0 && k > i - 3 && /^(?:also|today|recently|later|earlier)$/.test(ws[k]?.lower ?? '')) k--
  const who = ws[k]
  const people =
    who && !who.cap && (ROLE_WORDS.has(who.lower) || GROUP_WORDS.has(who.lower) || /^(?:he|she)$/.test(who.lower))
  if (!people || CARRIERS.has(who.lower)) return false
  for (let a = i + 1; a <= i + 10 && ws[a + 1]; a++) {
    if (/[.;:!?|]/.test(blank.slice((ws[a - 1] as Word).end, (ws[a] as Word).start))) return false
    if ((ws[a] as Word).lower === 'as' && ws[a + 1]?.lower === 'saying') return a > i + 1
  }
  return false
}
/** People words that are papers or broadcasters: they relay what others say. */
const CARRIERS = new Set(['radio', 'television', 'newspaper', 'daily', 'gazette', 'report', 'study', 'survey'])

/** "in what state radio called unprecedented weather": a name given to something is a view stated. */
function namedWhat({ ws, blank }: Reading, i: number): boolean {
  if (!NAMING.has((ws[i] as Word).lower)) return false
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (!plainGap(blank, (ws[k] as Word).end, (ws[k + 1] as Word).start)) return false
    if ((ws[k] as Word).lower === 'what') return k < i - 1
  }
  return false
}
const NAMING = new Set(['called', 'termed', 'described', 'describes'])

/** "called for …", "blamed the drop on …": the verb's particle within a few words, in one clause. */
function withParticle({ ws, blank }: Reading, i: number): boolean {
  const rule = WITH_PARTICLE.get((ws[i] as Word).lower)
  if (!rule) return false
  for (let k = i + 1; k <= i + rule.within && ws[k]; k++) {
    const w = ws[k] as Word
    if (!plainGap(blank, (ws[k - 1] as Word).end, w.start) || ASKING.has(w.lower)) return false
    // "which Russia described as …": with no object between, the verb's object came before it.
    if (rule.particles.has(w.lower)) return k > i + 1 || rule.within === 1
  }
  return false
}

/** For verbs that report only sometimes: "that", a clause, a comma, a quotation or the end follows. */
function clauseFollows(reading: Reading, i: number): boolean {
  const { ws, blank } = reading
  const next = ws[i + 1]
  if (!next) return true
  // "confirmed there would be a communique", "announced it would close": a clause follows.
  if (CLAUSE_SUBJECTS.has(next.lower) && plainGap(blank, (ws[i] as Word).end, next.start)) return true
  if (next.lower === 'that' || /[,.;:|]/.test(blank.slice((ws[i] as Word).end, next.start))) return true
  // "reported last week that", "announced on Monday it would", "disclosed in a filing with the SEC that"
  if (bareClause(reading, i)) return true
  const past = pastAdverbials(reading, i)
  const after = ws[past]
  if (past === i + 1 || !after || !plainGap(blank, (ws[past - 1] as Word).end, after.start)) return false
  return after.lower === 'that' || CLAUSE_SUBJECTS.has(after.lower)
}

/**
 * "voiced confidence that", "expressed concern that", "had expressed mixed views on": a feeling or a view put
 * into words (a word may describe it first).
 */
function voices({ ws, blank }: Reading, i: number): boolean {
  if (!VOICED.has((ws[i] as Word).lower)) return false
  for (let k = i + 1; k <= i + 2 && ws[k]; k++) {
    if (!plainGap(blank, (ws[k - 1] as Word).end, (ws[k] as Word).start)) return false
    if (FEELINGS.has((ws[k] as Word).lower)) return ws[k + 1]?.lower === 'that' || VIEWS.has((ws[k] as Word).lower)
  }
  return false
}
/** Put into words whatever follows: "expressed mixed views on a possible cut". */
const VIEWS = new Set([
  'view',
  'views',
  'doubts',
  'concern',
  'concerns',
  'confidence',
  'optimism',
  'opposition',
  'support',
])

/** What is said, dismissed as a view: "dismissed the reports", "dismissed central bank statements the …". */
// prettier-ignore
const SAYINGS = new Set([
  'reports', 'report', 'claims', 'claim', 'speculation', 'rumours', 'rumors', 'rumour', 'rumor', 'suggestions',
  'suggestion', 'allegations', 'statements', 'criticism', 'charges', 'accusations', 'fears', 'talk', 'predictions',
  'warnings', 'idea', 'notion', 'possibility', 'concerns', 'worries', 'forecasts',
])

/** "dismissed the reports as …", "dismissed fears of a famine": a view of what others say; not "dismissed a lawsuit". */
function dismisses({ ws, blank }: Reading, i: number): boolean {
  if (!/^dismiss(?:ed|es)$/.test((ws[i] as Word).lower)) return false
  for (let k = i + 1; k <= i + 4 && ws[k]; k++) {
    if (!plainGap(blank, (ws[k - 1] as Word).end, (ws[k] as Word).start)) return false
    if (SAYINGS.has((ws[k] as Word).lower)) return true
  }
  return false
}

const FILINGS = new Set(['suit', 'lawsuit', 'action', 'complaint', 'petition'])

/** ", accusing it of …", ", charging it with fraud", ", charging that …": the sentence's subject says so. */
export function accuses({ ws, blank }: Reading, i: number): boolean {
  const w = (ws[i] as Word).lower
  const particle = w === 'accusing' ? 'of' : w === 'charging' ? 'with' : ''
  if (!particle) return false
  // "filed a suit against Acme charging it with fraud": what the suit says, its filer's words.
  const filed = ws.slice(Math.max(0, i - 5), i).some((x) => FILINGS.has(x.lower))
  if (!filed && !/,\s*$/.test(blank.slice(ws[i - 1]?.end ?? 0, (ws[i] as Word).start))) return false
  if (w === 'charging' && ws[i + 1]?.lower === 'that') return true
  for (let k = i + 2; k <= i + 5 && ws[k]; k++) {
    if (!plainGap(blank, (ws[k - 1] as Word).end, (ws[k] as Word).start)) return false
    if ((ws[k] as Word).lower === particle) return true
  }
  return false
}

/** What people are said to be doing, in a phrase with its own subject: "with dealers attributing the fall to …". */
// prettier-ignore
const PEOPLE_SAYING = new Set([
  'saying', 'attributing', 'citing', 'blaming', 'predicting', 'expecting', 'forecasting', 'noting', 'reporting',
  'warning',
])

/** "…, with dealers saying …", "with many analysts forecasting …": the people said so. */
export function withPeople({ ws, blank }: Reading, i: number): boolean {
  const group = ws[i - 1]
  if (!PEOPLE_SAYING.has((ws[i] as Word).lower) || !group || group.cap || !/s$/.test(group.lower)) return false
  if (!GROUP_WORDS.has(group.lower) || !plainGap(blank, group.end, (ws[i] as Word).start)) return false
  // Past words describing them: "with many analysts", "with foreign exchange dealers".
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const w = ws[k] as Word
    if (!plainGap(blank, w.end, (ws[k + 1] as Word).start)) return false
    if (w.lower === 'with') return true
    if (w.cap || (RUN_STOPS.has(w.lower) && !/^(?:some|many|most|several|other)$/.test(w.lower))) return false
  }
  return false
}
