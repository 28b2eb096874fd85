// A PDF (statements, reports) as one article: its text layer read by unpdf (Mozilla pdf.js built for
// servers and workers), lines in the document's reading order joined into paragraphs where the line
// spacing opens up or the type size changes; the title and date from the metadata or the first page.
// A PDF without a text layer (a scan) cannot be read: the caller reports it by name and skips it.
import { basename } from 'node:path'
import type { getDocumentProxy } from 'unpdf'
import type { IsoDate, LoadProblem, Paragraph } from '../../../shared/types'
import { errorMessage } from '../../../shared/errors'
import type { TextBlock } from '../html/blocks'
import { pageParagraphs } from '../html/paragraphs'
import { writtenDate } from '../html/written-date'
import type { ImportRecord } from '../records'

export interface PdfImport {
  records: Array<ImportRecord & { paragraphs: Paragraph[] }>
  problems: LoadProblem[]
}

interface Line {
  text: string
  /** Baseline height from the page bottom, and the type size. */
  y: number
  size: number
  page: number
}

interface TextItem {
  str: string
  transform: number[]
  height: number
  hasEOL?: boolean
}

async function readLines(pdf: Awaited<ReturnType<typeof getDocumentProxy>>): Promise<Line[]> {
  const lines: Line[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    let current: Line | null = null
    const end = () => {
      if (current && current.text.trim()) lines.push({ ...current, text: current.text.replace(/\s+/g, ' ').trim() })
      current = null
    }
    for (const raw of content.items) {
      if (!('str' in raw)) continue
      const item = raw as TextItem
      const y = item.transform[5] ?? 0
      const size = Math.abs(item.height || item.transform[3] || 0)
      if (current && Math.abs((current as Line).y - y) > Math.max(size, (current as Line).size) * 0.5) end()
      if (item.str) {
        current ??= { text: '', y, size, page: n }
        current.text += item.str
        current.size = Math.max(current.size, size)
      }
      if (item.hasEOL) end()
    }
    end()
  }
  return lines
}

const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * share)] ?? 0

/** Lines into paragraphs: a wider gap than the usual line spacing, or another type size, starts a new one. */
function paragraphsOf(lines: Line[]): TextBlock[] {
  const gaps = lines.slice(1).flatMap((line, i) => {
    const prev = lines[i] as Line
    return line.page === prev.page && prev.y > line.y ? [(prev.y - line.y) / Math.max(line.size, prev.size, 1)] : []
  })
  // The line spacing inside a paragraph, in type sizes (a headline's lines are further apart): news paragraphs are often one or two lines, so the gaps between
  // paragraphs can outnumber those within one; the low end of the gaps is the spacing.
  const spacing = percentile(gaps, 0.2)
  const bodySize = percentile(
    lines.map((l) => l.size),
    0.5,
  )
  const blocks: TextBlock[] = []
  let text = ''
  let size = 0
  lines.forEach((line, i) => {
    const prev = lines[i - 1]
    const samePage = prev?.page === line.page
    const opens =
      !prev ||
      Math.abs(line.size - size) > bodySize * 0.15 ||
      (samePage
        ? (prev.y - line.y) / Math.max(line.size, prev.size, 1) > spacing * 1.4 || prev.y < line.y
        : /[.!?"”]$/.test(prev.text))
    if (opens && text) {
      blocks.push(size > bodySize * 1.15 ? { text, hint: 'heading' } : { text })
      text = ''
    }
    if (!text) size = line.size
    // "frustra-" + "tion": a word broken at the line end is joined again
    text = !text
      ? line.text
      : /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line.text)
        ? text.slice(0, -1) + line.text
        : `${text} ${line.text}`
  })
  if (text) blocks.push(size > bodySize * 1.15 ? { text, hint: 'heading' } : { text })
  return blocks
}

/** A metadata title worth showing: not empty, not a file name or an editor's placeholder. */
const usableTitle = (title: unknown): string | null =>
  typeof title === 'string' &&
  title.trim() &&
  !/^(untitled|microsoft word\b)|\.(docx?|pdf|indd|odt)$/i.test(title.trim())
    ? title.replace(/\s+/g, ' ').trim()
    : null

/** `D:20150724053609+01'00'` → 2015-07-24. */
function pdfDate(value: unknown): IsoDate | null {
  const m = typeof value === 'string' ? /^D:(\d{4})(\d{2})(\d{2})/.exec(value) : null
  return m ? writtenDate(`${m[1]}-${m[2]}-${m[3]}`) : null
}

export async function parsePdfFile(
  fileName: string,
  bytes: Uint8Array,
  options: { source?: string | null } = {},
): Promise<PdfImport> {
  // pdf.js is large: loaded when a PDF is imported, not with every import
  const { getDocumentProxy, getMeta } = await import('unpdf')
  let pdf
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 })
  } catch (error) {
    const why = errorMessage(error)
    return { records: [], problems: [{ file: fileName, reason: `not a readable PDF (${why})` }] }
  }
  const lines = await readLines(pdf)
  if (!lines.length)
    return { records: [], problems: [{ file: fileName, reason: 'the PDF has no text layer (a scan?): not imported' }] }
  const info = ((await getMeta(pdf)).info ?? {}) as Record<string, unknown>
  const firstPage = lines.filter((l) => l.page === 1)
  const biggest = Math.max(...firstPage.map((l) => l.size))
  const shownTitle = firstPage
    .filter((l) => l.size === biggest)
    .map((l) => l.text)
    .join(' ')
  const title = usableTitle(info.Title) ?? (shownTitle || basename(fileName).replace(/\.pdf$/i, ''))
  const author = typeof info.Author === 'string' && info.Author.trim() ? info.Author.trim() : null
  const shownDate =
    firstPage
      .slice(0, 15)
      .map((l) => (l.text.length <= 200 ? writtenDate(l.text) : null))
      .find(Boolean) ?? null
  const created = pdfDate(info.CreationDate)
  const { body, paragraphs } = pageParagraphs(paragraphsOf(lines), title, author)
  const record: ImportRecord & { paragraphs: Paragraph[] } = {
    id: basename(fileName).replace(/\.pdf$/i, ''),
    title,
    body,
    paragraphs,
    date: shownDate ?? created,
    source: options.source ?? null,
    dateline: null,
    language: typeof info.Language === 'string' ? info.Language.slice(0, 2).toLowerCase() : 'en',
    origin: fileName,
    ...(shownDate ? { dateBasis: 'date on the first page' } : created ? { dateBasis: 'PDF creation date' } : {}),
    ...(author ? { author } : {}),
  }
  return { records: [record], problems: [] }
}
