// One canonical name per speaker per article: a person by the fullest name the article gives ("Peskov" →
// "Dmitry Peskov"), a body by its full name ("Kodak" → "Eastman Kodak Co", "GM" → "General Motors Corp",
// "the Bank" → "Bank of England"). Every other form the article uses is kept as an alias.
import { isPlace, looksLikePerson, type Speaker } from './kind'
import type { Run } from './parse'
import { ABBREVIATION } from './quotes'
import type { KnownNames } from './known'
import { personLike } from './resolve'

export interface ArticleSpeakers {
  byParagraph: Map<number, Speaker | null>
  /** Canonical name → the other forms the article uses ("Peskov", "Kremlin spokesman Dmitry Peskov"). */
  aliases: Map<string, string[]>
  /**
   * The section headings among the paragraphs (not the headline): kept with the speakers so that the ledger,
   * which files no heading as a statement, need not parse the body to know (cache-file.ts stores them too).
   */
  headings: ReadonlySet<number>
}

/** The headings of nearly every article: one set for all (21k of them survive every collection of a warm start). */
export const NO_HEADINGS: ReadonlySet<number> = new Set()

export const headingSet = (indexes: readonly number[]): ReadonlySet<number> =>
  indexes.length ? new Set(indexes) : NO_HEADINGS

const LINK_WORDS = new Set(['and', 'of', '&', 'the', 'et', 'de'])
const words = (name: string) => name.split(/[\s,-]+/).filter(Boolean) // "Spear, Leeds and Kellogg"
const bare = (name: string) => name.replace(/^the\s+/i, '').replace(/'s$/, '')

/** "GM" for "General Motors Corp", "S and P" for "Standard and Poor's Corp", "FNMA" for the Association. */
function initialsOf(name: string): string {
  return words(name)
    .filter((w) => !LINK_WORDS.has(w.toLowerCase()) && !/^(?:inc|corp|co|ltd|plc|ag|sa|nv)$/i.test(w))
    .map((w) => w[0])
    .join('')
    .toUpperCase()
}

const SUFFIX = /\s(?:inc|corp|co|ltd|plc|ag|sa|nv|llc|gmbh|l\.p|n\.v|f\.s\.b|f\.a)\.?$/i
const hasSuffix = (name: string) => SUFFIX.test(name)
/** A company's name without its suffix, lower case: "Noranda Inc" → "noranda". */
const core = (name: string) => bare(name).replace(SUFFIX, '').toLowerCase()

/** A longer name that the short one is part of, or the initials of. */
function expands(short: string, full: string): boolean {
  if (short === full) return false
  const s = words(bare(short)).map((w) => w.toLowerCase())
  const f = words(bare(full)).map((w) => w.toLowerCase().replace(/'s$/, ''))
  // "Bank of Canada" is not "Continental Bank of Canada": a body named with "of" is another with a name before it.
  const before = bare(full).slice(0, -bare(short).length).trim().split(/\s+/).filter(Boolean)
  const other = / of /.test(short) && bare(full).endsWith(` ${bare(short)}`) && before.some((w) => !placeWord(w))
  if (s.length < f.length && s.every((w) => f.includes(w.replace(/'s$/, ''))) && !other) return true
  const letters = s
    .filter((w) => !LINK_WORDS.has(w))
    .join('')
    .toUpperCase()
  return letters.length >= 2 && letters === initialsOf(full)
}

/** "Japan's", "U.S.", "West German": where a body is from, not its name. */
const placeWord = (w: string) =>
  /['\u2019]s$/.test(w) || isPlace(w.replace(/\.$/, '')) || /^(?:U\.?S|West|East|North|South)$/.test(w)

/** "Bank of England", "Ministry of Trade and Industry": bodies named with "of", which no single run holds. */
const BODY_OF =
  /\b(?:[A-Z][\w.&'-]*\s+)*(?:Bank|Exchange|Department|Ministry|Board|Commission|Office|Council|Association|Institute|Agency|Federation|Union|Court|Chamber|Bureau)\s+of\s+(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?(?:\s+(?:and|&)\s+[A-Z][\w.'-]*(?![\w.'-]*\s+(?:[A-Z][\w.'-]*\s+)*(?:Bank|Department|Ministry|Board|Commission|Office|Council|Corp|Inc|Co|Ltd)\b))?/g

const LINKING = /^(?:of|and|for|de|des|du|la|&)$/

/** "Credit Lyonnais (CL)", "The U.S. Agriculture Department (USDA)": each abbreviation and the name it stands for. */
export function abbreviations(texts: readonly string[]): Map<string, string> {
  const found = new Map<string, string>()
  for (const text of texts)
    for (const m of text.matchAll(ABBREVIATION)) {
      const before = text
        .slice(Math.max(0, m.index - 100), m.index)
        .split(/\s+/)
        .filter(Boolean)
      let from = before.length
      while (from > 0 && (/^\p{Lu}/u.test(before[from - 1] as string) || LINKING.test(before[from - 1] as string)))
        from--
      while (from < before.length && LINKING.test(before[from] as string)) from++
      const name = bare(before.slice(from).join(' '))
      const abbreviation = m[0].slice(1, -1)
      if (abbreviation.includes('-')) continue // "(D-Neb.)" is a senator's party and state
      if (name && name.includes(' ') && name[0] === abbreviation[0] && !found.has(abbreviation))
        found.set(abbreviation, name)
    }
  return found
}

/** "USAir" in "TWA and USAir" or "USAir and Piedmont Aviation Inc": one of two bodies named together. */
function partOfJoint(short: string, joint: string): boolean {
  const parts = joint.split(hasSuffix(joint) ? /,\s+(?:The\s+)?|\s+(?:and|&)\s+/ : /\s+(?:and|&)\s+/) // "A Inc, B Corp and C Inc"
  // "Deere and Co" is one company.
  // "Texaco" in "Texaco Inc and Pennzoil Co" is one of the two, by its name without the suffix.
  // "Ford" in "General Motors Corp and Ford Motor Co" (two companies, each with its suffix) is the one it begins.
  const two = parts.every((p) => hasSuffix(p) && p.includes(' '))
  const begins = (p: string) => two && core(p).startsWith(`${short.toLowerCase()} `)
  const named = (p: string) => p === short || core(p) === short.toLowerCase() || begins(p)
  return parts.length >= 2 && parts.some(named) && !parts.some((p) => SUFFIX.test(` ${p}`) && !p.includes(' '))
}

export function canonicalNames(
  speakers: Map<number, Speaker | null>,
  runs: Run[],
  whole: KnownNames,
  texts: readonly string[] = [],
): Omit<ArticleSpeakers, 'headings'> {
  const fullPersons: string[] = []
  const personForms = new Map<string, string[]>()
  for (const run of runs) {
    // "GM's Stempel": the name starts after the owner, and one word left is no full name.
    const nameWords = run.nameWords.slice(run.nameWords.findLastIndex((w) => /'s$/.test(w)) + 1)
    if (!personLike(run, whole) || nameWords.length < 2) continue
    // "Democrat William Proxmire": the name starts at the given name.
    // ("Cor van der Klugt": a particle is no given name.)
    const given = nameWords.findIndex(
      (w, i) => i < nameWords.length - 1 && /^\p{Lu}/u.test(w) && looksLikePerson([w, 'X']),
    )
    const full = nameWords.slice(Math.max(0, given)).join(' ')
    if (!fullPersons.includes(full)) fullPersons.push(full)
    const forms = personForms.get(full) ?? []
    if (run.written !== full && !forms.includes(run.written)) forms.push(run.written)
    personForms.set(full, forms)
  }
  const bodies = [
    ...new Set([
      ...[...speakers.values()].filter((s) => s?.kind === 'organisation').map((s) => bare((s as Speaker).name)),
      ...runs.filter((r) => r.body && r.proper).map((r) => bare(r.body as string)),
      // "a unit of Northeast Utilities": a name of two words or more that is no person's, for a later "Northeast".
      ...runs
        .filter((r) => !r.role.length && r.nameWords.length >= 2 && !personLike(r, whole) && !r.possessive)
        .map((r) => r.nameWords.join(' ')),
      ...texts.flatMap((t) => [...t.matchAll(BODY_OF)].map((m) => bare(m[0].replace(/\s+/g, ' ')))),
    ]),
  ]
  // "Texaco Inc and Pennzoil Co": each company of two named together, for a later "Texaco".
  for (const body of [...bodies]) {
    const parts = body.split(/,\s+(?:The\s+)?|\s+(?:and|&)\s+/)
    if (parts.length >= 2 && parts.every((p) => hasSuffix(p) && p.includes(' ')))
      for (const part of parts) if (!bodies.includes(part)) bodies.push(part)
  }

  // As the speakers were written before the verb: "Dome Petroleum Ltd's plan" elsewhere is a possessive.
  const written = new Set(
    [...speakers.values()].filter((s) => s?.kind === 'organisation').map((s) => (s as Speaker).name),
  )
  const abbreviated = abbreviations(texts)
  const speaking = new Set(
    [...speakers.values()].filter((s) => s?.kind === 'organisation').map((s) => bare((s as Speaker).name)),
  )
  const canonical = new Map<string, string>()
  const nameOf = (speaker: Speaker): string => {
    const key = `${speaker.kind}|${speaker.name}`
    let name = canonical.get(key)
    if (name !== undefined) return name
    // "UNCTAD's spokesman", "Boeing's spokesman": a body's spokesman as "Boeing spokesman" ("Aquino's spokesman" stays).
    const owned =
      speaker.kind === 'role' ? /^(\p{Lu}[^\s']*)'s (spokes(?:man|woman|person))$/u.exec(speaker.name) : null
    const body = owned && !whole.persons.has(owned[1] as string) && !fullPersons.some((p) => p.endsWith(` ${owned[1]}`))
    name = body ? `${owned[1] as string} ${owned[2] as string}` : speaker.name
    // "Schering spokesman" after "Schering said" in a story about Schering-Plough Corp: the company a spokesman
    // is named by, in full ("EC spokesman" stays as written: only a company's name with its suffix is filled in).
    const spokesman = speaker.kind === 'role' ? /^(\p{Lu}\S*) (spokes(?:man|woman|person))$/u.exec(name) : null
    const company = spokesman && nameOf({ name: spokesman[1] as string, kind: 'organisation' })
    // ("A Dominion spokesman" is not "Asher Edelman and Dominion Textiles Inc": the name must begin so or be its initials.)
    const short = spokesman?.[1]?.toLowerCase() ?? ''
    const begins = company && (company.toLowerCase().startsWith(short) || initialsOf(company) === short.toUpperCase())
    if (spokesman && company && hasSuffix(company) && begins) name = `${company} ${spokesman[2] as string}`
    else if (speaker.kind === 'person' && !name.includes(' ')) {
      // ("De Kock" at a sentence's start is the "Gerhard de Kock" named in full: the shorter form is dropped.)
      const full = fullPersons.filter(
        (p, _, all) =>
          p.split(' ').at(-1) === name && !all.some((q) => q !== p && q.toLowerCase().endsWith(` ${p.toLowerCase()}`)),
      )
      // "Kim" for "Kim Mahn-je", "Dharyono" for "Dharyono Kertosastro": a word of one full name only.
      const within = full.length ? full : fullPersons.filter((p) => p.split(' ').includes(name as string))
      if (within.length === 1) name = within[0] as string
    } else if (speaker.kind === 'organisation') {
      // The longest form that has every word of it, first named first: "Bank" → "Bank of England". A company's
      // own name ("Noranda Inc") is not another's ("Noranda Forest Inc"); "Noranda" is first the one that is
      // only it with a suffix, then a body that speaks elsewhere in the story, then the longest.
      const short = abbreviated.get(name) ?? name
      const longer = bodies.filter(
        (b) =>
          expands(short, b) && (!hasSuffix(short) || b.endsWith(` ${bare(short)}`)) && !partOfJoint(bare(short), b),
      )
      const rank = (b: string) => (core(b) === core(short) ? 2 : 0) + (speaking.has(b) ? 1 : 0)
      const best = longer.sort((a, b) => rank(b) - rank(a) || words(b).length - words(a).length)[0]
      // "Dome" → "Dome Petroleum" (which speaks) → "Dome Petroleum Ltd": the name with its suffix.
      const suffixed = best && !hasSuffix(best) ? bodies.find((b) => hasSuffix(b) && core(b) === core(best)) : undefined
      name = suffixed ?? best ?? bare(short)
      // "Standard and Poor's", "Moody's": a name the story only ever writes with its "'s" keeps it.
      if (written.has(`${name}'s`) && !written.has(name) && !hasSuffix(name)) name = `${name}'s`
    }
    canonical.set(key, name)
    return name
  }

  const byParagraph = new Map<number, Speaker | null>()
  const aliases = new Map<string, string[]>()
  for (const [index, speaker] of speakers) {
    if (!speaker) {
      byParagraph.set(index, null)
      continue
    }
    const name = nameOf(speaker)
    byParagraph.set(index, { name, kind: speaker.kind })
    const list = aliases.get(name) ?? []
    for (const form of [speaker.name, ...(personForms.get(name) ?? [])])
      if (form !== name && !list.includes(form)) list.push(form)
    aliases.set(name, list)
  }
  return { byParagraph, aliases }
}
