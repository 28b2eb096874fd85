// The subject that opens a verb's sentence ("Nazer, …, said", "He declined, saying …"), for parse.ts's verbs.
import { groupBefore, REFERRING, type Reading } from './groups'
import { isPlace, looksLikePerson } from './kind'
import { apposedBody, firmList, type RunAt } from './objects'
import type { Subject } from './parse'
import type { Run } from './runs'
import { sentenceStart } from './tails'
import { ARTICLE_WORDS, DETERMINERS } from './titles'
import { plainGap, type Word } from './tokens'
import { BODY_PRONOUNS, BODY_WORDS, GROUP_PRONOUNS, GROUP_WORDS, PERSON_PRONOUNS, ROLE_WORDS } from './words'

/** The paragraph as parse.ts reads it, with its runs. */
export interface ParagraphRuns extends Reading {
  found: RunAt[]
  runStartingAt: ReadonlyMap<number, RunAt>
}

/** Before a name that is what a phrase is about, not who acts: "a unit of Northeast Utilities". */
// ("An official, reached by telephone in Huancayo, near Chacapalca, said": a place near another is no subject.)
const PREPOSITIONS = new Set([
  'of',
  'for',
  'at',
  'with',
  'in',
  'by',
  'from',
  'to',
  'near',
  'outside',
  'around',
  'across',
])

/**
 * The run that opens the verb's sentence, when a comma follows it: "Nazer, …, said". Past an opening
 * phrase ("In Jamaica, OPEC President Rilwanu Lukman, who is …, said") a person's name is looked for.
 * With `person`, only someone evidently a person counts.
 */
export function sentenceSubject(paragraph: ParagraphRuns, verb: number, person = false): Subject {
  const { ws, blank, found, runStartingAt } = paragraph
  const k = sentenceStart(ws, blank, verb)
  const commaAfter = (r: { last: number }) =>
    /^\s*,/.test(blank.slice((ws[r.last] as Word).end, (ws[r.last + 1] as Word).start))
  // "Kuwait's Oil Minister, Sheikh Ali al-Sabah, said": a name right before the verb's comma, unless a body's
  // word is all that marks it ("Fidata Trust Company New York, announced").
  const titled = (r: { run: Run; last: number }) => r.last < verb - 1 || r.run.roleIsTitle || !r.run.role.length
  // "Connecticut Light and Power Co, a unit of Northeast Utilities, said": a preposition's object is no subject.
  // "A motion, signed by 98 MPs, today urged": a count between them too.
  const object = (r: { first: number }) =>
    PREPOSITIONS.has(ws[r.first - 1]?.lower ?? '') ||
    (/^\d[\d,.]*$/.test(ws[r.first - 1]?.text ?? '') && PREPOSITIONS.has(ws[r.first - 2]?.lower ?? ''))
  // "Senator Jon Lund of Oregon, said", "William Rhodes of Citibank, said": the comma after the person's "of …"
  // (not one of those described before: "Some Democrats, including Speaker Jon Lund of Texas, said").
  const ofThen = (r: RunAt) => {
    const of = runStartingAt.get(r.last + 2)
    const person = !r.run.body && (r.run.evident || looksLikePerson(r.run.nameWords))
    const plain = plainGap(blank, (ws[r.last] as Word).end, (ws[r.last + 1] as Word).start)
    const verbNext = of?.last === verb - 1 && !ws[verb]?.cap && ws[r.first - 1]?.lower !== 'including'
    return person && plain && ws[r.last + 1]?.lower === 'of' && verbNext && commaAfter(of)
  }
  const candidates = found.filter(
    (r) => r.first >= k && r.last < verb && (commaAfter(r) || ofThen(r)) && titled(r) && !object(r),
  )
  // "The spokesman, speaking from …, estimated": past the article, the description is the subject.
  const opening = runStartingAt.get(k) ?? (ARTICLE_WORDS.has(ws[k]?.lower ?? '') ? runStartingAt.get(k + 1) : undefined)
  const firm = !person && opening ? firmList(paragraph, opening.first, runStartingAt, verb) : undefined
  if (firm) return { type: 'run', run: firm } // "Spear, Leeds and Kellogg, a New York brokerage partnership, said"
  // "Addressing … the Grain and Feed Association, Tom VonGarlem, assistant …, said": a name a title marks first.
  const someone =
    candidates.find((r) => r.run.evident) ?? candidates.find((r) => r.run.nameWords.length >= 2 && !r.run.body)
  if (someone && (!person || someone.run.evident)) return { type: 'run', run: someone.run }
  const name = candidates.find((r) => r.run.nameWords.length === 1 && !r.run.body && !r.run.role.length)
  if (name && !person && (!opening || opening === name)) return { type: 'run', run: name.run }
  if (!person && opening && opening.last < verb && commaAfter(opening)) return { type: 'run', run: opening.run }
  // "…, the agent, Wardley Ltd, said": a body named between commas right before the verb.
  const apposed = found.find((r) => r.last === verb - 1 && r.run.body && r.run.proper && commaAfter(r))
  if (
    !person &&
    apposed &&
    apposed.first > k &&
    /,\s*$/.test(blank.slice((ws[apposed.first - 1] as Word).end, (ws[apposed.first] as Word).start))
  )
    return { type: 'run', run: apposed.run }
  // "An official at Minero Trading, the state marketing firm, confirmed": the official as described.
  const at = !person && describedAt(paragraph, k, verb)
  if (at) return at
  // "The newspaper, quoting official sources, said": the body spoken of before.
  const noun = ws[k + 1]
  if (
    !person &&
    ws[k]?.lower === 'the' &&
    noun &&
    !noun.cap &&
    REFERRING.has(noun.lower) &&
    commaAfter({ last: k + 1 })
  )
    return { type: 'reference' }
  return { type: 'unknown' }
}

/** The run that opens the sentence of word `i`, when it names someone or a body. */
export function openingRun(paragraph: ParagraphRuns, i: number): Subject | null {
  const { ws, blank, runStartingAt } = paragraph
  const start = sentenceStart(ws, blank, i, true)
  // "Yesterday, Acme sued Zeta, charging …": past a time word and its comma.
  const timed = /^(?:yesterday|today|earlier|later|meanwhile)$/.test(ws[start]?.lower ?? '')
  const k = timed && /^\s*,/.test(blank.slice((ws[start] as Word).end)) ? start + 1 : start
  const run = apposedBody(
    paragraph,
    runStartingAt,
    // past "the" or "most" only: after "a" comes a description ("A Milan banker shared the view, saying …").
    runStartingAt.get(k) ??
      (/^(?:the|most|some|many)$/.test(ws[k]?.lower ?? '') ? runStartingAt.get(k + 1) : undefined),
  )
  const opener = ws[k]?.lower ?? ''
  // "Other brokers were more cautious, saying …": people counted, not named.
  const counted = ws[k + 1]
  if (DETERMINERS.has(opener) && counted && !counted.cap && GROUP_WORDS.has(counted.lower) && k + 1 < i)
    return groupBefore(paragraph, k + 1)
  // "He declined to comment, saying …", "They denied a statement …, saying …".
  if (PERSON_PRONOUNS.has(opener) || BODY_PRONOUNS.has(opener) || GROUP_PRONOUNS.has(opener))
    return { type: 'pronoun', person: PERSON_PRONOUNS.has(opener), group: GROUP_PRONOUNS.has(opener) }
  if (!run || run.last >= i || !(run.run.nameWords.length || run.run.body)) return null
  // "Industry officials have disputed this, saying …": the people, not "Industry".
  const next = ws[run.last + 1]
  const plain = next && plainGap(blank, (ws[run.last] as Word).end, next.start)
  if (next && !next.cap && GROUP_WORDS.has(next.lower) && plain) return groupBefore(paragraph, run.last + 1)
  // "The Venezuelan central bank suspended …, blaming": a place names the body's kind after it, no one itself.
  const only = run.run.nameWords.length === 1 && !run.run.body && (run.run.nameWords[0] as string)
  if (only && isPlace(only) && plain && bodyWordFollows(paragraph, run.last)) return null
  return { type: 'run', run: run.run }
}

/** A body's word in lower case within a few plain words after word `k`: "Venezuelan central bank". */
function bodyWordFollows({ ws, blank }: Reading, k: number): boolean {
  for (let j = k + 1; j <= k + 3 && ws[j]; j++) {
    const w = ws[j] as Word
    if (w.cap || !plainGap(blank, (ws[j - 1] as Word).end, w.start)) return false
    if (BODY_WORDS.has(w.lower)) return true
  }
  return false
}

/**
 * "An official at Minero Trading, …, said" (the sentence opens at word `k`): someone described by a title and
 * where they work, then a comma, the name's apposition and the verb's comma.
 */
function describedAt({ ws, blank, runStartingAt }: ParagraphRuns, k: number, verb: number): Subject | undefined {
  if (!/^(?:a|an|one)$/.test(ws[k]?.lower ?? '')) return undefined
  const plain = (a: number) => plainGap(blank, (ws[a] as Word).end, (ws[a + 1] as Word).start)
  let h = k + 1
  while (h < k + 3 && ws[h] && !ws[h]?.cap && !ROLE_WORDS.has(ws[h]?.lower ?? '') && plain(h)) h++
  const title = ws[h]
  const employer = runStartingAt.get(h + 2)
  if (!title || title.cap || !ROLE_WORDS.has(title.lower) || !/^(?:at|with)$/.test(ws[h + 1]?.lower ?? ''))
    return undefined
  if (
    !employer ||
    employer.last >= verb ||
    !plain(h) ||
    !plain(h + 1) ||
    !(employer.run.body || employer.run.nameWords.length)
  )
    return undefined
  if (!/^\s*,/.test(blank.slice((ws[employer.last] as Word).end, (ws[employer.last + 1] as Word).start)))
    return undefined
  const phrase = blank.slice((ws[k + 1] as Word).start, (ws[employer.last] as Word).end).replace(/\s+/g, ' ')
  return { type: 'group', phrase, head: title.lower, definite: false }
}
