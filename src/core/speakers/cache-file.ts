// The speaker attribution cache's file: lines of JSON, compact so that 21k articles stay a few MB, and each
// line parsed on its own so a slice of them at a time keeps the event loop turning (one JSON text scanned in
// slices took ten times its JSON.parse: it is almost all small arrays):
//   {"format":2,"rules":"…"}
//   [[kind, name], …]                                   every speaker named, numbered by place
//   [id, fingerprint, paragraphs, aliases, headings]     one line per article
// `paragraphs` is flat, [index, name, index, name, …] in the attribution's own order, a name being its number
// (-1: nobody speaks there); `aliases` is [[name, [form, …]], …]; `headings` the section headings' indexes.
import { hash } from 'node:crypto'
import type { Article } from '../../shared/types'
import { SliceClock } from '../slices/turn'
import type { Speaker, SpeakerKind } from './kind'
import { headingSet, type ArticleSpeakers } from './names'

/** Bump when the layout of the file changes (2: the section headings, so the ledger parses no body). */
export const SPEAKER_CACHE_FORMAT = 2

type Row = [
  id: string,
  fingerprint: string,
  paragraphs: number[],
  aliases: Array<[number, string[]]>,
  headings: number[],
]

export interface CachedSpeakers {
  fingerprint: string
  speakers: ArticleSpeakers
}

/** What a file holds: its format and rules, and the attributions (null when format or rules are not ours). */
export interface DecodedCache {
  format: number
  rules: string
  entries: Map<string, CachedSpeakers> | null
}

/** Names what attribution reads of an article: its body and its paragraphs (ranges, kinds, sections). */
export function speakerFingerprint(a: Article): string {
  let ranges = ''
  for (const p of a.paragraphs)
    ranges += `${p.index},${p.start},${p.end},${p.kind},${p.section ?? ''},${p.headline ? 1 : 0};`
  return hash('sha1', `${a.body}\u0000${ranges}`, 'base64url').slice(0, 20)
}

const KINDS: ReadonlySet<string> = new Set<SpeakerKind>(['person', 'organisation', 'role'])

/** The file's text for `items` (each article's id, fingerprint and attribution), built a slice at a time. */
export async function encodeSpeakerCache(
  rules: string,
  items: Iterable<{ id: string; fingerprint: string; speakers: ArticleSpeakers }>,
): Promise<string> {
  const clock = new SliceClock()
  const names: Array<[SpeakerKind, string]> = []
  const numbers = new Map<string, number>()
  const number = (kind: SpeakerKind, name: string) => {
    const k = `${kind}\u0000${name}`
    let n = numbers.get(k)
    if (n === undefined) {
      n = names.length
      names.push([kind, name])
      numbers.set(k, n)
    }
    return n
  }
  const rows: string[] = []
  for (const { id, fingerprint, speakers } of items) {
    const paragraphs: number[] = []
    const kindOf = new Map<string, SpeakerKind>()
    for (const [index, speaker] of speakers.byParagraph) {
      paragraphs.push(index, speaker ? number(speaker.kind, speaker.name) : -1)
      if (speaker) kindOf.set(speaker.name, speaker.kind)
    }
    // Aliases are by canonical name; every name that has them speaks somewhere in the article.
    const aliases: Array<[number, string[]]> = []
    for (const [name, forms] of speakers.aliases) {
      const kind = kindOf.get(name)
      if (kind && forms.length) aliases.push([number(kind, name), forms])
    }
    rows.push(JSON.stringify([id, fingerprint, paragraphs, aliases, [...speakers.headings]] satisfies Row))
    await clock.pause()
  }
  return [JSON.stringify({ format: SPEAKER_CACHE_FORMAT, rules }), JSON.stringify(names), ...rows, ''].join('\n')
}

/** What `text` holds, or null when it is not a speaker cache (unparsable or not shaped like one). */
export async function decodeSpeakerCache(text: string, rules: string): Promise<DecodedCache | null> {
  const file = openSpeakerCache(text, rules)
  if (!file?.rows) return file && { format: file.format, rules: file.rules, entries: null }
  const clock = new SliceClock()
  const entries = new Map<string, CachedSpeakers>()
  for (const row of file.rows) {
    const entry = decodeRow(parseLine(row), file.names)
    if (!entry) return null
    entries.set(entry.id, entry.cached)
    await clock.pause()
  }
  return { format: file.format, rules: file.rules, entries }
}

/** A file's header checked and its names read, its rows left as text (null rows: not our format or rules). */
interface OpenedCache {
  format: number
  rules: string
  names: Array<Speaker | null>
  rows: string[] | null
}

function openSpeakerCache(text: string, rules: string): OpenedCache | null {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  const [head, names, ...rows] = lines
  const parsed = parseLine(head)
  if (!parsed || typeof parsed !== 'object') return null
  const { format, rules: theirs } = parsed as Record<string, unknown>
  if (typeof format !== 'number' || typeof theirs !== 'string') return null
  if (format !== SPEAKER_CACHE_FORMAT || theirs !== rules) return { format, rules: theirs, names: [], rows: null }
  const table = parseLine(names)
  if (!Array.isArray(table)) return null
  const speakers: Array<Speaker | null> = table.map((n: unknown) =>
    Array.isArray(n) && KINDS.has(n[0] as string) && typeof n[1] === 'string'
      ? { kind: n[0] as SpeakerKind, name: n[1] }
      : null,
  )
  return { format, rules: theirs, names: speakers, rows }
}

/**
 * The rows of a file of our format and rules by article id, each decoded only when asked for (a search on a
 * warm start takes the few hundred articles it needs without decoding 21k rows); null when it is not one.
 */
export class SpeakerCacheRows {
  readonly #names: Array<Speaker | null>
  readonly #rows = new Map<string, string>()

  private constructor(file: OpenedCache & { rows: string[] }) {
    this.#names = file.names
    for (const row of file.rows) {
      const id = rowId(row)
      if (id !== undefined) this.#rows.set(id, row)
    }
  }

  static open(text: string, rules: string): SpeakerCacheRows | null {
    const file = openSpeakerCache(text, rules)
    return file?.rows ? new SpeakerCacheRows({ ...file, rows: file.rows }) : null
  }

  /** The article's row, or undefined when the file has none for it or that row is damaged. */
  get(id: string): CachedSpeakers | undefined {
    const row = this.#rows.get(id)
    const entry = row === undefined ? null : decodeRow(parseLine(row), this.#names)
    return entry?.id === id ? entry.cached : undefined
  }
}

/** The id a row starts with (`["<id>",…`), read without parsing the row; undefined when it does not start so. */
function rowId(row: string): string | undefined {
  const end = row.indexOf('"', 2)
  if (!row.startsWith('["') || end === -1) return undefined
  const raw = row.slice(2, end)
  // Ids are plain text as a rule; one with an escape in it is read by parsing its row.
  if (!raw.includes('\\')) return raw
  const parsed = parseLine(row)
  return Array.isArray(parsed) && typeof parsed[0] === 'string' ? parsed[0] : undefined
}

/** The line's value, or undefined when it is not JSON (a file cut short). */
function parseLine(line: string | undefined): unknown {
  try {
    return line === undefined ? undefined : JSON.parse(line)
  } catch {
    return undefined
  }
}

function decodeRow(row: unknown, names: Array<Speaker | null>): { id: string; cached: CachedSpeakers } | null {
  if (!Array.isArray(row) || row.length !== 5) return null
  const [id, fingerprint, paragraphs, aliases, headings] = row as unknown[]
  if (typeof id !== 'string' || typeof fingerprint !== 'string') return null
  if (!Array.isArray(paragraphs) || paragraphs.length % 2 !== 0 || !Array.isArray(aliases)) return null
  if (!Array.isArray(headings) || !headings.every((h) => typeof h === 'number')) return null
  const byParagraph = new Map<number, Speaker | null>()
  for (let i = 0; i < paragraphs.length; i += 2) {
    const index = paragraphs[i] as unknown
    const n = paragraphs[i + 1] as unknown
    if (typeof index !== 'number' || typeof n !== 'number') return null
    const speaker = n === -1 ? null : names[n]
    if (speaker === undefined || (n !== -1 && !speaker)) return null
    // A copy per paragraph, as attribution gives: nothing shares one object between articles.
    byParagraph.set(index, speaker && { name: speaker.name, kind: speaker.kind })
  }
  const formsOf = new Map<string, string[]>()
  for (const alias of aliases as unknown[]) {
    if (!Array.isArray(alias) || typeof alias[0] !== 'number' || !Array.isArray(alias[1])) return null
    const speaker = names[alias[0]]
    const forms = alias[1] as unknown[]
    if (!speaker || !forms.every((f) => typeof f === 'string')) return null
    formsOf.set(speaker.name, forms as string[])
  }
  // As attribution gives them: every speaking name has a list (empty when no other form), in paragraph order.
  const byName = new Map<string, string[]>()
  for (const speaker of byParagraph.values())
    if (speaker && !byName.has(speaker.name)) byName.set(speaker.name, formsOf.get(speaker.name) ?? [])
  const speakers = { byParagraph, aliases: byName, headings: headingSet(headings as number[]) }
  return { id, cached: { fingerprint, speakers } }
}
