// Reading one paragraph for speakers: attributions ("X said", "said X", "according to X", "he said",
// "the statement said") over the name runs of runs.ts. Quotations are skipped: who is quoted
// inside a quote is not who is speaking.
import {
  BODY_PRONOUNS,
  BODY_WORDS,
  NOT_A_REPORT,
  PERSON_PRONOUNS,
  REPORTING_IF_THAT,
  REPORTING_VERBS,
  ROLE_WORDS,
  RUN_STOPS,
  SKIPPABLE,
} from './words'
import { blankQuotes, findRuns, joined, plainGap, words, type Run, type Word } from './runs'

export type { Run } from './runs'

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

export function analyseParagraph(text: string, heading = false): ParagraphParts {
  const blank = blankQuotes(text)
  const ws = words(blank)
  const found = findRuns(blank, ws)
  // "Rudolph Hokanson, analyst at Milwaukee Co.": a title just after the name shows it is a person's.
  for (const { run, last } of found) {
    if (
      run.nameWords.length < 2 ||
      run.evident ||
      !ws[last + 1] ||
      !/^\s*,\s*$/.test(blank.slice((ws[last] as Word).end, (ws[last + 1] as Word).start))
    )
      continue
    const next = ws.slice(last + 1, last + 5)
    const stop = next.findIndex((x, k) => k > 0 && /[,.;]/.test(blank.slice((next[k - 1] as Word).end, x.start)))
    if ((stop < 0 ? next : next.slice(0, stop)).some((x) => ROLE_WORDS.has(x.lower))) run.evident = true
  }
  const runEndingAt = new Map(found.map((r) => [r.last, r]))
  const runStartingAt = new Map(found.map((r) => [r.first, r]))
  const attributions: Attribution[] = []

  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word
    if (w.lower === 'according' && ws[i + 1]?.lower === 'to') {
      // "according to official Indian figures" names no one: the run must end the phrase.
      attributions.push({ position: w.start, subject: subjectAfter(i + 2, true), inStatement: false })
      continue
    }
    if (w.cap || !(REPORTING_VERBS.has(w.lower) || (REPORTING_IF_THAT.has(w.lower) && reportsHere(i)))) continue
    if (w.lower === 'pointed' && ws[i + 1]?.lower !== 'out') continue
    const inStatement = ws.slice(i + 1, i + 4).some((x) => x.lower === 'statement') && ws[i + 1]?.lower === 'in'
    let j = i - 1
    while (
      j >= 0 &&
      SKIPPABLE.has((ws[j] as Word).lower) &&
      plainGap(blank, (ws[j] as Word).end, (ws[j + 1] as Word).start)
    )
      j--
    const prev = ws[j]
    const adjacent = prev !== undefined && plainGap(blank, prev.end, (ws[j + 1] as Word).start)
    let subject: Subject = { type: 'none' }
    if (adjacent && NOT_A_REPORT.has(prev.lower)) continue
    if (adjacent && PERSON_PRONOUNS.has(prev.lower)) subject = { type: 'pronoun', person: true }
    else if (adjacent && BODY_PRONOUNS.has(prev.lower)) subject = { type: 'pronoun', person: false }
    else if (adjacent && prev.lower === 'statement') subject = { type: 'statement', owner: ownerOf(j - 1) }
    else if (adjacent && runEndingAt.has(j))
      subject = subjectRun(runEndingAt.get(j) as { run: Run; first: number; last: number })
    else if (adjacent && !RUN_STOPS.has(prev.lower))
      subject = { type: 'unknown' } // "officials said"
    else if (!prev || /[,|]\s*$/.test(blank.slice(prev.end, w.start))) {
      subject = subjectAfter(i + 1, true) // ", said the president."
      // "Nazer, in an interview with Reuters, said …": the subject opens the sentence.
      if (subject.type === 'none' && prev && /,\s*$/.test(blank.slice(prev.end, w.start))) subject = sentenceSubject(i)
    }
    if (subject.type !== 'none') attributions.push({ position: w.start, subject, inStatement })
  }

  /**
   * The run right before a verb. "Moody's said": a possessive cannot be a subject, so 's is part of the
   * name. "Analysts said", "Dealers noted": one plural word opening a sentence is nobody in particular.
   */
  function subjectRun({ run, first, last }: { run: Run; first: number; last: number }): Subject {
    const opens = first === 0 || /[.!?;|]\s*$/.test(blank.slice((ws[first - 1] as Word).end, (ws[first] as Word).start))
    const only = ws[first] as Word
    if (opens && run.role.length === 0 && run.nameWords.length === 1 && /[^su]s$/.test(only.lower) && !only.possessive)
      return { type: 'unknown' }
    const link = ws[first - 1]
    const head = runEndingAt.get(first - 2)
    if (link && head && joined(blank, ws[first - 2] as Word, link) && joined(blank, link, ws[first] as Word)) {
      const name = ws
        .slice(head.first, last + 1)
        .map((x) => x.text)
        .join(' ')
      // "Duff and Phelps said", "Russia and China said": both, as one speaker.
      if ((link.lower === 'and' || link.lower === '&') && run.role.length === 0 && !run.evident)
        return { type: 'run', run: { ...run, role: [], body: name, nameWords: [], proper: true } }
      // "The Bank of England said" is the bank; "Secretary of State George Shultz said" is Shultz.
      if (link.lower === 'of') {
        const headWord = ws[head.last] as Word
        if (BODY_WORDS.has(headWord.lower) && run.nameWords.length <= 2 && run.role.length === 0)
          return { type: 'run', run: { ...run, role: [], body: name, nameWords: [], proper: true } }
        if (ROLE_WORDS.has(headWord.lower) && run.nameWords.length >= 3 && !run.evident)
          return { type: 'run', run: { ...run, nameWords: run.nameWords.slice(-2), evident: true } }
        if (ROLE_WORDS.has(headWord.lower)) return { type: 'unknown' }
      }
    }
    if (run.possessive && run.nameWords.length) {
      const nameWords = [...run.nameWords.slice(0, -1), `${run.nameWords.at(-1) as string}'s`]
      return { type: 'run', run: { ...run, nameWords, evident: false, possessive: false } }
    }
    return { type: 'run', run }
  }

  /** For verbs that report only sometimes: "that", a comma, a quotation or the end follows. */
  function reportsHere(i: number): boolean {
    const next = ws[i + 1]
    if (!next) return true
    return next.lower === 'that' || /[,.;:|]/.test(blank.slice((ws[i] as Word).end, next.start))
  }

  /**
   * "according to Mr. Grushko", "said the Russian president.", "said Putin,". After a verb the run must end
   * its clause: in "said Saudi Arabia was producing" Saudi Arabia is what was said, not who said it.
   */
  function subjectAfter(k: number, endsClause = false): Subject {
    let at = k
    if (ws[at]?.lower === 'the') at++
    const next = ws[at]
    if (!next) return { type: 'none' }
    if (next.lower === 'him' || next.lower === 'her') return { type: 'pronoun', person: true }
    const run = runStartingAt.get(at)
    if (!run) return { type: 'none' }
    const after = ws[run.last + 1]
    // "said Bouey who was replaced …": a relative clause about the speaker also ends it.
    if (
      endsClause &&
      after &&
      after.lower !== 'who' &&
      !/[,.;:!?|(]/.test(blank.slice((ws[run.last] as Word).end, after.start))
    )
      return { type: 'none' }
    return { type: 'run', run: run.run }
  }

  /** The run that opens the verb's sentence, when a comma follows it: "Nazer, …, said". */
  function sentenceSubject(verb: number): Subject {
    let k = verb - 1
    while (k > 0 && !/[.!?;|]\s*$/.test(blank.slice((ws[k - 1] as Word).end, (ws[k] as Word).start))) k--
    const run = runStartingAt.get(k)
    if (!run || run.last >= verb) return { type: 'unknown' }
    const after = ws[run.last + 1] as Word
    return /^\s*,/.test(blank.slice((ws[run.last] as Word).end, after.start))
      ? { type: 'run', run: run.run }
      : { type: 'unknown' }
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
