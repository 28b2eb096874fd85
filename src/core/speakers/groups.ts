// Speakers described, not named, right before a verb: "traders said", "a spokesman for local producers
// said", "the officials told", and descriptions in lower case that point back at a body ("the trust said").
import { placeOnly } from './kind'
import type { Subject } from './parse'
import { joined, plainGap, type Word } from './tokens'
import { CONNECTORS, DETERMINERS } from './titles'
import { BODY_WORDS, COUNTING_ONE, GROUP_WORDS, ONE_OF_GROUP, PARTY_MEMBERS, ROLE_WORDS, RUN_STOPS } from './words'

/** The paragraph as parse.ts reads it: its words, the text with quotations blanked, and as written. */
export interface Reading {
  ws: Word[]
  blank: string
  text: string
}

/**
 * The description of people before a verb (word `last` ends it), as written, when it names people or a
 * group. A definite description in lower case that names no people ("the trust", "the brokerage firm",
 * "the paper") is a reference back to a body: the grammatical subject of the verb, not a name.
 */
export function groupBefore({ ws, blank }: Reading, last: number, verb = ''): Subject {
  // "those interviewed said", "of those polled": the people a participle describes.
  const those = ws[last - 1]
  if (
    those?.lower === 'those' &&
    /ed$/.test((ws[last] as Word).lower) &&
    plainGap(blank, those.end, (ws[last] as Word).start)
  )
    return {
      type: 'group',
      phrase: `those ${(ws[last] as Word).lower}`,
      head: (ws[last] as Word).lower,
      definite: false,
    }
  let first = last
  let definite = false
  let article: Word | undefined
  while (first > 0 && last - first < 7) {
    const before = ws[first - 1] as Word
    if (!plainGap(blank, before.end, (ws[first] as Word).start) && !joined(blank, before, ws[first] as Word)) break
    // "an agent for the country said": past the article of the description's own object.
    const inner = ws[first - 2]
    if (before.lower === 'the' && inner && CONNECTORS.has(inner.lower) && plainGap(blank, inner.end, before.start)) {
      first -= 2
      continue
    }
    if (DETERMINERS.has(before.lower) || before.lower === 'another') {
      definite = before.lower === 'the'
      article = before
      break
    }
    if (RUN_STOPS.has(before.lower) && !CONNECTORS.has(before.lower)) break
    if (before.lower === 'with' && /ing$/.test(verb)) break // "met with dealers saying": the phrase opens at "with"
    if (before.possessive) break
    first--
  }
  while (first < last && CONNECTORS.has((ws[first] as Word).lower)) first++
  // "148.40 yen in the Far East and dealers said": an amount or a place before "and", naming no people, is no one.
  const and = ws.slice(first, last).findLastIndex((w) => w.lower === 'and')
  const joinedTo = ws.slice(first, first + and)
  const someone = (w: Word) => GROUP_WORDS.has(w.lower) || ROLE_WORDS.has(w.lower)
  const thing = (w: Word, i: number) => /^\d/.test(w.text) || (i > 0 && w.lower !== 'and' && CONNECTORS.has(w.lower))
  // ("the Ministry of Trade and Industry", "Machinists and Aerospace Workers": one name in capitals.)
  const name = ws[first + and - 1]?.cap && ws[first + and + 1]?.cap
  if (and > 0 && joinedTo.some(thing) && !joinedTo.some(someone) && !name) first += and + 1
  const span = ws.slice(first, last + 1)
  // "one trader said", "a banker said": one of a group, counted out ("London-based dealer Gill and Duffus" is not);
  // "the senior trader said": the one described before, when nothing in capitals or of a firm's trade qualifies it
  // ("the Sanyo broker", "the investment dealer": a firm; "the Swiss banker": someone named).
  const counted = Boolean(article && COUNTING_ONE.has(article.lower))
  const plainBefore = (w: Word) => span.slice(0, span.indexOf(w)).every((m) => !m.cap && !FIRMS_TRADES.has(m.lower))
  const one = (w: Word) => !w.cap && ONE_OF_GROUP.has(w.lower) && (counted || (definite && plainBefore(w)))
  const found = span.findLast((w) => GROUP_WORDS.has(w.lower) || ROLE_WORDS.has(w.lower) || one(w))
  // "The industry trade association called on …": a people word before the head noun only describes it.
  const after = found && ws[ws.indexOf(found) + 1]
  // ("the People's Daily overseas edition said" is the paper.)
  const ends = found === ws[last] || (after && CONNECTORS.has(after.lower)) || MEDIA.has(found?.lower ?? '')
  // Someone described spoke, but not people the words name: no one, and no later "it" means a body before.
  if (found && !ends) return { type: 'unknown' }
  const head = found
  if (!head) {
    // "member states, …": no one described; "The trust said", "the brokerage firm said": the body before.
    // ("the Swedish carmaker said", "the West German chemicals group said": where it is from, then its trade.)
    const from = span.filter((w) => w.cap)
    const placed =
      definite &&
      TRADE_KINDS.has((ws[last] as Word).lower) &&
      placeOnly(from.map((w) => w.text)) &&
      from.every((w, i) => w === span[i])
    const plain = span.every((w) => (!w.cap || placed) && !CONNECTORS.has(w.lower)) && !(ws[last] as Word).cap
    const refers = definite && plain && article && SURELY_SPEECH.has(verb) && opensClause(blank, ws, article)
    // "the exchanges said": the bodies of that kind named together.
    const kind = (ws[last] as Word).lower.replace(/(?:ies)$/, 'y').replace(/(?<=[^s])s$/, '')
    const plural = kind !== (ws[last] as Word).lower && BODY_WORDS.has(kind)
    return refers
      ? { type: 'reference', ...(plural ? { kind } : kind === (ws[last] as Word).lower ? { word: kind } : {}) }
      : { type: 'none' }
  }
  // "the influential Mercurio newspaper", "the People's Daily overseas edition": a paper by its name.
  if (MEDIA.has(head.lower)) {
    const name = paperName(ws, blank, first, ws.indexOf(head))
    if (name) return { type: 'body', name }
    if (definite) return { type: 'reference' }
  }
  // "traders and analysts in international oil markets": the description ends with the people, unless
  // what they are of says who they are ("supporters of the amendment", "owners of private banks").
  const whose = ws[ws.indexOf(head) + 1]?.lower
  const people = GROUP_WORDS.has(head.lower) && /s$/.test(head.lower) && !NOT_PEOPLE.has(head.lower)
  const end = whose === 'of' && people ? (ws[last] as Word) : head
  // "a number of economic experts": the experts.
  while (QUANTITY.has((ws[first] as Word).lower) && ws[first + 1]?.lower === 'of' && first + 2 <= ws.indexOf(head))
    first += 2
  let phrase = blank.slice((ws[first] as Word).start, end.end).replace(/\s+/g, ' ')
  // "Traders said" at the start of a sentence are the same traders as "traders said".
  const opening = ws[first] as Word
  if ((GROUP_WORDS.has(opening.lower) || ROLE_WORDS.has(opening.lower)) && !PARTY_MEMBERS.has(opening.lower))
    phrase = opening.lower + phrase.slice(opening.text.length)
  return { type: 'group', phrase, head: head.lower, definite }
}

/** A company by its trade: "the Swedish carmaker", "the Swiss-based pharmaceutical giant" (not "the Chinese journalist"). */
// prettier-ignore
const TRADE_KINDS = new Set([
  'company', 'firm', 'group', 'concern', 'giant', 'maker', 'carmaker', 'automaker', 'producer', 'manufacturer',
  'airline', 'carrier', 'insurer', 'retailer', 'refiner', 'brewer', 'bank', 'utility', 'conglomerate',
])

/** "the investment banker", "the merchant banker", "the central banker": a firm or a governor, not one of a group. */
const FIRMS_TRADES = new Set(['investment', 'merchant', 'central'])

/** "a number of economic experts", "a majority of members": how many, not who. */
const QUANTITY = new Set(['number', 'majority', 'minority', 'group', 'handful', 'couple', 'host'])
/** Plural words among GROUP_WORDS that are not people: "the survey of public opinion" ends at "survey". */
const NOT_PEOPLE = new Set(['authorities', 'industry', 'unions', 'companies', 'firms'])

/** Verbs that are never nouns: "the budget forecast of …" is no one speaking. */
// prettier-ignore
const SURELY_SPEECH = new Set([
  'said', 'says', 'told', 'added', 'noted', 'stated', 'explained', 'stressed', 'warned', 'reiterated', 'argued',
  'announced', 'confirmed', 'reported', 'cautioned', 'predicted', 'concluded', 'insisted', 'acknowledged',
])

/** The article opens a sentence or a clause ("…, the trust said"): the phrase after it is the verb's subject. */
function opensClause(blank: string, ws: Word[], article: Word): boolean {
  const at = ws.indexOf(article)
  if (at <= 0) return true
  return /[,.;:!?|]\s*$/.test(blank.slice((ws[at - 1] as Word).end, article.start))
}

/** Words for a paper: with a name before them they are that body, without one a reference. */
const MEDIA = new Set(['newspaper', 'daily', 'gazette', 'weekly', 'paper', 'magazine'])
/** "The company, …, said", "The newspaper, quoting …, said": a definite word that points back at a body. */
export const REFERRING = new Set([...MEDIA, 'company', 'firm', 'bank', 'agency', 'group'])

/** The capitalised words naming a paper, its head word too when capitalised ("People's Daily"). */
function paperName(ws: Word[], blank: string, first: number, head: number): string | null {
  let from = (ws[head] as Word).cap ? head + 1 : head
  while (from > first && (ws[from - 1] as Word).cap && !DETERMINERS.has((ws[from - 1] as Word).lower)) from--
  // "People's Daily": a capitalised possessive right before the description is part of the name.
  const before = ws[from - 1]
  if (from === first && before?.cap && before.possessive && joined(blank, before, ws[from] as Word)) from--
  const last = (ws[head] as Word).cap ? head : head - 1
  return last >= from
    ? ws
        .slice(from, last + 1)
        .map((w) => w.text)
        .join(' ')
    : null
}

/** What a company is by its trade: "the maker of foam cups", "the operator of the pipeline". */
const TRADES = new Set(['maker', 'manufacturer', 'producer', 'operator', 'owner', 'publisher', 'supplier', 'builder'])

/**
 * "The maker of foam cups, food containers and other products said": a sentence opening with a company's
 * trade ("the maker of …") up to its verb (word `verb`) points back at the company; none otherwise.
 */
export function tradeReference({ ws }: Reading, start: number, verb: number): Subject {
  const [the, trade, of] = [ws[start], ws[start + 1], ws[start + 2]]
  const opens = the?.lower === 'the' && trade && TRADES.has(trade.lower) && !trade.cap && of?.lower === 'of'
  return opens && verb - start < 12 && SURELY_SPEECH.has((ws[verb] as Word).lower)
    ? { type: 'reference' }
    : { type: 'none' }
}
