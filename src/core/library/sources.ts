// What can be imported, by file name: JSON Lines of stories, article files (.md/.txt with optional
// front matter, as in corpus/), saved web pages (.html), feeds (.rss/.atom/.xml) and PDFs. Each becomes ImportRecords.
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { basename, extname, join, relative } from 'node:path'
import type { LoadProblem, Paragraph } from '../../shared/types'
import { parseArticleFile, segmentParagraphs } from '../corpus'
import { parseFeedFile } from './feed/feed'
import { htmlRecord } from './html'
import { parsePdfFile } from './pdf/pdf'
import { parseJsonLines, type ImportRecord, type ParsedImport } from './records'

export const IMPORT_FILE = /\.(jsonl|ndjson|md|markdown|txt|x?html?|rss|atom|xml|pdf)$/i

/** Files read as bytes, not text. */
export const BINARY_FILE = /\.pdf$/i

/** A record whose paragraphs were already found (article files honour their front-matter overrides). */
export type SourceRecord = ImportRecord & { paragraphs?: Paragraph[] }

export interface ParsedSource extends ParsedImport {
  records: SourceRecord[]
  /** Files imported with a caveat the user must see (a page kept whole because its article was too short). */
  notes?: LoadProblem[]
  /** Every file read, by the name its records' origins use (a folder's files; absent for one file). */
  files?: string[]
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
  const page = htmlRecord(fileName, html, options)
  return {
    records: page.record ? [page.record] : [],
    problems: page.problem ? [page.problem] : [],
    ...(page.note ? { notes: [page.note] } : {}),
  }
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
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return fromHtml(fileName, text, options)
  if (ext === '.rss' || ext === '.atom' || ext === '.xml') return parseFeedFile(fileName, text, options)
  if (ext === '.pdf')
    return { records: [], problems: [{ file: fileName, reason: 'a PDF is read from its bytes, not as text' }] }
  if (ext === '.md' || ext === '.markdown' || ext === '.txt') return fromArticleFile(fileName, text, options)
  return {
    records: [],
    problems: [
      {
        file: fileName,
        reason: `cannot import ${ext || 'a file without extension'}: use .jsonl, .md, .txt, .html, .rss, .atom, .xml or .pdf`,
      },
    ],
  }
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false })

/** The records in one file's text or bytes: PDFs are read from their bytes, everything else as UTF-8 text. */
export async function parseSourceData(
  fileName: string,
  data: string | Uint8Array,
  options: SourceOptions = {},
): Promise<ParsedSource> {
  if (BINARY_FILE.test(fileName)) {
    if (typeof data === 'string') return parseSource(fileName, data, options)
    return parsePdfFile(fileName, data, options)
  }
  return parseSource(fileName, typeof data === 'string' ? data : decoder.decode(data), options)
}

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
  if (!info.isDirectory()) {
    const name = basename(path)
    return { ...(await parseSourceData(name, await readFile(path), options)), files: [name] }
  }
  const all: ParsedSource = { records: [], problems: [], notes: [], files: [] }
  const named = new Map<string, string>()
  for (const file of await filesUnder(path)) {
    const name = relative(path, file)
    const parsed = await parseSourceData(name, await readFile(file), options)
    for (const record of parsed.records) sameStem(record, name, named, all.notes!)
    all.records.push(...parsed.records)
    all.problems.push(...parsed.problems)
    all.notes?.push(...(parsed.notes ?? []))
    all.files?.push(name)
  }
  return all
}

/**
 * Saved pages and article files take their id from the file name, so `a/index.html` and `b/index.html`
 * in one folder would share one and the second be skipped. The second gets its path's hash added
 * (the same on every re-import of the folder), and the report says so.
 */
function sameStem(record: SourceRecord, name: string, named: Map<string, string>, notes: LoadProblem[]): void {
  const stem = basename(name).replace(/\.[^.]+$/, '')
  const first = named.get(record.id)
  if (first === undefined || first === name || record.id !== stem) {
    named.set(record.id, first ?? name)
    return
  }
  record.id = `${stem}-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`
  named.set(record.id, name)
  notes.push({ file: name, reason: `named like ${first}, so imported as "${record.id}"` })
}
