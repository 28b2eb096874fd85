// "An investor group led by New York investor George Soros said": the group speaks, not its leader, and
// the group is described, not named ("investor group led by George Soros", a role as LABELLING.md writes it).
import type { Reading } from './groups'
import type { Subject } from './parse'
import { plainGap, type Word } from './tokens'
import { sentenceStart } from './tails'
import { RUN_STOPS } from './words'

/** Words for people acting together under a leader: "a shareholder group led by", "a consortium headed by". */
export const LED_WORDS = new Set(['group', 'consortium', 'syndicate', 'partnership'])
const LEADING = new Set(['led', 'headed'])
/** Words joining the leaders' names: "David Bellet and Chester Siuda", "Kohlberg Kravis Roberts and Co". */
const NAME_LINKS = new Set(['and', '&', 'of'])
/** Small words that may describe the leaders: "members of the Hunt family of Dallas". */
const IN_DESCRIPTION = new Set(['of', 'and', 'the', 'a', 'an', 'in', 'at', 'from', 'with', 'for'])
/** How far back from the verb "led by" may be: "led by members of the Hunt family of Dallas, Texas, told". */
const MOST_WORDS = 10

/**
 * The group when the sentence opens with "a … group led by" and the leaders' names end at word `last`,
 * right before the verb; unknown when they are described past a comma ("led by members of the Hunt family
 * of Dallas, Texas, told"): not the place named last. Undefined when the sentence is not so.
 */
export function ledGroup({ ws, blank }: Reading, last: number): Subject | undefined {
  // ("An investor group including Orvik Corp and Lund Associates told": its members named, no "by".)
  let by = -1
  let head: Word | undefined
  for (let k = last - 1; k >= Math.max(1, last - MOST_WORDS) && by < 0; k--)
    if (ws[k]?.lower === 'by' && LEADING.has(ws[k - 1]?.lower ?? '')) [by, head] = [k, ws[k - 2]]
    else if (ws[k]?.lower === 'including') [by, head] = [k, ws[k - 1]]
  if (by < 0 || !head || !LED_WORDS.has(head.lower) || head.cap || !(ws[last] as Word).cap) return undefined
  // "A group led by First Boston Corp will underwrite the offering, Hoechst AG said": a clause of its own.
  if (ws.slice(by + 1, last).some((w) => RUN_STOPS.has(w.lower) && !IN_DESCRIPTION.has(w.lower))) return undefined
  // The description opens the sentence: "Owens-Illinois, which was taken over by a group led by …, said" is Owens-Illinois.
  let from = ws.indexOf(head)
  while (from > 0 && !RUN_STOPS.has((ws[from - 1] as Word).lower) && !(ws[from - 1] as Word).possessive) from--
  const article = ws[from - 1]
  const start = article && /^(?:a|an|the)$/.test(article.lower) ? from - 1 : from
  if (sentenceStart(ws, blank, by) !== start) return undefined
  for (let k = start; k < last; k++)
    if (!plainGap(blank, (ws[k] as Word).end, (ws[k + 1] as Word).start)) return { type: 'unknown' }
  // The leaders' names: the capitalised words after the last word that describes them ("investor").
  let name = last
  while (name > by + 1 && ((ws[name - 1] as Word).cap || NAME_LINKS.has((ws[name - 1] as Word).lower))) name--
  while (NAME_LINKS.has((ws[name] as Word).lower)) name++
  const described = blank.slice((ws[from] as Word).start, (ws[by] as Word).end)
  const leaders = blank.slice((ws[name] as Word).start, (ws[last] as Word).end)
  return { type: 'group', phrase: `${described} ${leaders}`.replace(/\s+/g, ' '), head: head.lower, definite: false }
}
