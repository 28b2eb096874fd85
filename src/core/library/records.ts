// One imported story before it is segmented and stored: what every import format is read into.
import { createHash } from 'node:crypto'
import type { IsoDate, LoadProblem } from '../../shared/types'
import { parseIsoDate } from '../../shared/dates'
import { errorMessage } from '../../shared/errors'

export interface ImportRecord {
  id: string
  title: string
  body: string
  date: IsoDate | null
  source: string | null
  dateline: string | null
  language: string
  /** Import file name, with the line for JSON Lines. */
  origin: string
  dateBasis?: string
  places?: string[]
  topics?: string[]
  /** Who wrote it and the page it came from (saved web pages, feeds). */
  author?: string
  url?: string
  /** Hard-wrapped wire text (paragraphs start on indented lines) rather than one paragraph a line. */
  wrapped?: boolean
}

export interface ParsedImport {
  records: ImportRecord[]
  problems: LoadProblem[]
}

/** What identifies a story's content: two records with the same hash are the same story, byte for byte. */
export function contentHash(record: Pick<ImportRecord, 'title' | 'body' | 'date'>): string {
  return createHash('sha256')
    .update(`${record.title}\u0000${record.date ?? ''}\u0000${record.body}`)
    .digest('base64url')
    .slice(0, 22)
}

/** A title for a story that has none: its first sentence, cut at a word near 90 characters. */
export function titleFromBody(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim()
  const sentence = /^(.{10,}?[.!?])(?:\s|$)/.exec(flat)?.[1] ?? flat
  if (sentence.length <= 90) return sentence
  const cut = sentence.slice(0, 90)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`
}

const stringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined

const optionalString = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null

/** Why a parsed JSON value cannot be an article, or the record it makes. */
export function recordFromJson(
  value: unknown,
  origin: string,
  defaults: { source?: string | null } = {},
): ImportRecord | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object'
  const raw = value as Record<string, unknown>
  for (const key of ['title', 'body', 'dateline', 'source'] as const) {
    if (raw[key] !== undefined && raw[key] !== null && typeof raw[key] !== 'string') return `"${key}" is not a string`
  }
  if (raw.id !== undefined && typeof raw.id !== 'string' && typeof raw.id !== 'number') return '"id" is not a string'
  const body = typeof raw.body === 'string' ? raw.body.replace(/\r\n?/g, '\n') : ''
  const title = typeof raw.title === 'string' ? raw.title.replace(/\s+/g, ' ').trim() : ''
  if (!body.trim() && !title) return 'no title and no body'
  const date = parseIsoDate(raw.date)
  if (date === undefined) return `unparsable date ${JSON.stringify(raw.date)}`
  const record: ImportRecord = {
    id: '',
    title: title || titleFromBody(body),
    body,
    date,
    source: optionalString(raw.source) ?? defaults.source ?? null,
    dateline: optionalString(raw.dateline),
    language: optionalString(raw.language) ?? 'en',
    origin,
    wrapped: /\n[ \t]{2,}\S/.test(body),
  }
  const places = stringList(raw.places)
  const topics = stringList(raw.topics)
  if (places?.length) record.places = places
  if (topics?.length) record.topics = topics
  // Without an id, the content names the story, so importing the same file again finds it again.
  record.id =
    raw.id !== undefined && String(raw.id).trim() ? String(raw.id).trim() : `import-${contentHash(record).slice(0, 12)}`
  return record
}

/**
 * Every line of a JSON Lines file as a record; a line that is not one is listed with its number and reason,
 * and the rest still imports. Blank lines are allowed.
 */
export function parseJsonLines(
  fileName: string,
  text: string,
  options: { source?: string | null; onLine?: (done: number, total: number) => void } = {},
): ParsedImport {
  const lines = text.split('\n')
  const records: ImportRecord[] = []
  const problems: LoadProblem[] = []
  const seen = new Map<string, number>()
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim()
    const lineNo = i + 1
    if (i % 1000 === 0) options.onLine?.(i, lines.length)
    if (!line) continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      problems.push({
        file: fileName,
        line: lineNo,
        reason: `invalid JSON: ${errorMessage(error)}`,
      })
      continue
    }
    const record = recordFromJson(value, `${fileName}:${lineNo}`, options)
    if (typeof record === 'string') {
      problems.push({ file: fileName, line: lineNo, reason: record })
      continue
    }
    const first = seen.get(record.id)
    if (first !== undefined) {
      problems.push({ file: fileName, line: lineNo, reason: `id "${record.id}" already used on line ${first}` })
      continue
    }
    seen.set(record.id, lineNo)
    records.push(record)
  }
  options.onLine?.(lines.length, lines.length)
  return { records, problems }
}
