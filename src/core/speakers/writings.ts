// A report speaks for whoever put it out: "the report said" is the body whose report it is, never a role
// "report". "a Federal Trade Commission study said" is the commission; "its annual report said" the body before.
// A company's division named after the company speaks for it too.
import type { Reading } from './groups'
import type { RunAt } from './objects'
import type { Run, Subject } from './parse'
import { plainGap, type Word } from './tokens'
import { BODY_WORDS, RUN_STOPS } from './words'

/** Writings that speak for their author where a person would: "the report said", "the survey noted". */
const WRITINGS = new Set(['report', 'study', 'survey'])

/** A company's part speaking: "Acme Corp's government systems division said" is Acme Corp (the labels accept it). */
const PARTS = new Set(['division', 'unit', 'subsidiary', 'arm'])

/** Where a body's words are put in writing: "said in its monthly newsletter", "in an annual review". */
const WRITTEN_IN = new Set([...WRITINGS, 'statement', 'review', 'newsletter', 'bulletin'])

/**
 * The verb (word `i`) says in writing: "said in a statement", "said in its monthly newsletter", "a statement by ENOF
 * said". A later "the statement said" or "the report said" is the same speaker's.
 */
export function saysInWriting({ ws, blank }: Reading, i: number): boolean {
  if ([2, 3].some((n) => ws[i - n]?.lower === 'by' && ws[i - n - 1]?.lower === 'statement')) return true
  if (ws[i + 1]?.lower !== 'in') return false
  for (let k = i + 2; k <= i + 5 && ws[k]; k++) {
    if (!plainGap(blank, (ws[k - 1] as Word).end, (ws[k] as Word).start)) return false
    if (WRITTEN_IN.has((ws[k] as Word).lower)) return true
  }
  return false
}

/**
 * The writing that ends at word `j`, right before a verb, as a subject: the body named before it ("the Manitoba
 * Agriculture weekly crop report"), "its" (the body before), "the bank's" (the bank), "the report" (whose report
 * was spoken of: a statement's owner); no one known ('some') when nothing says whose. Undefined when word `j` is no writing.
 */
export function writingSubject(
  { ws, blank }: Reading,
  j: number,
  runEndingAt: (k: number) => RunAt | undefined,
): Subject | undefined {
  const head = ws[j]
  const unit = head && !head.cap && PARTS.has(head.lower)
  if (!head || head.cap || !(WRITINGS.has(head.lower) || unit)) return undefined
  const plain = (a: number) => a >= 0 && plainGap(blank, (ws[a] as Word).end, (ws[a + 1] as Word).start)
  // Past the words that say what kind of report: "weekly crop", "1986 annual".
  let k = j - 1
  let kind: string | undefined
  while (k >= 0 && j - k <= 4 && plain(k)) {
    const w = ws[k] as Word
    if (w.cap || w.possessive || RUN_STOPS.has(w.lower)) break
    if (BODY_WORDS.has(w.lower)) kind = w.lower // "the government report"
    k--
  }
  const owner = ws[k]
  // "a survey said", "today's survey said": no one known, but no person either.
  const someone: Subject | undefined = unit ? undefined : { type: 'statement', owner: null, writing: 'some' }
  if (!owner || !plain(k)) return someone
  const run = runEndingAt(k)
  // "a Ministry of International Trade and Industry survey": the name goes on before the run; not cut here.
  const link = run && ws[run.first - 1]
  if (link && /^(?:of|and|&)$/.test(link.lower) && ws[run.first - 2]?.cap) return someone
  // "The Mobil Corp subsidiary said": a unit spoken of before, not the company it names.
  if (unit && (!run || /^(?:the|a|an)$/.test(link?.lower ?? ''))) return undefined
  if (owner.cap && run && (run.run.body || run.run.nameWords.length)) {
    // A unit's own name is a body's, even if it opens like a person's ("Morgan Grenfell Capital Management unit").
    const body = unit && !run.run.body ? { body: run.run.nameWords.join(' '), nameWords: [], proper: true } : {}
    return { type: 'run', run: { ...run.run, indefinite: false, possessive: false, ...body } }
  }
  if (unit) return undefined // "the company's chemicals division": read as before
  if (owner.lower === 'its') return { type: 'pronoun', person: false }
  if (owner.lower === 'their') return { type: 'pronoun', person: false, group: true }
  const word = owner.lower.replace(/'s$/, '')
  // "the bank's annual report": the bank, as "the bank said".
  if (owner.possessive && !owner.cap && BODY_WORDS.has(word) && ws[k - 1]?.lower === 'the')
    return { type: 'reference', word }
  if (owner.lower !== 'the' && owner.lower !== 'this') return someone
  return kind ? { type: 'reference', word: kind } : { type: 'statement', owner: null, writing: 'the' }
}

/** A body's words put out in writing: "a Finance Ministry communique said" is the ministry. */
export const WRITTEN_BY = new Set(['statement', 'communique', 'communiqué', 'release', 'announcement'])

/** A date before a statement is not whose it is. */
const WHEN =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/

/**
 * The body named right before the statement word `j`: "a Hopewell statement" (Hopewell Holdings Ltd when the story
 * gives it), not "the January statement". With `capital`, only after a capital ("the press release" is no body's).
 */
export function statementBody(
  { ws, blank }: Reading,
  j: number,
  capital: boolean,
  runEndingAt: (k: number) => RunAt | undefined,
): Run | undefined {
  const body = runEndingAt(j - 1)?.run
  const before = ws[j - 1]
  if (!body || !before || !(body.body || body.nameWords.length) || WHEN.test(before.lower)) return undefined
  return plainGap(blank, before.end, (ws[j] as Word).start) && (before.cap || !capital) ? body : undefined
}
