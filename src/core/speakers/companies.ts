// Companies' names inside a run of capitalised words: "General Motors Corp" whole, and a bond's lead manager
// ("lead manager Credit Lyonnais") as the bank it is.
import { isPlace, looksLikePerson } from './kind'
import type { Run } from './runs'
import { plainGap, type Word } from './tokens'
import {
  BODY_WORDS,
  COMPANY_SUFFIXES,
  HONORIFICS,
  NAME_PARTICLES,
  REPORTING_VERBS,
  ROLE_WORDS,
  RUN_STOPS,
  SHORTENED,
} from './words'

/** "lead manager Credit Lyonnais", "co-lead manager Nikko Securities": a bond's manager is a bank, not a person. */
export function managingBank(run: Word[], previous: Word | undefined): string | null {
  const at = run.findIndex((w) => w.lower === 'manager')
  const lead = at === 0 ? previous : run[at - 1]
  // "sole manager Merrill Lynch Capital Markets" manages alone: a bank too.
  if (at < 0 || at > 1 || !lead || !/^(?:(?:co-)?lead|sole)$/.test(lead.lower) || at === run.length - 1) return null
  const name = run.slice(at + 1)
  // "lead manager Banque Nationale de Paris": a particle inside, between capitals.
  const inName = (w: Word, i: number) => w.cap || (NAME_PARTICLES.has(w.text) && i > 0 && i < name.length - 1)
  return name.every(inName) ? name.map((w) => w.text.replace(/['\u2019]s$/, '')).join(' ') : null
}

const ABBREVIATED_SUFFIXES = new Set(['inc', 'corp', 'ltd', 'plc'])

/**
 * "General Motors Corp", "Insurance group Guardian Royal Exchange Plc": a run ending in a company's suffix
 * is that company's name, from after the last word written in lower case ("group", "lead manager").
 */
export function companyName(run: Word[]): string | null {
  const last = run.at(-1) as Word
  // "General Public Utilities corp": an abbreviated suffix may be written in lower case.
  const suffix = last.cap || (ABBREVIATED_SUFFIXES.has(last.lower) && Boolean(run.at(-2)?.cap))
  if (!suffix || !COMPANY_SUFFIXES.has(last.lower.replace(/\./g, '')) || run.length < 2) return null
  let from = 0
  run.forEach((w, i) => {
    const inside =
      NAME_PARTICLES.has(w.text) || w.lower === 'and' || /^(?:al|el|bin|ibn|abu)-/.test(w.text) || w === last
    if (!w.cap && !inside) from = i + 1
    // "Sandoz Corp's Northrup King Co", "Southern Co's Georgia Power Co": the unit after its parent.
    if (w.possessive && i < run.length - 1 && (COMPANY_SUFFIXES.has(w.lower) || w.lower === 'group')) from = i + 1
    // "Sweden's Volvo AB": where the company is from, not its name (unlike "Moody's Investors Service Inc").
    if (w.possessive && i === from && i < run.length - 2 && isPlace(w.lower)) from = i + 1
  })
  // "Chairman Roger Smith of X Corp" never reaches here: "of" ends a run.
  const name = run.slice(from)
  if (name.length < 2 && !(name.length === 1 && name[0] !== last)) return null
  const shown = (w: Word) => (SHORTENED.has(w.lower) ? `${w.text}.` : w === last ? titleCased(w.text) : w.text)
  return name.map(shown).join(' ')
}

/** "Texas Air Corp's Continental Airlines": a company's unit after its owner's possessive, no person ("Acme Corp's Bill Lund"). */
export function unitName(run: Word[]): string | null {
  const owner = run.findLastIndex((w) => w.possessive && COMPANY_SUFFIXES.has(w.lower))
  const unit = run.slice(owner + 1)
  const plain = (w: Word) => w.cap && !ROLE_WORDS.has(w.lower) && !BODY_WORDS.has(w.lower) && !HONORIFICS.has(w.lower)
  const words = unit.map((w) => w.text.replace(/['\u2019]s$/, ''))
  return owner >= 0 && unit.length >= 2 && unit.every(plain) && !looksLikePerson(words) ? words.join(' ') : null
}

const titleCased = (text: string) => (text[0] as string).toUpperCase() + text.slice(1)

/**
 * "Yamaichi International (Europe) Ltd", "Nomura International (Hong Kong) Ltd": capitalised words in brackets
 * between a name (ending at word `j`) and a company's suffix are part of the name. The index of the suffix, or -1.
 */
export function bracketedSuffix(text: string, ws: Word[], j: number): number {
  // (A wrapped line may break before the bracket or after it: "Nikko Securities Co\n(Europe) Ltd".)
  if (!/^\s?\($/.test(text.slice((ws[j] as Word).end, ws[j + 1]?.start))) return -1
  for (let k = j + 1; k <= j + 3 && ws[k]?.cap; k++) {
    const suffix = ws[k + 1]
    const gap = text.slice((ws[k] as Word).end, suffix?.start)
    if (suffix?.cap && /^\)\s?$/.test(gap)) return COMPANY_SUFFIXES.has(suffix.lower.replace(/\./g, '')) ? k + 1 : -1
    if (!/^\s$/.test(gap)) return -1
  }
  return -1
}

/** The name with its bracketed words back in brackets: "Yamaichi International Europe Ltd" → "… (Europe) Ltd". */
export const rebracket = (name: string, inner: string, suffix: string) =>
  name.replace(` ${inner} ${suffix}`, ` (${inner}) ${suffix}`)

/**
 * "American Can Co", "3Com Corp", "K mart Corp": a company's suffix at `i` that a word no run takes left alone
 * ends that name; back over its words (capitals, figures, a word between capitals) to where it starts. The run
 * at `i` ends at `j`.
 */
export function nameBefore(text: string, ws: Word[], i: number, j: number, runs: Array<{ first: number }>): number {
  if (j !== i || !(ws[i] as Word).cap || !COMPANY_SUFFIXES.has((ws[i] as Word).lower)) return i
  const inside = (k: number) => k >= 0 && plainGap(text, (ws[k] as Word).end, (ws[k + 1] as Word).start)
  const capital = (w: Word) => /^[\p{Lu}\d]/u.test(w.text) && !w.possessive
  let k = i
  while (inside(k - 1)) {
    const w = ws[k - 1] as Word
    const between = ws[k - 2] !== undefined && inside(k - 2) && capital(ws[k - 2] as Word)
    // "Can" of "American Can Co" and "mart" of "K mart Corp" only between capitals; "The", "But", "said" never.
    if (capital(w) && (!RUN_STOPS.has(w.lower) || between)) k--
    else if (!w.cap && between && w.text.length > 3 && !RUN_STOPS.has(w.lower) && !REPORTING_VERBS.has(w.lower)) k--
    else break
  }
  while (k < i && (runs.at(-1)?.first ?? -1) >= k) runs.pop() // the runs its words made are the name's
  return k
}

/**
 * "PaineWebber Inc, The First Boston Corp and Salomon Inc said": companies listed with commas before the two
 * an "and" joins are named together, one run from the first.
 */
export function listedCompanies<T extends { run: Run; first: number; last: number }>(
  text: string,
  ws: Word[],
  found: T[],
) {
  const out: T[] = []
  const suffixed = (r: T) => r.run.body !== null && COMPANY_SUFFIXES.has((ws[r.last] as Word).lower.replace(/\./g, ''))
  // Two companies joined right before the verb ("Salomon Inc and Holm Corp said", not "Jefferies and Co").
  const company = (name: string) => / /.test(name) && COMPANY_SUFFIXES.has(name.split(' ').at(-1)?.toLowerCase() ?? '')
  const joint = (r: T) => r.run.body?.split(' and ').length === 2 && r.run.body.split(' and ').every(company)
  const speaks = (r: T) => REPORTING_VERBS.has(ws[r.last + 1]?.lower ?? '')
  for (let r of found) {
    for (let before = out.at(-1); before && suffixed(before) && joint(r) && speaks(r);) {
      const gap = /^\s*,\s+(The\s+)?$/.exec(text.slice((ws[before.last] as Word).end, (ws[r.first] as Word).start))
      if (!gap) break
      const body = `${before.run.body as string}, ${gap[1] ? 'The ' : ''}${r.run.body as string}`
      r = { ...r, first: before.first, run: { ...r.run, position: before.run.position, body, written: body } }
      out.pop()
      before = out.at(-1)
    }
    out.push(r)
  }
  return out
}
