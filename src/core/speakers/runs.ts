// Name runs in a paragraph: capitalised words and titles read together ("Kremlin Spokesman Dmitry Peskov"),
// split into the description (a role or a body) and the name that follows it.
import {
  BODY_WORDS,
  COMPANY_SUFFIXES,
  FOR_BODIES,
  HONORIFICS,
  NAME_PARTICLES,
  particleJoins,
  REPORTING_VERBS,
  ROLE_WORDS,
  RUN_STOPS,
  SHORTENED,
} from './words'
import { bracketedSuffix, companyName, managingBank, nameBefore, rebracket, unitName } from './companies'
import { DESCRIBING, looksLikePerson } from './kind'
import { inRun, joined, plainGap, type Word } from './tokens'

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
  /** Came after "the": only such a description can point back at someone named ("the bank said"). */
  definite: boolean
  /** Capitalised words after the description: ["Dmitry", "Peskov"]. */
  nameWords: string[]
  /** A title, an honorific, or a body before a two-word name shows the name is a person's. */
  evident: boolean
  /** The last word had a possessive 's ("Trump's statement", but also "Moody's said"). */
  possessive: boolean
  /** The run's words as written, minus a leading honorific: "Air Canada spokesman". */
  written: string
}

/** A word of a name as shown: an initial or a shortened word keeps its dot ("Thomas A. Vanderslice", "St. Joe"). */
export const dotted = (w: Word) => (/^\p{Lu}$/u.test(w.text) || SHORTENED.has(w.lower) ? `${w.text}.` : w.text)

/** A body's name as written, lower-case qualifiers capitalised ("Russian foreign Ministry" → "Russian Foreign Ministry"). */
const titleCase = (w: Word) => (w.lower === 'and' ? w.text : (w.text[0] as string).toUpperCase() + w.text.slice(1))

const INDEFINITE = new Set(['a', 'an', 'one', 'another'])

/** Kinds of body whose own name follows them: "the state oil company Yacimientos Petroliferos Fiscales". */
const NAMED_AFTER = new Set(['company', 'corporation', 'agency'])

export function makeRun(whole: Word[], before: Word | undefined, previous?: Word): Run {
  // "the San Diego-based bank" is "the bank"; "the Bahrain-based Gulf News Agency" is the agency by its name.
  // ("New York-based" has its place's words before it; "FMR Corp and Bermuda-based Fidelity" keeps the second.)
  const prefix = whole.findIndex((w) => DESCRIBING.test(w.text))
  const run = prefix >= 0 && prefix <= 2 && prefix < whole.length - 1 ? whole.slice(prefix + 1) : whole
  const company = companyName(run) ?? managingBank(run, previous) ?? unitName(run)
  if (company) {
    return {
      position: (run[0] as Word).start,
      role: run.map((w) => w.lower),
      roleIsTitle: false,
      body: company,
      proper: true,
      indefinite: INDEFINITE.has(before?.lower ?? ''), // "another Canadian Company, <Unicorp Canada Corp>"
      definite: before?.lower === 'the',
      nameWords: [],
      evident: false,
      possessive: (run.at(-1) as Word).possessive,
      written: company,
    }
  }
  // "Center for Strategic Studies", "Society for Savings", "Americus Trust for Merck Shares": one body's name.
  // ("an application by Trans World Airlines Inc for DOT approval": not after a company's suffix.)
  const f = run.findIndex((w, i) => {
    const kind = run[i - 1]
    const body =
      kind && (FOR_BODIES.has(kind.text) || (BODY_WORDS.has(kind.lower) && !COMPANY_SUFFIXES.has(kind.lower)))
    return body && w.lower === 'for' && !w.cap && run[i + 1]?.cap
  })
  if (f > 0) {
    let from = f - 1
    while (from > 0 && (run[from - 1] as Word).cap && !HONORIFICS.has((run[from - 1] as Word).lower)) from--
    const name = run.slice(from)
    const written = name.map((w, i) => (i === name.length - 1 ? w.text.replace(/['\u2019]s$/, '') : w.text)).join(' ')
    return {
      position: (run[0] as Word).start,
      role: run.map((w) => w.lower),
      roleIsTitle: false,
      body: written,
      proper: true,
      indefinite: INDEFINITE.has(before?.lower ?? ''),
      definite: before?.lower === 'the',
      nameWords: [],
      evident: false,
      possessive: (run.at(-1) as Word).possessive,
      written,
    }
  }
  let split = -1 // last title, body word or honorific: what follows is a name
  for (let i = 0; i < run.length; i++) {
    const w = run[i] as Word
    const named = i > 0 && w.cap && HONORIFICS.has((run[i - 1] as Word).lower) // "Lord King": a name, not a title
    if (!named && (ROLE_WORDS.has(w.lower) || BODY_WORDS.has(w.lower) || HONORIFICS.has(w.lower))) split = i
  }
  const described = run.slice(0, split + 1)
  const named = run.slice(split + 1)
  // Only the last word's possessive is dropped: "Dreyer's Grand Ice Cream" keeps its own.
  // "Thomas A. Vanderslice": an initial inside a name keeps its dot.
  const nameWords = named.map((w, i) => (i === named.length - 1 ? w.text.replace(/['\u2019]s$/, '') : dotted(w)))
  const last = described.at(-1)
  const role = described.filter((w) => !HONORIFICS.has(w.lower)).map((w) => w.lower)
  // "Bank Negara Malaysia", "Bank Leumi Le-Israel": a body's word that opens the run begins the body's own name.
  const opensName = described.length === 1 && (described[0] as Word).cap
  const evident =
    nameWords.length > 0 &&
    last !== undefined &&
    (ROLE_WORDS.has(last.lower) ||
      HONORIFICS.has(last.lower) ||
      (BODY_WORDS.has(last.lower) && nameWords.length >= 2 && !NAMED_AFTER.has(last.lower) && !opensName))
  const isBody = nameWords.length === 0 && last !== undefined && BODY_WORDS.has(last.lower)
  // "lead manager Credit Suisse First Boston Ltd": the body is what follows the title.
  let lastTitle = -1
  described.forEach((w, i) => {
    if (ROLE_WORDS.has(w.lower)) lastTitle = i
  })
  const bodyWords = described.slice(lastTitle + 1)
  return {
    position: (run[0] as Word).start,
    role,
    roleIsTitle: last !== undefined && ROLE_WORDS.has(last.lower),
    // "the Agriculture Department's report": a body's word never ends in a possessive of its own.
    body:
      isBody && bodyWords.length
        ? bodyWords
            .map(titleCase)
            .join(' ')
            .replace(/['\u2019]s$/, '')
        : null,
    // "Company also said", its article dropped in a note: a capital that opens a sentence makes no name.
    proper: run.some((w) => w.cap) && !(run.length === 1 && run[0]?.lower === 'company'),
    indefinite: INDEFINITE.has(before?.lower ?? ''),
    definite: before?.lower === 'the',
    nameWords,
    evident,
    possessive: (run.at(-1) as Word).possessive,
    written: run
      .filter((w, i) => i > 0 || !HONORIFICS.has(w.lower))
      .map((w) => w.text)
      .join(' '),
  }
}

/** Past a possessive or an "and", the run goes on when what follows is a body's name ending in Inc, Commission … */
export function extendToBody(text: string, ws: Word[], j: number): number {
  const at = ws[j] as Word
  let k = j + 1
  if (!at.possessive) {
    const and = ws[k]
    if (!and || !(and.lower === 'and' || and.lower === '&') || !joined(text, at, and) || !at.cap) return j
    k++
  }
  const first = ws[k]
  if (!first || !first.cap || RUN_STOPS.has(first.lower) || !joined(text, ws[k - 1] as Word, first)) return j
  while (
    ws[k + 1] &&
    inRun(ws[k + 1] as Word) &&
    joined(text, ws[k] as Word, ws[k + 1] as Word) &&
    !(ws[k] as Word).possessive
  )
    k++
  const end = ws[k] as Word
  if (BODY_WORDS.has(end.lower) || (end.cap && COMPANY_SUFFIXES.has(end.lower.replace(/\./g, '')))) return k
  const further = end.possessive ? extendToBody(text, ws, k) : k // "Standard and Poor's Corp"
  return further > k ? further : j
}

/** Runs, each with the index of its first and last word. */
export function findRuns(text: string, ws: Word[]): Array<{ run: Run; first: number; last: number }> {
  const runs: Array<{ run: Run; first: number; last: number }> = []
  let i = 0
  while (i < ws.length) {
    // "A. Schulman Inc said": an initial opening a name, though "A" is also an article; "One analyst" is no name.
    const one = ws[i]?.text === 'One' && ws[i + 1] !== undefined && !(ws[i + 1] as Word).cap
    if (one || (!inRun(ws[i] as Word) && !(ws[i]?.text === 'A' && initialAt(text, ws, i)))) {
      i++
      continue
    }
    let j = i
    for (;;) {
      while (
        j + 1 < ws.length &&
        (inRun(ws[j + 1] as Word) || initialAt(text, ws, j + 1)) &&
        joined(text, ws[j] as Word, ws[j + 1] as Word) &&
        !(ws[j] as Word).possessive
      )
        j++
      const particle = particleAt(text, ws, j)
      if (!particle) break
      j = particle
    }
    // A possessive ends a run unless a title follows: "Russia's president" is one run, "Trump's statement" stops.
    if (j + 1 < ws.length && (ws[j] as Word).possessive && ROLE_WORDS.has((ws[j + 1] as Word).lower)) {
      j++
      while (j + 1 < ws.length && inRun(ws[j + 1] as Word) && joined(text, ws[j] as Word, ws[j + 1] as Word)) j++
    }
    // "Moody's Investors Service Inc", "Securities and Exchange Commission": one body's name.
    j = possessiveName(text, ws, j) // "Dreyer's Grand Ice Cream said"
    const joinedBody = extendToBody(text, ws, j)
    if (joinedBody > j) j = joinedBody
    const bracketed = bracketedSuffix(text, ws, j) // "Yamaichi International (Europe) Ltd"
    if (bracketed > j) j = bracketed
    // "Salomon Brothers (Asia) Ltd economist Ron Napier": the run goes on past the suffix.
    while (bracketed > 0 && ws[j + 1] && inRun(ws[j + 1] as Word) && joined(text, ws[j] as Word, ws[j + 1] as Word)) j++
    i = nameBefore(text, ws, i, j, runs) // "American Can Co", "3Com Corp": a lone suffix's whole name
    const previous = i > 0 && plainGap(text, (ws[i - 1] as Word).end, (ws[i] as Word).start) ? ws[i - 1] : undefined
    const before = determiner(text, ws, i)
    const run = makeRun(ws.slice(i, j + 1), before, previous)
    if (bracketed > 0 && run.body) {
      const opening = ws.findLastIndex((w, k) => k < j && text[w.start - 1] === '(')
      const inner = ws
        .slice(opening, j)
        .map((w) => w.text)
        .join(' ')
      const suffix = (ws[j] as Word).text
      run.body = rebracket(run.body, inner, suffix)
      run.written = rebracket(run.written, inner, suffix)
    }
    // "a bourse spokesman", "a hospital spokesman": the words between the article and the title describe it too.
    const article = before && ARTICLES.has(before.lower) ? ws.indexOf(before) : -1
    // "the airport company said": so is a body's kind in lower case.
    const described = (run.roleIsTitle && !run.body) || (run.body !== null && !run.proper)
    if (article >= 0 && article < i - 1 && described && !run.nameWords.length)
      run.written = `${text.slice((ws[article + 1] as Word).start, (ws[i] as Word).start)}${run.written}`.replace(
        /\s+/g,
        ' ',
      )
    runs.push({ run, first: i, last: j })
    i = j + 1
  }
  return runs
}

/** "Thomas A. Vanderslice": a middle initial, even one that is also a word ("A", "I"), when a name goes on after it. */
function initialAt(text: string, ws: Word[], k: number): boolean {
  const at = ws[k] as Word
  const next = ws[k + 1]
  return /^\p{Lu}$/u.test(at.text) && Boolean(next?.cap) && /^\.[ \t]+$/.test(text.slice(at.end, next?.start))
}

/** Past a possessive when capitalised words and then a reporting verb follow: the index the name reaches. */
function possessiveName(text: string, ws: Word[], j: number): number {
  if (!(ws[j] as Word).possessive || !(ws[j] as Word).cap) return j
  let k = j
  while (ws[k + 1]?.cap && joined(text, ws[k] as Word, ws[k + 1] as Word) && !(ws[k + 1] as Word).possessive) k++
  const verb = ws[k + 1]
  // "Fairchild's Bill Fulwider told": a person's name after the possessive is the person's, not the company's.
  if (k > j && looksLikePerson([(ws[j + 1] as Word).text, (ws[k] as Word).text])) return j
  return k > j &&
    verb &&
    !verb.cap &&
    REPORTING_VERBS.has(verb.lower) &&
    plainGap(text, (ws[k] as Word).end, verb.start)
    ? k
    : j
}

/** "de Saint-Aignan", "al-Sabah", "Freres et Cie": the run goes on past a name particle; the index it reaches. */
function particleAt(text: string, ws: Word[], j: number): number {
  const at = ws[j] as Word
  const next = ws[j + 1]
  const inName = at.cap || /^(?:al|el|bin|ibn|abu)-/.test(at.text)
  if (!next || !inName || at.possessive || !joined(text, at, next)) return 0
  if (/^(?:al|el|bin|ibn|abu)-\p{Lu}/u.test(next.text)) return j + 1
  if (!particleJoins(at.text, next.text)) return 0
  // "Cor van der Klugt", "Guillermo de la Dehesa": particles may come two together.
  let k = j + 2
  const more = ws[k]
  if (more && NAME_PARTICLES.has(more.lower) && more.lower === more.text && joined(text, next, more)) k++
  const after = ws[k]
  if (after?.cap && joined(text, ws[k - 1] as Word, after) && !RUN_STOPS.has(after.lower)) return k
  return 0
}

const ARTICLES = new Set(['the', 'a', 'an', 'one', 'another'])

/** The article before a run, past a few modifiers: "an oil analyst", "the White House budget chief". */
function determiner(text: string, ws: Word[], first: number): Word | undefined {
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    const w = ws[k] as Word
    if (!plainGap(text, w.end, (ws[k + 1] as Word).start)) return undefined
    if (ARTICLES.has(w.lower) || RUN_STOPS.has(w.lower) || w.possessive) return w
  }
  return undefined
}
