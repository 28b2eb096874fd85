// Every speaker of a library: one entry per person, body or described group, with aliases, statements and
// dates, and each speaker's statements in date order. Built from the per-article attributions (speaker.ts)
// with the user's corrections laid over them; a surname is merged into the one full name the library gives.
import { compareByDate } from '../../shared/dates'
import type { Article, SpeakerEntry, SpeakerStatement } from '../../shared/types'
import type { Speaker, SpeakerKind } from './kind'

export type { SpeakerEntry }
import { attributionsOf } from './speaker'
import { SliceClock, turn } from '../slices/turn'

/** Articles or statements between two chances to take a turn (buildInSlices). */
const STEP = 64

export type Statement = SpeakerStatement

/** A statement as the ledger keeps it: its text is read from the article when a timeline first asks. */
interface Said {
  article: Article
  paragraph: number
  confirmed: boolean
  statement?: Statement
}

/** The speaker the user gave a paragraph (null: nobody speaks there), by article id and paragraph. */
export type SpeakerOverrides = ReadonlyMap<string, ReadonlyMap<number, Speaker | null>>

export const renameKey = (kind: SpeakerKind, name: string) => key(kind, name)
const key = (kind: SpeakerKind, name: string) => `${kind}\u0000${name.toLowerCase()}`

export class SpeakerLedger {
  readonly #entries = new Map<string, SpeakerEntry>()
  readonly #statements = new Map<string, Said[]>()
  /** Lower-case name or alias → entry keys. */
  readonly #names = new Map<string, Set<string>>()
  /** Entry key → its name and aliases in lower case: an alias is added once (a lookup, not a scan per statement). */
  readonly #known = new Map<string, Set<string>>()
  /** The speaker each paragraph is filed under ("articleId¶index"), merged and renamed: its entry, not a copy. */
  readonly #byParagraph = new Map<string, SpeakerEntry>()

  /**
   * `renames` maps a speaker (by `renameKey`) to the name the user gave it; an existing name there merges
   * the two, the old name kept as an alias.
   */
  static build(
    articles: Iterable<Article>,
    overrides: SpeakerOverrides = new Map(),
    renames: ReadonlyMap<string, string> = new Map(),
  ): SpeakerLedger {
    const ledger = new SpeakerLedger()
    const steps = ledger.#fill(articles, overrides, renames)
    while (!steps.next().done); // all in one go
    return ledger
  }

  /** The same, a slice at a time with a turn of the event loop between (21k articles take most of a second). */
  static async buildInSlices(
    articles: Iterable<Article>,
    overrides: SpeakerOverrides = new Map(),
    renames: ReadonlyMap<string, string> = new Map(),
  ): Promise<SpeakerLedger> {
    const ledger = new SpeakerLedger()
    await turn() // not in the task that asked
    const clock = new SliceClock()
    for (const steps = ledger.#fill(articles, overrides, renames); !steps.next().done;) await clock.pause()
    return ledger
  }

  /** Builds the ledger, yielding every STEP items so that a caller may take a turn of the event loop. */
  *#fill(articles: Iterable<Article>, overrides: SpeakerOverrides, renames: ReadonlyMap<string, string>): Generator {
    let done = 0
    const found: Array<{
      article: Article
      paragraph: number
      speaker: Speaker
      aliases: string[]
      confirmed: boolean
    }> = []
    for (const article of articles) {
      const read = attributionsOf(article)
      const corrected = overrides.get(article.id)
      let byParagraph = read.byParagraph
      if (corrected) {
        byParagraph = new Map(byParagraph)
        for (const [paragraph, speaker] of corrected) byParagraph.set(paragraph, speaker)
      }
      for (const [paragraph, speaker] of byParagraph) {
        if (!speaker) continue
        const confirmed = corrected?.has(paragraph) ?? false
        if (!confirmed && read.headings.has(paragraph)) continue
        found.push({
          article,
          paragraph,
          speaker,
          aliases: confirmed ? [] : (read.aliases.get(speaker.name) ?? []),
          confirmed,
        })
      }
      if (++done % STEP === 0) yield
    }
    // "Reagan" in one story and "Ronald Reagan" in another are one person when the library has one such full name.
    const fullNames = new Map<string, Set<string>>()
    for (const { speaker } of found) {
      if (speaker.kind === 'person' && speaker.name.includes(' ')) {
        const surname = (speaker.name.split(' ').at(-1) as string).toLowerCase()
        fullNames.set(surname, (fullNames.get(surname) ?? new Set()).add(speaker.name))
      }
      if (++done % STEP === 0) yield // 53k statements on Reuters: 14-16 ms in one go
    }
    for (const item of found) {
      let { name } = item.speaker
      let aliases = item.aliases
      if (item.speaker.kind === 'person' && !name.includes(' ')) {
        const full = fullNames.get(name.toLowerCase())
        if (full?.size === 1) {
          aliases = [...aliases, name]
          name = full.values().next().value as string
        }
      }
      const renamed = renames.size ? renames.get(key(item.speaker.kind, name)) : undefined
      if (renamed !== undefined && renamed !== name) {
        aliases = [...aliases, name]
        name = renamed
      }
      this.#add({ name, kind: item.speaker.kind }, aliases, item.article, item.paragraph, item.confirmed)
      if (++done % STEP === 0) yield
    }
    for (const list of this.#statements.values()) {
      list.sort(byStatementDate)
      if ((done += list.length) % STEP < list.length) yield
    }
  }

  #add(speaker: Speaker, aliases: string[], article: Article, paragraph: number, confirmed: boolean): void {
    const k = key(speaker.kind, speaker.name)
    let entry = this.#entries.get(k)
    if (!entry) {
      entry = { name: speaker.name, kind: speaker.kind, aliases: [], count: 0, first: null, last: null, sources: [] }
      this.#entries.set(k, entry)
      this.#statements.set(k, [])
      this.#known.set(k, new Set([speaker.name.toLowerCase()]))
      this.#index(speaker.name, k)
    }
    const known = this.#known.get(k) as Set<string>
    for (const alias of aliases)
      if (!known.has(alias.toLowerCase())) {
        known.add(alias.toLowerCase())
        entry.aliases.push(alias)
        this.#index(alias, k)
      }
    entry.count++
    const date = article.date
    if (date && (!entry.first || date < entry.first)) entry.first = date
    if (date && (!entry.last || date > entry.last)) entry.last = date
    if (article.source && !entry.sources.includes(article.source)) entry.sources.push(article.source)
    this.#statements.get(k)?.push({ article, paragraph, confirmed })
    this.#byParagraph.set(paragraphKey(article.id, paragraph), entry)
  }

  #index(name: string, k: string): void {
    const lower = name.toLowerCase()
    this.#names.set(lower, (this.#names.get(lower) ?? new Set()).add(k))
  }

  /** Every speaker, most statements first, then by name. */
  list(): SpeakerEntry[] {
    return [...this.#entries.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
  }

  /** The speaker a name or alias means ("Peskov" → Dmitry Peskov): the exact name first, else the one with most statements. */
  find(nameOrAlias: string): SpeakerEntry | null {
    const keys = this.#names.get(nameOrAlias.trim().toLowerCase())
    if (!keys?.size) return null
    const entries = [...keys].map((k) => this.#entries.get(k) as SpeakerEntry)
    const exact = entries.find((e) => e.name.toLowerCase() === nameOrAlias.trim().toLowerCase())
    return exact ?? (entries.sort((a, b) => b.count - a.count)[0] as SpeakerEntry)
  }

  /** The speaker a paragraph is filed under: "Peskov" there is "Dmitry Peskov" when the library names him so. */
  speakerAt(articleId: string, paragraph: number): Speaker | null {
    const entry = this.#byParagraph.get(paragraphKey(articleId, paragraph))
    return entry ? { name: entry.name, kind: entry.kind } : null
  }

  /** A speaker's statements, oldest first; within `paragraphs` ("articleId¶index" keys) when given. */
  timeline(entry: Pick<SpeakerEntry, 'name' | 'kind'>, paragraphs?: ReadonlySet<string>): Statement[] {
    const all = this.#statements.get(key(entry.kind, entry.name)) ?? []
    const within = paragraphs ? all.filter((s) => paragraphs.has(paragraphKey(s.article.id, s.paragraph))) : all
    return within.map((said) => (said.statement ??= statementOf(said)))
  }
}

export const paragraphKey = (articleId: string, paragraph: number) => `${articleId}\u00b6${paragraph}`

function statementOf({ article, paragraph, confirmed }: Said): Statement {
  const p = article.paragraphs[paragraph]
  const text = p ? article.body.slice(p.start, p.end).replace(/\s+/g, ' ').trim() : ''
  const { id: articleId, date, source, title } = article
  const statement: Statement = { articleId, date, source, title, paragraph, text }
  if (confirmed) statement.confirmed = true
  return statement
}

const byStatementDate = (a: Said, b: Said) => compareByDate(a.article, b.article) || a.paragraph - b.paragraph
