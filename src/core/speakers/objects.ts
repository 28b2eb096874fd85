// A name right before a verb that is the object of a preposition, not the verb's subject: "Analyst Sanford
// Margoshes of Shearson Lehman Brothers said" (the analyst), "a spokesman for Morgan told" (the spokesman).
import { groupBefore, type Reading } from './groups'
import type { Subject } from './parse'
import { looksLikePerson } from './kind'
import type { Run } from './runs'
import { plainGap, type Word } from './tokens'
import { DETERMINERS } from './titles'
import { BODY_WORDS, COMPANY_SUFFIXES, GROUP_WORDS, ROLE_WORDS, RUN_STOPS } from './words'

export interface RunAt {
  run: Run
  first: number
  last: number
}

/** Prepositions whose object is no subject; a company's part named before "of" is (parse.ts reads it). */
const OBJECT_OF = new Set(['of', 'at', 'with', 'from', 'for', 'in', 'to'])
const UNITS = new Set(['unit', 'subsidiary', 'division', 'affiliate', 'arm'])
const PUBLISHED = new Set(['published', 'printed', 'carried', 'broadcast', 'released', 'issued'])
/** What someone puts in writing: "The letter from Gardner said", "A statement from OIL said". */
const WRITINGS = new Set(['statement', 'letter', 'report', 'filing', 'memo', 'memorandum', 'release', 'notice'])

/** Prepositions that put an employer or a place after a person: "Margoshes of Shearson", "Martens at Walwyn". */
const OF_EMPLOYER = new Set(['of', 'at', 'with', 'from'])
/** "a spokesman for Morgan", "a spokesperson for the Securities and Exchange Commission", "attaches in Moscow". */
const OF_DESCRIPTION = new Set(['for', 'of', 'at', 'with', 'in'])

/**
 * The subject beyond the run `at` (which ends right before the verb) when a preposition comes before the
 * run; undefined when none does.
 */
export function subjectBeyond(
  { ws, blank }: Reading,
  at: RunAt,
  runEndingAt: (k: number) => RunAt | undefined,
): Subject | undefined {
  const plain = (a: number) => a >= 0 && plainGap(blank, (ws[a] as Word).end, (ws[a + 1] as Word).start)
  let k = at.first - 1
  // "Rex Hardesty of the huge labor confederation AFL-CIO said": past a few words describing the object.
  // (Not past a name a title marks: "chairman of the joint formation committee Jack Patterson said" is Patterson.)
  for (let back = k; !at.run.evident && back >= Math.max(0, at.first - 5) && plain(back); back--) {
    const w = ws[back] as Word
    if (OBJECT_OF.has(w.lower) && back < at.first - 2 && (ws[back + 1] as Word).lower === 'the') k = back
    if (w.cap || (RUN_STOPS.has(w.lower) && w.lower !== 'the')) break
  }
  if (ws[k]?.lower === 'the' && plain(k)) k--
  const link = ws[k]
  if (!link || !plain(k) || !plain(k - 1)) return undefined
  const holder = ws[k - 1] as Word | undefined
  if (!holder) return undefined
  const head = runEndingAt(k - 1)
  // "Nickel analyst Ilmar Martens at Walwyn Stodgell Cochran Murray Ltd said": the analyst.
  if (OF_EMPLOYER.has(link.lower) && head && isPerson(head.run)) return { type: 'run', run: head.run }
  // "a spokesman for Morgan told", "the chairman of Chrysler said": the description as written.
  if (
    OF_DESCRIPTION.has(link.lower) &&
    !holder.cap &&
    (ROLE_WORDS.has(holder.lower) || GROUP_WORDS.has(holder.lower))
  ) {
    const from = phraseStart(ws, k - 1, plain)
    const named = apposedPerson({ ws, blank }, from, runEndingAt)
    if (named) return { type: 'run', run: named }
    const phrase = blank.slice((ws[from] as Word).start, (ws[at.last] as Word).end).replace(/\s+/g, ' ')
    return { type: 'group', phrase, head: holder.lower, definite: ws[from - 1]?.lower === 'the' }
  }
  // "officials travelling with President Richard von Weizsaecker said", "a source close to General Partners,
  // however, said": a preposition's object says nothing ("the Coastal Airways unit of …" is read by the caller).
  // ("A statement from OIL said" is OIL's: parse.ts reads statements.)
  // ("The board of Acme Corp said" is Acme's board: a body's word before "of" is no preposition's subject.)
  // ("Advisories published in the official daily El Peruano said": where words were published is their source.)
  const owned =
    UNITS.has(holder.lower) || WRITINGS.has(holder.lower) || BODY_WORDS.has(holder.lower) || PUBLISHED.has(holder.lower)
  if (OBJECT_OF.has(link.lower) && !holder.cap && !owned) return { type: 'unknown' }
  return undefined
}

/** Small words inside a body's name: "Ministry of Trade", "Conference on Trade and Development". */
const NAME_LINKS = new Set(['of', 'on', 'and', '&', 'for'])

/** Participles of asking before "by" and whoever asked: "economists polled by Reuters". */
const ASKED = new Set(['polled', 'surveyed', 'interviewed', 'contacted', 'questioned', 'queried', 'canvassed', 'asked'])

/**
 * Who speaks when the run `at` right before the verb only says who asked them or where they are: the run
 * to read instead, the people described, or undefined.
 */
export function subjectBefore(
  reading: Reading,
  at: RunAt,
  runEndingAt: (k: number) => RunAt | undefined,
): RunAt | Subject | undefined {
  const { ws, blank } = reading
  const { run, first } = at
  const plain = (k: number) => plainGap(blank, (ws[k] as Word).end, (ws[k + 1] as Word).start)
  // "Alcan Aluminium Ltd. in Montreal": a suffix's dot.
  const abbreviated = (k: number) =>
    COMPANY_SUFFIXES.has((ws[k] as Word).lower) &&
    /^\.[ \t]*\n?[ \t]*$/.test(blank.slice((ws[k] as Word).end, ws[k + 1]?.start))
  // "Economists polled by Reuters said", "A Fiat spokesman contacted by the Daily Ledger said".
  const by = ws[first - 1]?.lower === 'the' ? first - 2 : first - 1
  const asked = ws[by - 1]
  if (
    ws[by]?.lower === 'by' &&
    asked &&
    ASKED.has(asked.lower) &&
    by >= 2 &&
    [by - 2, by - 1, by, first - 1].every(plain)
  ) {
    const who = runEndingAt(by - 2)
    // ("Businessmen polled by Reuters said": one capitalised word is people described, not a body.)
    return who && (who.run.body || who.run.role.length || who.run.nameWords.length > 1)
      ? who
      : groupBefore(reading, by - 2)
  }
  // "a spokesman for the Ministry of Trade said", "officials of the Conference on Trade and Development (CTD)
  // told": a description whose body's own name has "of", "on" or "and" in it, as written.
  let k = first - 1
  let linked = false
  const describing = (w: Word | undefined) => w && !w.cap && (ROLE_WORDS.has(w.lower) || GROUP_WORDS.has(w.lower))
  while (k > 0 && first - k < 10 && plain(k) && (ws[k]?.cap || NAME_LINKS.has(ws[k]?.lower ?? ''))) {
    if (OF_DESCRIPTION.has((ws[k] as Word).lower) && describing(ws[k - 1])) break // "a spokesman for Lloyds of London"
    linked ||= NAME_LINKS.has((ws[k] as Word).lower)
    k--
  }
  if (ws[k]?.lower === 'the' && plain(k)) k--
  const holder = ws[k - 1]
  // ("Officials of the …" opening a sentence are the same people.)
  const opens = k === 1 || /[.!?;]\s*$/.test(blank.slice(ws[k - 2]?.end ?? 0, holder?.start))
  const described = holder && (!holder.cap || opens) && (ROLE_WORDS.has(holder.lower) || GROUP_WORDS.has(holder.lower))
  // (Not past a person named after it: "chairman of the Board of Trade John Smith said" is Smith;
  // nor a writing's own words: "the latest report of the Board of Navigation said" is the board's.)
  const person = run.evident || (run.nameWords.length >= 2 && looksLikePerson(run.nameWords.slice(-2)))
  if (
    linked &&
    !person &&
    described &&
    !WRITINGS.has(holder.lower) &&
    !/^(?:(?:co-)?lead|sole)$/.test(ws[k - 2]?.lower ?? '') && // "lead manager of Bank of America Ltd said": the bank
    OF_DESCRIPTION.has(ws[k]?.lower ?? '') &&
    plain(k) &&
    plain(k - 1)
  ) {
    const from = phraseStart(ws, k - 1, (a) => a >= 0 && plain(a))
    const named = apposedPerson(reading, from, runEndingAt)
    if (named) return { type: 'run', run: named }
    const phrase = blank.slice((ws[from] as Word).start, (ws[at.last] as Word).end).replace(/\s+/g, ' ')
    const written = from === k - 1 ? holder.lower + phrase.slice(holder.text.length) : phrase
    return { type: 'group', phrase: written, head: holder.lower, definite: ws[from - 1]?.lower === 'the' }
  }
  // "Westpac Banking Corp in New Zealand said", "Traders in Paris said", "The Fed in February said": a place or
  // a time after the subject ("a spokesman in Bonn" is a description as written: subjectBeyond reads it).
  const held = runEndingAt(first - 2)
  // "Republicans in Congress said": people in the plural, in the body where they sit (as written).
  const party = ws[first - 2]
  if (ws[first - 1]?.lower === 'in' && held?.first === first - 2 && party && run.body && GROUP_WORDS.has(party.lower))
    if (plain(first - 2) && plain(first - 1)) {
      const phrase = blank.slice(party.start, (ws[at.last] as Word).end).replace(/\s+/g, ' ')
      return { type: 'group', phrase, head: party.lower, definite: false }
    }
  if (ws[first - 1]?.lower === 'in' && held && (ws[first - 2] as Word).cap && !run.body && !run.role.length)
    if ((plain(first - 2) || abbreviated(first - 2)) && plain(first - 1)) return held
  return undefined
}

/**
 * "Larry Feinberg, an analyst with Dean Witter said", "Paul Mlotok, oil analyst for Salomon Brothers Inc said":
 * the person a description (from word `from` to the verb) stands beside, its closing comma left out.
 */
function apposedPerson(
  { ws, blank }: Pick<Reading, 'ws' | 'blank'>,
  from: number,
  runEndingAt: (k: number) => RunAt | undefined,
) {
  const a = DETERMINERS.has(ws[from - 1]?.lower ?? '') ? from - 2 : from - 1
  const before = ws[a]
  const named = runEndingAt(a)
  if (!before || !named || !/^\s*,\s*$/.test(blank.slice(before.end, (ws[a + 1] as Word).start))) return undefined
  // The name opens its clause: "…, a spokesman for Abbott said" after "supply to the Red Cross" is no apposition.
  const opens = /(?:^|[,.;:!?|"\u201C\u201D])\s*(?:(?:But|And|However|Yet|Meanwhile),?\s+)?$/.test(
    blank.slice(0, (ws[named.first] as Word).start),
  )
  return opens && isPerson(named.run) && named.run.nameWords.length >= 2 ? named.run : undefined
}

const isPerson = (run: Run) => run.nameWords.length > 0 && !run.body && (run.evident || looksLikePerson(run.nameWords))

/** Back from word `k` over a description's words ("investor group", "oil analyst") to its first word. */
function phraseStart(ws: Word[], k: number, plain: (a: number) => boolean): number {
  let from = k
  while (from > 0 && k - from < 4 && plain(from - 1)) {
    const before = ws[from - 1] as Word
    if (DETERMINERS.has(before.lower) || RUN_STOPS.has(before.lower) || before.possessive) break
    from--
  }
  return from
}

/** Words before a firm's name that show a list of names is one firm's: "lead manager Kleinwort, Benson Ltd". */
const FIRM_BEFORE = new Set(['of', 'manager', 'managers', 'firm', 'underwriter', 'agent', 'broker', 'brokerage'])

/**
 * "lead manager Kleinwort, Benson Ltd said", "the brokerage firm of Spear, Leeds and Kellogg told": a single
 * capitalised word and a comma before a firm's name (word `start` opens it) are the first of its partners.
 */
export function firmPartner({ ws, blank }: Reading, start: number, runEndingAt: (k: number) => RunAt | undefined) {
  const partner = ws[start - 1]
  const run = runEndingAt(start - 1)
  if (!partner?.cap || partner.possessive || !/^,[ \t\n]+$/.test(blank.slice(partner.end, (ws[start] as Word).start)))
    return null
  if (!run || !(run.first === start - 1 || run.run.body === partner.text) || looksLikePerson([partner.text, 'X']))
    return null
  const before = ws[start - 2] // "of", or the title inside the run ("lead manager Kleinwort")
  return before && !before.cap && FIRM_BEFORE.has(before.lower) ? partner.text : null
}

/**
 * "The official Soviet news agency Tass denounced …": past a word of description, the body named after its
 * kind ("agency Tass", "company Yacimientos Petroliferos Fiscales") is what the sentence is about.
 */
export function apposedBody(
  { ws, blank }: Reading,
  runStartingAt: ReadonlyMap<number, RunAt>,
  run: RunAt | undefined,
): RunAt | undefined {
  const next = run && runStartingAt.get(run.last + 2)
  const between = run && ws[run.last + 1]
  if (!run || !next || !between || between.cap || RUN_STOPS.has(between.lower)) return run
  const plain =
    plainGap(blank, (ws[run.last] as Word).end, between.start) &&
    plainGap(blank, between.end, (ws[next.first] as Word).start)
  const kind = ws[next.first] as Word
  return plain && !kind.cap && BODY_WORDS.has(kind.lower) && next.run.nameWords.length ? next : run
}

/** Who may speak with the one named: "and other supporters", "and its associate companies". */
const OWNED = new Set(['subsidiaries', 'affiliates', 'units'])

/**
 * "Rep. Stangeland and other supporters said", "<Pergamon Holdings Ltd> and its associate companies said": the
 * one named speaks, with others like them or its own (word `last` ends the phrase).
 */
export function namedWithOthers(
  { ws, blank }: Reading,
  last: number,
  runEndingAt: (k: number) => RunAt | undefined,
): RunAt | undefined {
  const plain = (a: number) => a >= 0 && plainGap(blank, (ws[a] as Word).end, (ws[a + 1] as Word).start)
  const head = (ws[last] as Word).lower
  if (!GROUP_WORDS.has(head) && !OWNED.has(head)) return undefined
  let k = last - 1
  while (k > last - 3 && ws[k] && !ws[k]?.cap && !WITH_OTHERS.has(ws[k]?.lower ?? '') && plain(k)) k--
  if (!WITH_OTHERS.has(ws[k]?.lower ?? '') || ws[k - 1]?.lower !== 'and' || !plain(k) || !plain(k - 1)) return undefined
  const named = runEndingAt(k - 2)
  const closed = /^>?[ \t\n]*$/.test(blank.slice((ws[k - 2] as Word | undefined)?.end ?? 0, (ws[k - 1] as Word).start))
  return named && closed && (named.run.nameWords.length || named.run.body) ? named : undefined
}

const WITH_OTHERS = new Set(['other', 'its', 'their'])

/** What a firm of partners is called in the phrase after its name: "a New York brokerage partnership". */
const FIRM_WORDS = new Set(['partnership', 'firm', 'brokerage', 'company', 'bank', 'house', 'concern', 'agency'])

/**
 * "Spear, Leeds and Kellogg, a New York brokerage partnership, said": single names listed with commas and an
 * "and" (from word `first`), then a comma and a firm described, right before the verb: one firm's name.
 */
export function firmList(
  { ws, blank }: Reading,
  first: number,
  runStartingAt: ReadonlyMap<number, RunAt>,
  verb: number,
): Run | undefined {
  const gap = (k: number) => blank.slice((ws[k] as Word).end, (ws[k + 1] as Word).start)
  const names: string[] = []
  let k = first
  for (;;) {
    const run = runStartingAt.get(k)
    if (!run || run.run.role.length || run.run.nameWords.length !== 1) return undefined
    names.push(ws[k]?.text as string)
    if (/^,\s+$/.test(gap(k)) && runStartingAt.get(k + 1)) k++
    else if (plainGap(blank, (ws[k] as Word).end, (ws[k + 1] as Word).start) && ws[k + 1]?.lower === 'and') {
      const last = runStartingAt.get(k + 2)
      if (!last || last.run.nameWords.length !== 1 || !/^,\s+$/.test(gap(k + 2)) || names.length < 2) return undefined
      names.push(ws[k + 2]?.text as string)
      k += 3
      break
    } else return undefined
  }
  // ", a New York brokerage partnership," then the verb
  if (!/^(?:a|an)$/.test(ws[k]?.lower ?? '') || !/^,\s*$/.test(gap(verb - 1))) return undefined
  if (!ws.slice(k, verb).some((w) => FIRM_WORDS.has(w.lower)) || verb - k > 7) return undefined
  const body = `${names.slice(0, -1).join(', ')} and ${names.at(-1) as string}`
  const opening = runStartingAt.get(first) as RunAt
  return { ...opening.run, role: [], nameWords: [], body, proper: true, written: body }
}
