// Where a statement verb's clause starts past words of time or of where it was said: "reported last week that",
// "announced on Monday it would", "disclosed in a filing with the Securities and Exchange Commission that".
import type { Reading } from './groups'
import { plainGap, type Word } from './tokens'

/** Words a time or a date is written in after a verb ("last week", "on March nine", "earlier this month"). */
// prettier-ignore
const WHEN = new Set([
  'today', 'yesterday', 'tonight', 'earlier', 'later', 'previously', 'recently', 'week', 'month', 'year', 'night',
  'weekend', 'morning', 'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
])
/** Words that open a time phrase but do not end one: "on", "last", "earlier this". */
const OPENS = new Set(['on', 'in', 'over', 'during', 'the', 'this', 'last', 'next', 'late', 'early'])
const DAY = /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+(?:teen|ty)(?:-[a-z]+)?)$/

/** Where words are put out: "in a statement", "in its proxy statement", "on state television". */
const WRITINGS = new Set(['statement', 'filing', 'letter', 'interview', 'release', 'message', 'speech', 'newsletter'])
const OWNERS = new Set(['a', 'an', 'its', 'his', 'her', 'their'])
const BROADCASTS = new Set(['television', 'radio', 'tv'])

/** The first word after verb `i` past a time phrase or a writing it was said in; i + 1 when there is none. */
export function pastAdverbials({ ws, blank }: Reading, i: number): number {
  const joined = (k: number) => ws[k] !== undefined && plainGap(blank, (ws[k - 1] as Word).end, (ws[k] as Word).start)
  const lower = (k: number) => ws[k]?.lower ?? ''
  let end = i + 1
  for (let k = i + 1; joined(k);) {
    const w = lower(k)
    if (WHEN.has(w) || (DAY.test(w) && WHEN.has(lower(k - 1)))) end = ++k
    else if (w === 'in' && OWNERS.has(lower(k + 1))) {
      // "in a statement", "in its proxy statement"
      let m = k + 2
      while (m < k + 6 && joined(m) && !WRITINGS.has(lower(m))) m++
      if (!joined(m) || !WRITINGS.has(lower(m))) break
      end = k = m + 1
      // "… with the Securities and Exchange Commission": to whom it was filed, in capitals.
      if (/^(?:with|to)$/.test(lower(k))) {
        let n = lower(k + 1) === 'the' ? k + 2 : k + 1
        while (joined(n) && ((ws[n] as Word).cap || /^(?:and|of)$/.test(lower(n)))) n++
        if (n > k + 1 && (ws[n - 1] as Word).cap) end = k = n
      }
    } else if (w === 'on' && (BROADCASTS.has(lower(k + 1)) || BROADCASTS.has(lower(k + 2)))) {
      // "on television", "on state television"
      end = k = BROADCASTS.has(lower(k + 1)) ? k + 2 : k + 3
    } else if (OPENS.has(w)) k++
    else break
  }
  return end
}

/** Verbs whose clause may come without "that": "announced the plant would close", "reported Baker called". */
const BARE_CLAUSE = new Set([
  'announced',
  'announces',
  'reported',
  'reports',
  'confirmed',
  'confirms',
  'disclosed',
  'denied',
])
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'these'])
/** Verbs that show a clause has begun after its subject: "… would cut", "… will be introduced". */
// prettier-ignore
const FINITE = new Set([
  'would', 'will', 'could', 'should', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'may', 'might', 'can', 'must',
])
/** Words that cannot be inside the clause's subject: a pronoun or a relative ends it ("a plan it said would …"). */
const NOT_IN_SUBJECT = /^(?:that|which|who|whom|to|and|or|but|it|he|she|they|we|i|you|there|not)$/

/**
 * A clause without "that" after verb `i` (past a time phrase): "announced on television the country would cut",
 * "announced a new product will be introduced", "reported Baker called …". Its subject is a few words after a
 * determiner, or a name, and a finite verb follows (a name's may be a past tense): "announced a dividend" and
 * "reported a loss of …" have none.
 */
export function bareClause(reading: Reading, i: number): boolean {
  const { ws, blank } = reading
  if (!BARE_CLAUSE.has(ws[i]?.lower ?? '')) return false
  const joined = (k: number) => ws[k] !== undefined && plainGap(blank, (ws[k - 1] as Word).end, (ws[k] as Word).start)
  const start = pastAdverbials(reading, i)
  const first = ws[start]
  if (!first || !joined(start)) return false
  const named = first.cap && !DETERMINERS.has(first.lower)
  if (!named && !DETERMINERS.has(first.lower)) return false
  for (let k = start + 1; k <= start + 6 && joined(k); k++) {
    const w = ws[k] as Word
    if (FINITE.has(w.lower)) return k > start + (named ? 0 : 1)
    // "reported Baker called": after a name, a past tense in lower case.
    if (named && !w.cap && /ed$/.test(w.lower)) return (ws[k - 1] as Word).cap
    if (NOT_IN_SUBJECT.test(w.lower) || (named && !w.cap && !/^(?:of|and)$/.test(w.lower))) return false
  }
  return false
}
