// Every speaker of a library: one entry per person, body or described group, with aliases, statements and
// dates, and each speaker's statements in date order. Built from the per-article attributions (speaker.ts)
// with the user's corrections laid over them; a surname is merged into the one full name the library gives.
import { compareByDate } from '../../shared/dates'
import type { Article, SpeakerEntry, SpeakerStatement } from '../../shared/types'
import type { Speaker, SpeakerKind } from './kind'

export type { SpeakerEntry }
import { attributionsOf } from './speaker'

export type Statement = SpeakerStatement

/** The speaker the user gave a paragraph (null: nobody speaks there), by article id and paragraph. */
export type SpeakerOverrides = ReadonlyMap<string, ReadonlyMap<number, Speaker | null>>

export const renameKey = (kind: SpeakerKind, name: string) => key(kind, name)
const key = (kind: SpeakerKind, name: string) => `${kind}\u0000${name.toLowerCase()}`

export class SpeakerLedger {
  readonly #entries = new Map<string, SpeakerEntry>()
  readonly #statements = new Map<string, Statement[]>()
  /** Lower-case name or alias → entry keys. */
  readonly #names = new Map<string, Set<string>>()

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
      const byParagraph = new Map(read.byParagraph)
      for (const [paragraph, speaker] of corrected ?? []) byParagraph.set(paragraph, speaker)
      for (const [paragraph, speaker] of byParagraph) {
        if (!speaker) continue
        const confirmed = corrected?.has(paragraph) ?? false
        found.push({
          article,
          paragraph,
          speaker,
          aliases: confirmed ? [] : (read.aliases.get(speaker.name) ?? []),
          confirmed,
        })
      }
    }
    // "Reagan" in one story and "Ronald Reagan" in another are one person when the library has one such full name.
    const fullNames = new Map<string, Set<string>>()
    for (const { speaker } of found)
      if (speaker.kind === 'person' && speaker.name.includes(' ')) {
        const surname = (speaker.name.split(' ').at(-1) as string).toLowerCase()
        fullNames.set(surname, (fullNames.get(surname) ?? new Set()).add(speaker.name))
      }
    for (const item of found) {
      let { name } = item.speaker
      const aliases = [...item.aliases]
      if (item.speaker.kind === 'person' && !name.includes(' ')) {
        const full = fullNames.get(name.toLowerCase())
        if (full?.size === 1) {
          aliases.push(name)
          name = [...full][0] as string
        }
      }
      const renamed = renames.get(key(item.speaker.kind, name))
      if (renamed !== undefined && renamed !== name) {
        aliases.push(name)
        name = renamed
      }
      ledger.#add({ name, kind: item.speaker.kind }, aliases, item.article, item.paragraph, item.confirmed)
    }
    for (const list of ledger.#statements.values()) list.sort(byStatementDate)
    return ledger
  }

  #add(speaker: Speaker, aliases: string[], article: Article, paragraph: number, confirmed: boolean): void {
    const k = key(speaker.kind, speaker.name)
    let entry = this.#entries.get(k)
    if (!entry) {
      entry = { name: speaker.name, kind: speaker.kind, aliases: [], count: 0, first: null, last: null, sources: [] }
      this.#entries.set(k, entry)
      this.#statements.set(k, [])
      this.#index(speaker.name, k)
    }
    for (const alias of aliases)
      if (![entry.name, ...entry.aliases].some((known) => known.toLowerCase() === alias.toLowerCase())) {
        entry.aliases.push(alias)
        this.#index(alias, k)
      }
    entry.count++
    const date = article.date
    if (date && (!entry.first || date < entry.first)) entry.first = date
    if (date && (!entry.last || date > entry.last)) entry.last = date
    if (article.source && !entry.sources.includes(article.source)) entry.sources.push(article.source)
    const p = article.paragraphs[paragraph]
    const text = p ? article.body.slice(p.start, p.end).replace(/\s+/g, ' ').trim() : ''
    const statement: Statement = {
      articleId: article.id,
      date,
      source: article.source,
      title: article.title,
      paragraph,
      text,
    }
    if (confirmed) statement.confirmed = true
    this.#statements.get(k)?.push(statement)
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

  /** A speaker's statements, oldest first; within `paragraphs` ("articleId¶index" keys) when given. */
  timeline(entry: Pick<SpeakerEntry, 'name' | 'kind'>, paragraphs?: ReadonlySet<string>): Statement[] {
    const all = this.#statements.get(key(entry.kind, entry.name)) ?? []
    return paragraphs ? all.filter((s) => paragraphs.has(paragraphKey(s.articleId, s.paragraph))) : [...all]
  }
}

export const paragraphKey = (articleId: string, paragraph: number) => `${articleId}\u00b6${paragraph}`

const byStatementDate = (a: Statement, b: Statement) =>
  compareByDate({ id: a.articleId, date: a.date, title: a.title }, { id: b.articleId, date: b.date, title: b.title }) ||
  a.paragraph - b.paragraph
