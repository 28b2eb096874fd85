// Reading one paragraph for speakers: attributions ("X said", "said X", "according to X", "he said",
// "the statement said") over the name runs of runs.ts. Quotations are skipped: who is quoted
// inside a quote is not who is speaking.
import {
  BODY_PRONOUNS,
  BODY_WORDS,
  GROUP_PRONOUNS,
  GROUP_WORDS,
  NOT_A_REPORT,
  PERSON_PRONOUNS,
  ROLE_WORDS,
  RUN_STOPS,
} from './words'
import { inQuestion, subjectEnd } from './between'
import { groupBefore, tradeReference } from './groups'
import { headingCredit } from './heading'
import { ledGroup } from './led'
import { bodyWithAnd } from './and-names'
import { figuresSource, subjectAfter } from './after'
import { firmPartner, namedWithOthers, subjectBefore, subjectBeyond } from './objects'
import { accuses, reportsAfterAnd, reportsAt, withPeople } from './verbs'
import { saysInWriting, statementBody, WRITTEN_BY, writingSubject } from './writings'
import { ASSOCIATIONS, markEmployedNames, markTitledNames, unmarkMediaNames } from './titles'
import { blankQuotes, hideTickers } from './quotes'
import { sentenceSources, sentenceStart as sentenceOf } from './tails'
import { findRuns, type Run } from './runs'
import { listedCompanies } from './companies'
import { openingRun, sentenceSubject } from './sentence-subject'
import { joined, plainGap, words, type Word } from './tokens'

export type { Run } from './runs'

export type Subject =
  | { type: 'run'; run: Run }
  | { type: 'pronoun'; person: boolean; group?: boolean }
  /** People or a body described, not named: "traders", "a company spokesman", "the officials". */
  | { type: 'group'; phrase: string; head: string; definite: boolean }
  /** "the statement said"; "the report said" (`writing`) may be the body that spoke last, "a survey said" no one. */
  | { type: 'statement'; owner: string | null; writing?: 'the' | 'some' }
  /** "the trust said", "the brokerage firm said": a description in lower case of the body spoken of before. */
  | { type: 'reference'; kind?: string; word?: string }
  /** A body named inside a description: "the influential Mercurio newspaper". */
  | { type: 'body'; name: string }
  | { type: 'unknown' }
  | { type: 'none' }

export interface Attribution {
  position: number
  subject: Subject
  /** "said in a statement": later "the statement said" means the same speaker. */
  inStatement: boolean
  /** "according to Customs figures": a source of data, whom a later "it" or "the paper" does not mean. */
  cited?: boolean
  /** ", saying …", ", noting …": goes on from the sentence's own attribution, never stands for it. */
  participle?: boolean
}

/** What a company's part is called: "the Western Airlines unit of Delta Air Lines Inc". */
const UNITS = new Set(['unit', 'subsidiary', 'division', 'affiliate', 'arm'])

/** Verbs whose object is the listener, never an inverted subject: "the official, …, told Reuters". */
const TOLD = new Set(['told', 'tells'])

/** An amount after "added": a deed, not words ("added three billion dlrs", "added 35 centers"). */
const AMOUNT =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|millions|some|about|nearly|almost|another)$/

/** Words after a comma that report for the sentence's subject: "…, saying", "…, citing", "…, blaming …". */
const PARTICIPLES = new Set(['saying', 'citing', 'noting', 'blaming'])

/** What carries other people's words: a person quoted by a news agency or paper is the speaker. */
const MEDIA = /\b(?:agency|press|news|newspaper|daily|radio|television|paper|magazine|journal)\b/i

export interface ParagraphParts {
  runs: Run[]
  attributions: Attribution[]
}

export function analyseParagraph(written: string, heading = false): ParagraphParts {
  const text = hideTickers(written)
  const blank = blankQuotes(text)
  const ws = words(blank)
  const found = listedCompanies(blank, ws, findRuns(blank, ws))
  markTitledNames(found, ws, blank)
  markEmployedNames(found, ws, blank)
  unmarkMediaNames(found)
  const runEndingAt = new Map(found.map((r) => [r.last, r]))
  const runStartingAt = new Map(found.map((r) => [r.first, r]))
  const attributions: Attribution[] = []
  const reading = { ws, blank, text }
  const paragraph = { ...reading, found, runStartingAt }

  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word
    if (w.lower === 'according' && ws[i + 1]?.lower === 'to') {
      // "according to official Indian figures" names no one: the run must end the phrase.
      const named = subjectAfter(reading, runStartingAt, i + 2, true)
      const figures = named.type === 'none' ? figuresSource(reading, runStartingAt, i + 2) : null
      const source = figures && { ...figures.run, definite: false }
      attributions.push({
        position: w.start,
        subject: source ? { type: 'run', run: source } : named,
        inStatement: Boolean(figures?.writing), // "according to X's weekly report. … The report said"
        cited: Boolean(source) && !figures?.writing,
      })
      continue
    }
    const before = ws[i - 1]
    // "Fitzwater shrugged off the drop, saying …", "Fitzwater attributed it to … and said …": the sentence's subject.
    const andSaid = before?.lower === 'and' && !w.cap && reportsAfterAnd(reading, i)
    // "Moody's downgraded the debt, citing lagging profitability": what the sentence's subject gives as its reason.
    // "Wilson, noting the stability of the markets, rejected …": the sentence's subject notes it.
    const accusing = accuses(reading, i) // "filed a suit against X charging it with fraud" needs no comma
    const participle = PARTICIPLES.has(w.lower) || accusing
    if ((participle || andSaid) && !withPeople(reading, i)) {
      const gap = before ? blank.slice(before.end, w.start) : ''
      if (participle && !accusing && !/,\s*$/.test(gap)) continue
      const opening = openingRun(paragraph, i)
      if (opening) attributions.push({ position: w.start, subject: opening, inStatement: false, participle })
      continue
    }
    // "Nazer was quoted by the SPA as saying …"
    if (w.lower === 'quoted' && /^(?:was|were|is)$/.test(ws[i - 1]?.lower ?? '')) {
      const run = runEndingAt.get(i - 2)
      const pronoun = ws[i - 2]?.lower ?? '' // "he was quoted by Kyodo News Service as saying"
      const subject: Subject | null = run
        ? { type: 'run', run: run.run }
        : PERSON_PRONOUNS.has(pronoun)
          ? { type: 'pronoun', person: true }
          : null
      if (subject) attributions.push({ position: w.start, subject, inStatement: false })
      continue
    }
    if (w.cap || !reportsAt(reading, i)) continue
    if (w.lower === 'pointed' && ws[i + 1]?.lower !== 'out') continue
    // "has proposed the sale of 52 mln shares", "proposed leaving the limits unchanged" are deeds;
    // "proposed that talks be separated" reports.
    const object = ws[i + 1]?.lower ?? ''
    if (w.lower === 'proposed' && (['the', 'a', 'an'].includes(object) || /ing$/.test(object))) continue
    // "Citicorp has added three billion dlrs to its reserves", "added 35 service centers": an amount added.
    if ((w.lower === 'added' || w.lower === 'adds') && addsAmount(i)) continue
    const inStatement = saysInWriting(reading, i)
    const end = subjectEnd(reading, i) // "Balladur, meanwhile, confirmed"
    const j = end.j
    const prev = ws[j]
    const adjacent = prev !== undefined && end.adjacent
    let subject: Subject = { type: 'none' }
    if (adjacent && NOT_A_REPORT.has(prev.lower)) continue
    const writing = adjacent ? writingSubject(reading, j, (k) => runEndingAt.get(k)) : undefined
    if (adjacent && inQuestion(reading, j)) continue // "declined to say how much the group expected to receive"
    const withOthers = adjacent ? namedWithOthers(reading, j, (k) => runEndingAt.get(k)) : undefined
    const led = prev && /^[\s,]*$/.test(blank.slice(prev.end, (ws[j + 1] as Word).start)) && ledGroup(reading, j)
    if (led)
      subject = led // "An investor group led by New York investor George Soros said"
    else if (writing)
      subject = writing // "the report said": never a role "report"
    else if (adjacent && PERSON_PRONOUNS.has(prev.lower)) subject = { type: 'pronoun', person: true }
    else if (adjacent && BODY_PRONOUNS.has(prev.lower)) subject = { type: 'pronoun', person: false }
    else if (adjacent && GROUP_PRONOUNS.has(prev.lower)) subject = { type: 'pronoun', person: false, group: true }
    else if (
      adjacent &&
      (prev.lower === 'statement' ||
        (WRITTEN_BY.has(prev.lower) && statementBody(reading, j, true, (k) => runEndingAt.get(k))))
    ) {
      // "A Finance Ministry statement said", "a Treasury release said": the body whose statement it is.
      const body = statementBody(reading, j, prev.lower !== 'statement', (k) => runEndingAt.get(k))
      subject = body
        ? { type: 'run', run: { ...body, indefinite: false } }
        : { type: 'statement', owner: ownerOf(j - 1) }
    } else if (adjacent && runEndingAt.has(j))
      subject = subjectRun(runEndingAt.get(j) as { run: Run; first: number; last: number })
    else if (withOthers) subject = subjectRun(withOthers)
    else if (adjacent && !RUN_STOPS.has(prev.lower))
      subject = groupBefore(reading, j, w.lower) // "officials said"
    else if (!prev || /[,|]\s*$/.test(blank.slice(prev.end, (ws[j + 1] as Word).start))) {
      // ", said the president."; but after "told" comes whom it was told to (", told Reuters").
      if (!TOLD.has(w.lower)) subject = subjectAfter(reading, runStartingAt, i + 1, true)
      // "Nazer, in an interview with Reuters, said …": the subject opens the sentence.
      if (subject.type === 'none' && prev && /,\s*$/.test(blank.slice(prev.end, (ws[j + 1] as Word).start)))
        subject = sentenceSubject(paragraph, i)
    }
    // "The maker of foam cups, food containers and other products said": the company spoken of before.
    if (subject.type === 'none' && adjacent) subject = tradeReference(reading, sentenceStart(i), i)
    if (subject.type !== 'none') attributions.push({ position: w.start, subject, inStatement })
  }

  /**
   * The run right before a verb. "Moody's said": a possessive cannot be a subject, so 's is part of the
   * name. "Analysts said", "Dealers noted": one plural word opening a sentence is nobody in particular.
   */
  function subjectRun({ run, first, last }: { run: Run; first: number; last: number }): Subject {
    const opens = first === 0 || /[.!?;|]\s*$/.test(blank.slice((ws[first - 1] as Word).end, (ws[first] as Word).start))
    const only = ws[first] as Word
    if (opens && run.role.length === 0 && run.nameWords.length === 1 && GROUP_WORDS.has(only.lower))
      return groupBefore(reading, last)
    // "Economists polled by Reuters said", "Westpac Banking Corp in New Zealand said": who was asked, or is there.
    const before = subjectBefore(reading, { run, first, last }, (k) => runEndingAt.get(k))
    if (before) return 'type' in before ? before : subjectRun(before)
    const beyond = subjectBeyond(reading, { run, first, last }, (k) => runEndingAt.get(k))
    // "John Lichtblau, president of …, in recent testimony to Congress said": the person the sentence opens with.
    const opener = beyond?.type === 'unknown' ? sentenceSubject(paragraph, first, true) : undefined
    if (opener?.type === 'run' && opener.run === runStartingAt.get(sentenceStart(first))?.run) return opener
    if (beyond) return beyond
    const andOf = bodyWithAnd(reading, { run, first, last }, (k) => runEndingAt.get(k))
    if (andOf) return andOf
    // "U.S. Officials said", "The U.S. Officials added": people in the plural, named by where they are from.
    // ("the National Association of Wheat Growers said" is the body.)
    const kind = ws[first - 2]?.cap ? (ws[first - 2] as Word).lower : ''
    const bodyOf = BODY_WORDS.has(kind) || /^(?:association|society|league|organi[sz]ation)$/.test(kind)
    const ofBody = ws[first - 1]?.lower === 'of' && bodyOf && (ws[first] as Word).cap && run.nameWords.length <= 2
    if (!run.body && !ofBody && GROUP_WORDS.has((ws[last] as Word).lower)) return groupBefore(reading, last)
    // "The Western Airlines unit of Delta Air Lines Inc said": the unit named before its word.
    const unit = ws[first - 2]
    const unitName = runEndingAt.get(first - 3)
    if (ws[first - 1]?.lower === 'of' && unit && UNITS.has(unit.lower) && unitName && !unitName.run.role.length) {
      const name = unitName.run.nameWords.join(' ')
      if (name && plainGap(blank, (ws[first - 3] as Word).end, unit.start))
        return { type: 'run', run: { ...unitName.run, body: name, nameWords: [], proper: true } }
    }
    // "Daniel McKinley, oil analyst with Smith Barney, Upham Harris and Co said": the person the clause describes.
    // "…, the government said" is a source of its own, not a clause about someone.
    if (!run.evident && !run.definite && (run.body || run.nameWords.length >= 2)) {
      const opening = sentenceSubject(paragraph, first, true)
      if (opening.type === 'run' && opening.run !== run) return opening
    }
    const link = ws[first - 1]
    const head = runEndingAt.get(first - 2)
    if (link && head && joined(blank, ws[first - 2] as Word, link) && joined(blank, link, ws[first] as Word)) {
      // "lead manager Union Bank of Switzerland (Securities) Ltd": from the head's first capital, brackets kept.
      let from = head.first
      while (from < head.last && !(ws[from] as Word).cap) from++
      const bracketed = (x: Word) =>
        `${blank[x.start - 1] === '(' ? '(' : ''}${x.text}${blank[x.end] === ')' ? ')' : ''}`
      const name = ws
        .slice(from, last + 1)
        .map(bracketed)
        .join(' ')
      // "Duff and Phelps said", "Russia and China said": both, as one speaker.
      if ((link.lower === 'and' || link.lower === '&') && run.role.length === 0 && !run.evident) {
        const partner = firmPartner(reading, head.first, (k) => runEndingAt.get(k))
        const body = partner ? `${partner}, ${name}` : name
        return { type: 'run', run: { ...run, role: [], body, nameWords: [], proper: true } }
      }
      // "The Bank of England said" is the bank; "Secretary of State George Shultz said" is Shultz.
      if (link.lower === 'of') {
        const headWord = ws[head.last] as Word
        // "United Banks of Colorado Inc said": a body's word before "of" and a company's name is one body.
        const company = run.body !== null && run.proper && !run.nameWords.length && headWord.cap
        const kind = headWord.lower.replace(/s$/, '')
        const bodyWord = BODY_WORDS.has(headWord.lower) || BODY_WORDS.has(kind) || ASSOCIATIONS.has(kind)
        if (bodyWord && ((run.nameWords.length <= 2 && run.role.length === 0) || company))
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
    const partner = run.body && run.proper ? firmPartner(reading, first, (k) => runEndingAt.get(k)) : null
    if (!partner) return { type: 'run', run }
    return { type: 'run', run: { ...run, role: [partner.toLowerCase(), ...run.role], body: `${partner}, ${run.body}` } }
  }

  /** "added three billion dlrs to its reserves": an amount added to something ("He added nine states backed it" reports). */
  function addsAmount(i: number): boolean {
    const next = ws[i + 1]
    if (!next || !AMOUNT.test(next.lower) || !plainGap(blank, (ws[i] as Word).end, next.start)) return false
    const clause = blank.slice(next.start).split(/[.;:|](?:\s|$)/)[0] as string
    return /\bto\b/.test(clause) && !/\bthat\b/.test(clause)
  }

  function sentenceStart(i: number): number {
    return sentenceOf(ws, blank, i)
  }

  /** "Trump's statement said": the name before a possessive statement. */
  function ownerOf(k: number): string | null {
    const run = runEndingAt.get(k)?.run
    return run && (ws[k] as Word).possessive && run.nameWords.length ? (run.nameWords.at(-1) as string) : null
  }

  attributions.sort((a, b) => a.position - b.position)
  const governing = sentenceSources(attributions, ws, blank, (earlier, tail) => {
    // '"…," S and P said, noting many now emphasize …': the earlier source stands, when it is known.
    if (tail.participle) return earlier.subject.type !== 'unknown'
    const media = tail.subject.type === 'run' && MEDIA.test(tail.subject.run.written)
    return media && earlier.subject.type === 'run' && earlier.subject.run.nameWords.length > 0
  })
  if (heading) {
    const credit = headingCredit(text)
    if (credit) governing.unshift(credit)
  }
  return { runs: found.map((r) => r.run), attributions: governing }
}
