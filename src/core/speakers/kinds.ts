// Which earlier body "the company said", "the bank said", "the union said" points back to: one of that
// kind. A company is no ministry and a ministry no company; a body whose name says nothing of its kind
// ("Citicorp", "Petrobras") may be either.
import type { Speaker } from './kind'
import type { KnownNames } from './known'
import type { State } from './resolve'
import { COMPANY_SUFFIXES } from './words'

/** Words like "the company", "the bank" that point back to a body named before. */
export const GENERIC_BODIES = /^(?:company|firm|group|bank|corporation|agency|concern|utility|institute|exchange)$/

/** Words a story uses for a company by its trade: "the company", "the airline", "the carmaker". */
// prettier-ignore
const TRADE_WORDS = new Set([
  'company', 'firm', 'corporation', 'maker', 'carmaker', 'automaker', 'airline', 'carrier', 'utility',
  'brokerage', 'insurer', 'retailer', 'refiner', 'bank',
])

/** "the union said", "the ministry said": a public body or a market by its kind, never a company. */
export const PUBLIC_KINDS = new Set(['ministry', 'department', 'board', 'commission', 'union', 'exchange'])

/** Words in a name that make it a public body or a market: never a company ("Western Union" may be one). */
// prettier-ignore
const PUBLIC_WORDS = new Set([
  'ministry', 'department', 'board', 'commission', 'government', 'council', 'office', 'bureau',
  'administration', 'committee', 'parliament', 'congress', 'senate', 'treasury', 'court', 'exchange', 'agency',
  'authority', 'organization', 'organisation', 'reserve',
])

/** Name words that say a body is of a kind: "Trans World Airlines Inc" is an airline, the Teamsters a union. */
const KIND_NAMES: Record<string, RegExp> = {
  union: /^(?:workers|employees|teamsters|machinists|brotherhood)$/,
  exchange: /^(?:bourse|mercantile)$/,
  bank: /bank|^banco$|^banque$|^bancorp$|^bancshares$/,
  airline: /^air$|^airlines?$|^airways$/,
  carrier: /^air$|^airlines?$|^airways$/,
  utility: /^(?:power|electric|edison|gas|light|utilities)$/,
  insurer: /^(?:insurance|assurance)$/,
}

const wordsOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[.,]/g, '')
    .split(/[\s-]+/)

/** "company": a suffix or a name Reuters bracketed; "public": a ministry, board, union or exchange. */
export function sectorOf(name: string, whole: KnownNames): 'company' | 'public' | 'unknown' {
  const words = wordsOf(name)
  if (whole.companies.includes(name) || COMPANY_SUFFIXES.has(words.at(-1) as string)) return 'company'
  return words.some((w) => PUBLIC_WORDS.has(w)) ? 'public' : 'unknown'
}

/** The kind word is the name's head ("Tokyo Stock Exchange", "Bank of Japan", "Bundesbank"), not a word inside it
 * ("Securities and Exchange Commission"); with `hints`, words that say the kind count too ("Airways"). */
function named(kind: string, name: string, hints = true): boolean {
  const words = wordsOf(name)
  while (words.length > 1 && COMPANY_SUFFIXES.has(words.at(-1) as string)) words.pop()
  const head = (w: string, i: number) => i === words.length - 1 || words[i + 1] === 'of'
  const own = (w: string) => w === kind || w === `${kind}s` || (kind.length > 3 && w.endsWith(kind))
  return words.some((w, i) => (own(w) && head(w, i)) || (hints && KIND_NAMES[kind]?.test(w)))
}

/** The kind a description names: "central bank" for "the central bank", else its head word. */
export const kindWord = (written: string, head: string) => (/\bcentral bank$/i.test(written) ? 'central bank' : head)

/** A central bank's name: "Bank of Japan", "Norway's Central Bank", "Bundesbank", "Bank Negara" ("Bank": one cut short). */
const CENTRAL_NAME =
  /\b(?:Central|Reserve|National|Negara|Bundesbank|Nederlandsche|Indonesia)\b|^(?:\S+['\u2019]s\s+)?[Bb]an(?:k|que|ca|co)(?: (?:of|de|d'|do) |$)/

/** A body "the central bank" may mean: only one whose name is a central bank's ("World Bank" is not). */
export const centralOnly = (written: string, name: string | null | undefined) =>
  name && kindWord(written, '') === 'central bank' && !CENTRAL_NAME.test(name) ? undefined : name

/** "CBOE" after the Chicago Board Options Exchange was named: that body's full name, for its kind. */
function spelledOut(short: string, seen: KnownNames): string {
  if (!/^[A-Z]{2,6}$/.test(short)) return short
  const initials = (name: string) =>
    name
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join('')
  return latest(seen).find((name) => initials(name) === short) ?? short
}

/** Bodies named so far, latest first. */
const latest = (seen: KnownNames) => [...new Set([...seen.bodies.map((b) => b.name), ...seen.companies])].reverse()

/**
 * "the <kind> said": the body that spoke last when its name says it is of that kind, or says nothing of its
 * kind; else the latest body whose name ends with the word ("the bank" after Chase Manhattan Bank and Acme Corp);
 * else the body that spoke last when it may be of that kind; else, after a public body spoke, the story's one
 * company for a company's word. Undefined when the kind is none of these words or no body spoke last for a
 * company's word (the caller's rule then), null when no body fits.
 */
export function bodyOfKind(
  kind: string,
  state: State,
  seen: KnownNames,
  whole: KnownNames,
): Speaker | null | undefined {
  // "the central bank said": only a central bank, never the World Bank or a company spoken of before.
  if (kind === 'central bank') {
    const found = bodyOfKind('bank', state, seen, whole)
    return found && CENTRAL_NAME.test(found.name) ? found : null
  }
  const trade = TRADE_WORDS.has(kind)
  if (!trade && !PUBLIC_KINDS.has(kind)) return undefined
  const last = state.lastBody?.kind === 'organisation' ? spelledOut(state.lastBody.name, seen) : undefined
  const sector = last && sectorOf(last, whole)
  if (last && (named(kind, last) || (trade && sector === 'unknown'))) return state.lastBody
  if (!last && trade) return state.spokeYet ? leadCompany(state, seen) : undefined
  const byName = latest(seen).find((name) => named(kind, name, false))
  if (byName) return { name: byName, kind: 'organisation' }
  if (sector && sector === (trade ? 'company' : 'public')) return state.lastBody
  const companies = [...new Set(seen.companies)]
  return trade && companies.length === 1 ? { name: companies[0] as string, kind: 'organisation' } : null
}

/**
 * "Sony Corp posted record sales. Industry sources said …. The company said": after people who name no body
 * spoke, the company the story opens with. ("A Kleinwort Benson spokesman declined to comment but the company
 * said": a spokesman named by a body may be that body's, so no one.)
 */
function leadCompany(state: State, seen: KnownNames): Speaker | undefined {
  const owned = state.described.some((d) => /^\p{Lu}/u.test(d.name))
  return seen.lead && !owned ? { name: seen.lead, kind: 'organisation' } : undefined
}
