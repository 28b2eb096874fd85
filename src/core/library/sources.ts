// What can be imported, by file name: JSON Lines of stories, article files (.md/.txt with optional
// front matter, as in corpus/), and saved web pages (.html). Each becomes ImportRecords.
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, extname, join, relative } from 'node:path'
import type { Paragraph } from '../../shared/types'
import { parseArticleFile, segmentParagraphs } from '../corpus'
import { parseIsoDate } from '../../shared/dates'
import { htmlToText } from './html'
import { parseJsonLines, type ImportRecord, type ParsedImport } from './records'

export const IMPORT_FILE = /\.(jsonl|ndjson|md|markdown|txt|html?)$/i

/** A record whose paragraphs were already found (article files honour their front-matter overrides). */
export type SourceRecord = ImportRecord & { paragraphs?: Paragraph[] }

export interface ParsedSource extends ParsedImport {
  records: SourceRecord[]
}

export interface SourceOptions {
  /** Source for records that name none (a JSON Lines file of one agency's wire). */
  source?: string | null
  onLine?: (done: number, total: number) => void
}

/** A record's paragraphs: those its article file gave, else found in its body (wire text by its indents). */
export function recordParagraphs(record: SourceRecord): Paragraph[] {
  if (record.paragraphs) return record.paragraphs
  return record.body
    ? segmentParagraphs(record.body, { mode: record.wrapped ? 'wrapped' : 'auto', title: record.title })
    : []
}

function fromHtml(fileName: string, html: string, options: SourceOptions): ParsedSource {
  const page = htmlToText(html)
  const base = basename(fileName).replace(/\.html?$/i, '')
  if (!page.text && !page.title)
    return { records: [], problems: [{ file: fileName, reason: 'no readable text in the page' }] }
  const date = parseIsoDate(page.date)
  const record: ImportRecord = {
    id: base,
    title: page.title ?? base,
    body: page.text,
    date: date ?? null,
    source: page.source ?? options.source ?? null,
    dateline: null,
    language: page.language ?? 'en',
    origin: fileName,
    ...(date === undefined ? { dateBasis: `page date ${JSON.stringify(page.date)} could not be read` } : {}),
  }
  return { records: [record], problems: [] }
}

function fromArticleFile(fileName: string, text: string, options: SourceOptions): ParsedSource {
  const result = parseArticleFile(fileName, text)
  if (result.problem) return { records: [], problems: [result.problem] }
  const { paragraphCount: _count, alsoFiledAs: _also, duplicateOf: _dup, ...article } = result.article
  return { records: [{ ...article, source: article.source ?? options.source ?? null }], problems: [] }
}

/** The records in one file's text; the file name decides the format. */
export function parseSource(fileName: string, text: string, options: SourceOptions = {}): ParsedSource {
  const ext = extname(fileName).toLowerCase()
  if (ext === '.jsonl' || ext === '.ndjson') return parseJsonLines(fileName, text, options)
  if (ext === '.html' || ext === '.htm') return fromHtml(fileName, text, options)
  if (ext === '.md' || ext === '.markdown' || ext === '.txt') return fromArticleFile(fileName, text, options)
  return {
    records: [],
    problems: [
      { file: fileName, reason: `cannot import ${ext || 'a file without extension'}: use .jsonl, .md, .txt or .html` },
    ],
  }
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false })

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) found.push(...(await filesUnder(path)))
    else if (entry.isFile() && IMPORT_FILE.test(entry.name)) found.push(path)
  }
  return found.sort()
}

/** A file, or every importable file in a folder and its subfolders (named relative to the folder). */
export async function readSourcePath(path: string, options: SourceOptions = {}): Promise<ParsedSource> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(`cannot import ${path}: ${code === 'ENOENT' ? 'no such file or folder' : String(error)}`, {
      cause: error,
    })
  }
  if (!info.isDirectory()) return parseSource(basename(path), decoder.decode(await readFile(path)), options)
  const all: ParsedSource = { records: [], problems: [] }
  for (const file of await filesUnder(path)) {
    const parsed = parseSource(relative(path, file), decoder.decode(await readFile(file)), options)
    all.records.push(...parsed.records)
    all.problems.push(...parsed.problems)
  }
  return all
}
