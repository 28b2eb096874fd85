// Small word sets of the paragraph reader, and names marked as people by the title after them.
import type { Run } from './runs'
import type { Word } from './tokens'
import { BODY_WORDS, ROLE_WORDS } from './words'

export const CLAUSE_AFTER = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'from'])
export const ARTICLE_WORDS = new Set(['the', 'a', 'an', 'one'])
export const LINKS = new Set(['and', 'of', '&'])
// prettier-ignore
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'one', 'some', 'most', 'several', 'other', 'many', 'two', 'three',
])
/** Words inside a description: "a spokesman for local producers". */
export const CONNECTORS = new Set(['for', 'of', 'at', 'with', 'and', 'in'])

/** "Rudolph Hokanson, analyst at Milwaukee Co.": a title just after the name shows it is a person's. */
export function markTitledNames(found: Array<{ run: Run; last: number }>, ws: Word[], blank: string): void {
  for (const { run, last } of found) {
    if (
      run.nameWords.length === 0 ||
      run.body ||
      run.evident ||
      !ws[last + 1] ||
      !/^\s*,\s*$/.test(blank.slice((ws[last] as Word).end, (ws[last + 1] as Word).start))
    )
      continue
    const next = ws.slice(last + 1, last + 5)
    const stop = next.findIndex((x, k) => k > 0 && /[,.;]/.test(blank.slice((next[k - 1] as Word).end, x.start)))
    const clause = stop < 0 ? next : next.slice(0, stop)
    // One word needs the title at once and in lower case: "Proxmire, chairman of …", not "Jamaica, OPEC President …".
    const titled =
      run.nameWords.length >= 2
        ? clause.some((x) => ROLE_WORDS.has(x.lower))
        : clause.slice(0, 2).some((x) => !x.cap && ROLE_WORDS.has(x.lower)) && !(clause[0] as Word | undefined)?.cap
    if (titled) run.evident = true
  }
}

/** Bodies' last words that no person's name ends in: "National Association of Securities Dealers Inc". */
export const ASSOCIATIONS = new Set(['association', 'society', 'foundation', 'trust', 'fund'])

/** Prepositions that put a person's employer after their name: "Gobert of Peters and Co Ltd". */
const EMPLOYED = new Set(['of', 'at', 'with'])

/**
 * "Wilf Gobert of Peters and Co Ltd said": two names right before "of", "at" or "with" and a company's name
 * are a person's, whatever the given name ("Bank of America", "United Banks of Colorado Inc" are bodies).
 */
export function markEmployedNames(found: Array<{ run: Run; first: number; last: number }>, ws: Word[], blank: string) {
  const startingAt = new Map(found.map((r) => [r.first, r.run]))
  for (const { run, last } of found) {
    const link = ws[last + 1]
    const employer = startingAt.get(last + 2)
    const head = run.nameWords.at(-1)?.toLowerCase().replace(/s$/, '')
    if (!link || !employer || !head || run.evident || run.body || run.role.length || run.possessive) continue
    if (run.nameWords.length < 2 || BODY_WORDS.has(head) || ASSOCIATIONS.has(head) || !EMPLOYED.has(link.lower))
      continue
    const plain = (a: Word, b: Word) => /^[ \t]*\n?[ \t]*$/.test(blank.slice(a.end, b.start))
    if (!plain(ws[last] as Word, link) || !plain(link, ws[last + 2] as Word)) continue
    if (employer.body && employer.proper && COMPANY_SUFFIX_END.test(employer.body)) run.evident = true
  }
}

const COMPANY_SUFFIX_END = /\s(?:inc|corp|co|ltd|plc|ag|sa|nv|llc|gmbh|kk|pty|bv|ab|cie|lp|limited)\.?$/i

/** Last words of a paper's or a broadcaster's name: "the official China Legal News" is a paper, not a person. */
const MEDIA_NAMES = new Set(['news', 'daily', 'times', 'journal', 'post', 'herald', 'tribune', 'gazette', 'radio'])

export function unmarkMediaNames(found: Array<{ run: Run }>) {
  for (const { run } of found)
    if (run.nameWords.length >= 2 && MEDIA_NAMES.has((run.nameWords.at(-1) as string).toLowerCase()))
      run.evident = false
}
