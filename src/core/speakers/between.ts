// What may stand between a subject and its reporting verb: "Grushko also said", "Balladur, meanwhile,
// confirmed", "The Agriculture Department (USDA) earlier this year forecast" (hideTickers blanks "(USDA)"),
// "Moody's on Monday said", "Some House Democrats, including Speaker Jim Wright, said".
import type { Reading } from './groups'
import { plainGap, type Word } from './tokens'
import { SKIPPABLE } from './words'

/** Set off by commas: "Balladur, meanwhile, confirmed". */
const ASIDES = new Set(['meanwhile', 'however', 'though', 'too', 'moreover', 'furthermore', 'nevertheless', 'also'])
/** "this year", "last week": when, after "earlier" or alone. */
const WHEN = new Set(['this', 'last', 'next'])
const PERIODS = /^(?:week|month|year|quarter|spring|summer|autumn|fall|winter|weekend|morning|afternoon|evening)$/
const DAYS = /^(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/

/**
 * The last word of the subject before the verb at word `verb`, past adverbs, a phrase of time and an aside
 * between commas; `adjacent` when only those stand between (else the gap is punctuation).
 */
export function subjectEnd({ ws, blank }: Reading, verb: number): { j: number; adjacent: boolean } {
  const gap = (k: number) => blank.slice((ws[k] as Word).end, (ws[k + 1] as Word).start)
  const plain = (k: number) => k >= 0 && plainGap(blank, (ws[k] as Word).end, (ws[k + 1] as Word).start)
  let j = verb - 1
  for (;;) {
    const w = ws[j]
    if (!w || !plain(j)) break
    const before = ws[j - 1]
    if (SKIPPABLE.has(w.lower)) j--
    // "today", "earlier this year", "last week"; "on Monday"
    else if (DAYS.test(w.lower)) j--
    else if (PERIODS.test(w.lower) && before && WHEN.has(before.lower) && plain(j - 1)) {
      j -= 2
      if (/^(?:late|early)$/.test(ws[j]?.lower ?? '') && plain(j)) j-- // "late last year"
    } else if (DAYS.test(ws[j + 1]?.lower ?? '') && w.lower === 'on') j--
    else break
  }
  // "Balladur, meanwhile, confirmed"
  const aside = ws[j]
  if (aside && ASIDES.has(aside.lower) && /^\s*,\s*$/.test(gap(j)) && j > 0 && /^\s*,\s*$/.test(gap(j - 1)))
    return { j: j - 1, adjacent: true }
  // "Some House Democrats, including Speaker Jim Wright, said": the people before those named among them.
  const inverted = ws[verb + 1]?.cap || ws[verb + 1]?.lower === 'the' // "…, including the sale, said Swarup"
  if (j > 0 && /^\s*,\s*$/.test(gap(j)) && !inverted)
    for (let k = j; k > 0 && k > j - 12; k--) {
      if ((ws[k] as Word).lower === 'including' && /^\s*,\s*$/.test(gap(k - 1))) return { j: k - 1, adjacent: true }
      if (!plain(k - 1)) break
    }
  const prev = ws[j]
  return { j, adjacent: prev !== undefined && plain(j) }
}

/** Words opening an indirect question: what follows is asked about, not said. */
const ASKED = new Set(['how', 'whether', 'why'])

/** The subject ending at word `j` is inside an indirect question: "how much the group expected", "whether he said". */
export function inQuestion({ ws, blank }: Reading, j: number): boolean {
  for (let k = j; k >= Math.max(0, j - 4); k--) {
    if (ASKED.has((ws[k] as Word).lower)) return true
    if (k === 0 || !plainGap(blank, (ws[k - 1] as Word).end, (ws[k] as Word).start)) return false
  }
  return false
}
