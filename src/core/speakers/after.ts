// The speaker named after the verb or "according to": "said the Russian president.", "according to Mr. Grushko".
import type { Reading } from './groups'
import type { RunAt } from './objects'
import type { Subject } from './parse'
import { isPlace, looksLikePerson } from './kind'
import type { Run } from './runs'
import { joined, plainGap, type Word } from './tokens'
import { ARTICLE_WORDS, CLAUSE_AFTER, LINKS } from './titles'
import { COUNTING_ONE, ONE_OF_GROUP, RUN_STOPS } from './words'

/**
 * "according to Mr. Grushko", "said the Russian president.", "said Putin,". After a verb the run must end
 * its clause: in "said Saudi Arabia was producing" Saudi Arabia is what was said, not who said it.
 */
export function subjectAfter(
  { ws, blank }: Reading,
  runStartingAt: ReadonlyMap<number, RunAt>,
  k: number,
  endsClause = false,
): Subject {
  let at = k
  if (ws[at] && ARTICLE_WORDS.has((ws[at] as Word).lower)) at++
  const next = ws[at]
  // "…, said. Instead, he argues": the word after a full stop is the next sentence, not the speaker.
  if (!next || (k > 0 && !plainGap(blank, (ws[k - 1] as Word).end, (ws[k] as Word).start))) return { type: 'none' }
  if (next.lower === 'him' || next.lower === 'her') return { type: 'pronoun', person: true }
  // "said a London broker.": the broker, before "London" is taken for a name.
  const one = countedOne(ws, blank, k)
  if (one.type !== 'none') return one
  let run = runStartingAt.get(at)
  // "said sole underwriter Drexel Burnham Lambert Inc": a word or two describing the speaker first.
  for (let skip = 1; !run && skip <= 2 && ws[at + skip]; skip++) {
    const w = ws[at + skip - 1] as Word
    if (w.cap || RUN_STOPS.has(w.lower) || !plainGap(blank, w.end, (ws[at + skip] as Word).start)) break
    const described = runStartingAt.get(at + skip)
    // "an oil analyst": the description as written, with the words before its title.
    if (described && !described.run.nameWords.length && !described.run.body) {
      const written = blank.slice((ws[at] as Word).start, (ws[described.last] as Word).end).replace(/\s+/g, ' ')
      run = { ...described, run: { ...described.run, written } }
    } else run = described
  }
  if (!run) return { type: 'none' }
  // "said Wertheim and Co analyst Michael Ellman": runs linked by "and"/"of" read as one description.
  let speaker = run.run
  for (;;) {
    const link = ws[run.last + 1]
    const further = runStartingAt.get(run.last + 2)
    if (!link || !further || !LINKS.has(link.lower)) break
    if (
      !plainGap(blank, (ws[run.last] as Word).end, link.start) ||
      !plainGap(blank, link.end, (ws[further.first] as Word).start)
    )
      break
    // "said Wilf Gobert of Peters and Co Ltd": a person, then where they work.
    if (!(link.lower === 'of' && speaker.evident && speaker.nameWords.length)) {
      // "said a former official of Sedren Mine": the official, as described, not the mine.
      if (link.lower === 'of' && describesPerson(speaker) && !looksLikePerson(further.run.nameWords)) {
        const from = ws[at] as Word
        const phrase = blank.slice(from.start, (ws[further.last] as Word).end).replace(/\s+/g, ' ')
        return { type: 'group', phrase, head: speaker.role.at(-1) as string, definite: ws[k]?.lower === 'the' }
      }
      speaker = further.run
    }
    run = further
  }
  const after = ws[run.last + 1]
  // "said a director at one U.K. merchant bank.": a title and where its holder works, to the end of the clause.
  const where = after && describesPerson(run.run) && WORKS_AT.has(after.lower) ? clauseEnd(ws, blank, run.last + 1) : -1
  if (where > 0) {
    const phrase = blank.slice((ws[at] as Word).start, (ws[where] as Word).end).replace(/\s+/g, ' ')
    return { type: 'group', phrase, head: run.run.role.at(-1) as string, definite: ws[k]?.lower === 'the' }
  }
  // "said Bouey who was replaced …": a relative clause about the speaker also ends it.
  if (
    endsClause &&
    after &&
    after.lower !== 'who' &&
    // "said Sen. Bennett Johnston in a statement": a phrase of time or place after the speaker also ends it.
    !(CLAUSE_AFTER.has(after.lower) && (run.run.evident || run.run.body)) &&
    !/[,.;:!?|(]/.test(blank.slice((ws[run.last] as Word).end, after.start))
  )
    return { type: 'none' }
  return { type: 'run', run: speaker }
}

/** "said one arbitrageur.", "said a London broker,": one of a group counted out, ending the clause. */
function countedOne(ws: Word[], blank: string, k: number): Subject {
  if (!COUNTING_ONE.has(ws[k]?.lower ?? '')) return { type: 'none' }
  for (let j = k + 1; j <= k + 3 && ws[j]; j++) {
    const w = ws[j] as Word
    if (RUN_STOPS.has(w.lower) || !plainGap(blank, (ws[j - 1] as Word).end, w.start)) break
    if (w.cap || !ONE_OF_GROUP.has(w.lower)) continue
    // "said one oil trader in Tokyo.": where they work, in capitals, may close the clause.
    const plain = (a: number) => plainGap(blank, (ws[a] as Word).end, (ws[a + 1] as Word).start)
    let end = j
    if (ws[j + 1]?.lower === 'in' && ws[j + 2]?.cap && plain(j) && plain(j + 1)) {
      end = j + 2
      while (ws[end + 1]?.cap && plain(end)) end++
    }
    const next = ws[end + 1]
    if (next && !/[,.;:!?|(]/.test(blank.slice((ws[end] as Word).end, next.start))) break
    const phrase = blank.slice((ws[k + 1] as Word).start, (ws[end] as Word).end).replace(/\s+/g, ' ')
    return { type: 'group', phrase, head: w.lower, definite: false }
  }
  return { type: 'none' }
}

/** Where someone described works: "a director at one U.K. merchant bank", "an economist with a Paris bank". */
const WORKS_AT = new Set(['at', 'with'])

/** The last word of the clause from word `from`, when it ends within a few words (a sentence's end or a comma); else -1. */
function clauseEnd(ws: Word[], blank: string, from: number): number {
  for (let k = from; k < from + 7 && ws[k]; k++) {
    const next = ws[k + 1]
    if (!next) return k
    if (!joined(blank, ws[k] as Word, next))
      return /^[.,;]?["']?\s/.test(blank.slice((ws[k] as Word).end, next.start)) ? k : -1
  }
  return -1
}

/** A title alone, no name: "former official", "chairman". */
const describesPerson = (run: Run) => run.roleIsTitle && !run.nameWords.length && !run.body

/** What a body puts out that "according to" cites: "according to Customs figures". */
const FIGURES = /^(?:figures|data|statistics|estimates|calculations|report|survey|study|count)$/
const PUT_OUT = new Set(['compiled', 'released', 'published', 'prepared', 'issued', 'made', 'received', 'tabulated'])

/**
 * The body behind figures "according to" cites: "provisional National Statistics Institute figures",
 * "calculations by Reuters Pipeline", "the Agriculture Department's latest report". A place or a people
 * is no source ("according to official Indian figures"); null when no body is named.
 */
export function figuresSource(
  { ws, blank }: Reading,
  runStartingAt: ReadonlyMap<number, RunAt>,
  k: number,
): { run: Run; writing: boolean } | null {
  const plain = (a: number) => Boolean(ws[a + 1]) && plainGap(blank, (ws[a] as Word).end, (ws[a + 1] as Word).start)
  let at = k
  while (ws[at] && !ws[at]?.cap && at - k < 3 && plain(at) && !FIGURES.test(ws[at]?.lower ?? '')) at++
  const run = runStartingAt.get(at)
  // ("the Manitoba Agriculture weekly crop report" is a body's with a place in its name.)
  const source = (r: RunAt | undefined, word = '') =>
    r &&
    (r.run.body || r.run.nameWords.length) &&
    !r.run.roleIsTitle &&
    !(WRITTEN.test(word) ? r.run.nameWords.length && r.run.nameWords.every(isPlace) : r.run.nameWords.some(isPlace))
      ? r.run
      : null
  // "Customs figures", "the U.S. Agriculture Department's latest Export Sales report", "the Manitoba
  // Agriculture weekly crop report"
  if (run && plain(run.last)) {
    let after = run.last + 1
    const possessive = (ws[run.last] as Word).possessive
    const describing = (w: Word) => possessive || (!w.cap && !RUN_STOPS.has(w.lower))
    while (ws[after] && plain(after - 1) && !FIGURES.test(ws[after]?.lower ?? '') && after - run.last < 5) {
      if (!describing(ws[after] as Word)) break
      after++
    }
    const word = ws[after]?.lower ?? ''
    if (FIGURES.test(word) && plain(after - 1)) return sourceOf(source(run, word), word)
  }
  // "calculations by Reuters Pipeline", "figures compiled by Euromoney magazine"
  if (FIGURES.test(ws[at]?.lower ?? '')) {
    let by = at + 1
    if (PUT_OUT.has(ws[by]?.lower ?? '')) by++
    // "figures received by the International Sugar Organization": past the article too.
    const named = ws[by + 1]?.lower === 'the' && plain(by + 1) ? by + 2 : by + 1
    const body = runStartingAt.get(named)
    // ("a survey by the Confederation of British Industry": a name read only up to "of" is no one.)
    const cut = body && ws[body.last + 1]?.lower === 'of' && ws[body.last + 2]?.cap
    if (ws[by]?.lower === 'by' && plain(by) && !cut) return sourceOf(source(body, ws[at]?.lower), ws[at]?.lower ?? '')
  }
  return null
}

/** A report, survey or study speaks for its body (a later "it said" is the body); figures only cite it. */
const sourceOf = (run: Run | null, word: string) => (run ? { run, writing: WRITTEN.test(word) } : null)
const WRITTEN = /^(?:report|survey|study)$/
