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
