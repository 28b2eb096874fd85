// Reading one paragraph for speakers: name runs ("Kremlin Spokesman Dmitry Peskov") and attributions
// ("X said", "said X", "according to X", "he said", "the statement said"). Quotations are skipped:
// who is quoted inside a quote is not who is speaking.
import {
  BODY_PRONOUNS,
  BODY_WORDS,
  HONORIFICS,
  NOT_A_REPORT,
  PERSON_PRONOUNS,
  QUALIFIERS,
  REPORTING_IF_THAT,
  REPORTING_VERBS,
  ROLE_WORDS,
  RUN_STOPS,
  SKIPPABLE,
} from './speaker-words'

/** A run of capitalised words and titles: a description, a name, or both. */
export interface Run {
  /** Offset in the paragraph with quotations blanked. */
  position: number
  /** The description before any name, lower case, possessives dropped: ["kremlin", "spokesman"]. */
  role: string[]
  /** The description ends in a title of a person (not a body). */
  roleIsTitle: boolean
  /** Set when the run names a body and no person: "Russian Foreign Ministry". */
  body: string | null
  /** Some word is capitalised: "the Russian Foreign Ministry", not "the ministry". */
  proper: boolean
  /** Came after "a"/"an": "a spokesman said" is nobody in particular. */
  indefinite: boolean
  /** Capitalised words after the description: ["Dmitry", "Peskov"]. */
  nameWords: string[]
  /** A title, an honorific, or a body before a two-word name shows the name is a person's. */
  evident: boolean
}

export type Subject =
  | { type: 'run'; run: Run }
  | { type: 'pronoun'; person: boolean }
  | { type: 'statement'; owner: string | null }
  | { type: 'unknown' }
  | { type: 'none' }

export interface Attribution {
  position: number
  subject: Subject
  /** "said in a statement": later "the statement said" means the same speaker. */
  inStatement: boolean
}

export interface ParagraphParts {
  runs: Run[]
  attributions: Attribution[]
}

interface Word {
  text: string
  lower: string
  start: number
  end: number
  cap: boolean
  possessive: boolean
}

const OPENING = /["\u201C\u201E\u00AB]/
const CLOSING: Record<string, RegExp> = { '"': /"/, '\u201C': /[\u201D\u201C]/, '\u201E': /[\u201C\u201D]/, '\u00AB': /\u00BB/ }

/** Quotations replaced by " | " (a boundary no run crosses); an unclosed quote runs to the end. */
export function blankQuotes(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const ch = text[i] as string
    if (!OPENING.test(ch)) {
      out += ch
      i++
      continue
    }
    const rest = text.slice(i + 1)
    const close = rest.search(CLOSING[ch] as RegExp)
    out += ' | '
    i = close < 0 ? text.length : i + 1 + close + 1
  }
  return out
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*/gu

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    let lower = m[0].toLowerCase().replace(/\u2019/g, "'")
    const possessive = /'s$/.test(lower) && lower.length > 2
    if (possessive) lower = lower.slice(0, -2)
    return { text: m[0], lower, start: m.index, end: m.index + m[0].length, cap: /^\p{Lu}/u.test(m[0]), possessive }
  })
}

const isVocab = (w: Word) => ROLE_WORDS.has(w.lower) || BODY_WORDS.has(w.lower) || QUALIFIERS.has(w.lower)
const inRun = (w: Word) => !RUN_STOPS.has(w.lower) && (w.cap || isVocab(w) || HONORIFICS.has(w.lower))

/** Two words belong to one run when only spaces (or the dot of "Mr." or "U.S.") stand between them. */
function joined(text: string, a: Word, b: Word): boolean {
  const between = text.slice(a.end, b.start)
  if (/^[ \t\u00A0]+$/.test(between)) return true
  return /^\.[ \t\u00A0]+$/.test(between) && (HONORIFICS.has(a.lower) || /^(?:\p{L}\.)*\p{L}$/u.test(a.text))
}

const titleCase = (w: Word) => (w.text[0] as string).toUpperCase() + w.text.slice(1).replace(/['\u2019]s$/, '')

function makeRun(run: Word[], before: Word | undefined): Run {
  let split = -1 // last title, body word or honorific: what follows is a name
  for (let i = 0; i < run.length; i++) {
    const w = run[i] as Word
    if (ROLE_WORDS.has(w.lower) || BODY_WORDS.has(w.lower) || HONORIFICS.has(w.lower)) split = i
  }
  const described = run.slice(0, split + 1)
  const nameWords = run.slice(split + 1).map((w) => w.text.replace(/['\u2019]s$/, ''))
  const last = described.at(-1)
  const role = described.filter((w) => !HONORIFICS.has(w.lower)).map((w) => w.lower)
  const evident =
    nameWords.length > 0 &&
    last !== undefined &&
    (ROLE_WORDS.has(last.lower) || HONORIFICS.has(last.lower) || (BODY_WORDS.has(last.lower) && nameWords.length >= 2))
  const isBody = nameWords.length === 0 && last !== undefined && BODY_WORDS.has(last.lower)
  return {
    position: (run[0] as Word).start,
    role,
    roleIsTitle: last !== undefined && ROLE_WORDS.has(last.lower),
    body: isBody ? described.map(titleCase).join(' ') : null,
    proper: run.some((w) => w.cap),
    indefinite: before?.lower === 'a' || before?.lower === 'an',
    nameWords,
    evident,
  }
}

/** Runs, each with the index of its first and last word. */
function findRuns(text: string, ws: Word[]): Array<{ run: Run; first: number; last: number }> {
  const runs: Array<{ run: Run; first: number; last: number }> = []
  let i = 0
  while (i < ws.length) {
    if (!inRun(ws[i] as Word)) {
      i++
      continue
    }
    let j = i
    while (j + 1 < ws.length && inRun(ws[j + 1] as Word) && joined(text, ws[j] as Word, ws[j + 1] as Word) && !(ws[j] as Word).possessive) j++
    // A possessive ends a run unless a title follows: "Russia's president" is one run, "Trump's statement" stops.
    if (j + 1 < ws.length && (ws[j] as Word).possessive && ROLE_WORDS.has((ws[j + 1] as Word).lower)) {
      j++
      while (j + 1 < ws.length && inRun(ws[j + 1] as Word) && joined(text, ws[j] as Word, ws[j + 1] as Word)) j++
    }
    const before = i > 0 && joined(text, ws[i - 1] as Word, ws[i] as Word) ? ws[i - 1] : undefined
    runs.push({ run: makeRun(ws.slice(i, j + 1), before), first: i, last: j })
    i = j + 1
  }
  return runs
}

/** Only spaces, or nothing but the start of the text, between two positions. */
const plainGap = (text: string, from: number, to: number) => /^[ \t\u00A0]*$/.test(text.slice(from, to))

export function analyseParagraph(text: string, heading = false): ParagraphParts {
  const blank = blankQuotes(text)
  const ws = words(blank)
  const found = findRuns(blank, ws)
  const runEndingAt = new Map(found.map((r) => [r.last, r]))
  const runStartingAt = new Map(found.map((r) => [r.first, r]))
  const attributions: Attribution[] = []

  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word
    if (w.lower === 'according' && ws[i + 1]?.lower === 'to') {
      attributions.push({ position: w.start, subject: subjectAfter(i + 2), inStatement: false })
      continue
    }
    if (w.cap || !(REPORTING_VERBS.has(w.lower) || (REPORTING_IF_THAT.has(w.lower) && reportsHere(i)))) continue
    if (w.lower === 'pointed' && ws[i + 1]?.lower !== 'out') continue
    const inStatement = ws.slice(i + 1, i + 4).some((x) => x.lower === 'statement') && ws[i + 1]?.lower === 'in'
    let j = i - 1
    while (j >= 0 && SKIPPABLE.has((ws[j] as Word).lower) && plainGap(blank, (ws[j] as Word).end, (ws[j + 1] as Word).start)) j--
    const prev = ws[j]
    const adjacent = prev !== undefined && plainGap(blank, prev.end, (ws[j + 1] as Word).start)
    let subject: Subject = { type: 'none' }
    if (adjacent && NOT_A_REPORT.has(prev.lower)) continue
    if (adjacent && PERSON_PRONOUNS.has(prev.lower)) subject = { type: 'pronoun', person: true }
    else if (adjacent && BODY_PRONOUNS.has(prev.lower)) subject = { type: 'pronoun', person: false }
    else if (adjacent && prev.lower === 'statement') subject = { type: 'statement', owner: ownerOf(j - 1) }
    else if (adjacent && runEndingAt.has(j)) subject = { type: 'run', run: (runEndingAt.get(j) as { run: Run }).run }
    else if (adjacent && !RUN_STOPS.has(prev.lower)) subject = { type: 'unknown' } // "officials said"
    else if (!prev || /[,|]\s*$/.test(blank.slice(prev.end, w.start))) subject = subjectAfter(i + 1) // ", said the president"
    if (subject.type !== 'none') attributions.push({ position: w.start, subject, inStatement })
  }

  /** For verbs that report only sometimes: "that", a comma, a quotation or the end follows. */
  function reportsHere(i: number): boolean {
    const next = ws[i + 1]
    if (!next) return true
    return next.lower === 'that' || /[,.;:|]/.test(blank.slice((ws[i] as Word).end, next.start))
  }

  /** "according to Mr. Grushko", "said the Russian president", "said Putin". */
  function subjectAfter(k: number): Subject {
    let at = k
    if (ws[at]?.lower === 'the') at++
    const next = ws[at]
    if (!next) return { type: 'none' }
    if (next.lower === 'him' || next.lower === 'her') return { type: 'pronoun', person: true }
    const run = runStartingAt.get(at)
    return run ? { type: 'run', run: run.run } : { type: 'none' }
  }

  /** "Trump's statement said": the name before a possessive statement. */
  function ownerOf(k: number): string | null {
    const run = runEndingAt.get(k)?.run
    return run && (ws[k] as Word).possessive && run.nameWords.length ? (run.nameWords.at(-1) as string) : null
  }

  if (heading) {
    const credit = headingCredit(text)
    if (credit) attributions.unshift(credit)
  }
  attributions.sort((a, b) => a.position - b.position)
  return { runs: found.map((r) => r.run), attributions }
}

/** "… arms race — Kremlin spokesman", "… arms race: Foreign Ministry", "Putin: …": the headline's source. */
function headingCredit(text: string): Attribution | null {
  const suffix = /(?:[:\u2014\u2013]|\s-)\s*([^:\u2014\u2013]+)$/.exec(text)
  const prefix = /^([^:]+):\s/.exec(text)
  for (const part of [suffix?.[1], prefix?.[1]]) {
    if (!part) continue
    const ws = words(part)
    if (ws.length === 0 || ws.length > 5) continue
    const runs = findRuns(part, ws)
    const only = runs[0]
    if (runs.length === 1 && only && only.first === 0 && only.last === ws.length - 1)
      return { position: 0, subject: { type: 'run', run: only.run }, inStatement: false }
  }
  return null
}
