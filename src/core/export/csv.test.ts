// CSV as a spreadsheet and a CSV reader see it: one row a highlight, RFC 4180 quoting, no formulas.
import Papa from 'papaparse'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ArticleSummary, PlacedHighlight } from '../../shared/types'
import { CSV_COLUMNS, FORMULA_START, renderCsv } from './csv'
import { toRecord } from './records'

const article: ArticleSummary = {
  id: 'a1',
  title: 'Talks, "again"',
  source: 'TASS',
  date: '2019-09-24',
  dateline: null,
  language: 'en',
  origin: 'a1.md',
  paragraphCount: 9,
  url: 'https://tass.com/politics/1079611',
}

function highlight(over: Partial<PlacedHighlight>): PlacedHighlight {
  return {
    id: 'h1',
    articleId: 'a1',
    textHash: 'x',
    start: 0,
    end: 5,
    quote: 'Russia will not participate',
    prefix: '',
    suffix: '',
    color: 'red',
    note: '',
    tags: ['INF', 'arms-race'],
    stance: 'opposes',
    topic: null,
    topics: ['Arms race'],
    createdAt: '2025-02-01T12:00:00.000Z',
    updatedAt: '2025-02-01T12:00:00.000Z',
    status: 'exact',
    current: { start: 0, end: 5, paragraph: 4 },
    ...over,
  }
}

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
const rows = (list: PlacedHighlight[]) =>
  renderCsv(list.map((h) => toRecord(h, { article: () => article, speakerFor: () => 'Dmitry Peskov' })))

describe('CSV export', () => {
  it('has the columns in order and one row a highlight', () => {
    const csv = rows([highlight({ note: 'line one\nline two, with "quotes"' })])
    expect(csv.startsWith('\uFEFFdate,source,title,articleId,paragraph,speaker,stance,color,tags,note,quote,')).toBe(
      true,
    )
    expect(csv.endsWith('\r\n')).toBe(true)
    const [header, row] = parse(csv)
    expect(header).toEqual([...CSV_COLUMNS])
    expect(Object.fromEntries(header!.map((name, i) => [name, row![i]]))).toEqual({
      date: '2019-09-24',
      source: 'TASS',
      title: 'Talks, "again"',
      articleId: 'a1',
      paragraph: '5',
      speaker: 'Dmitry Peskov',
      stance: 'opposes',
      color: 'red',
      tags: 'INF, arms-race',
      note: 'line one\nline two, with "quotes"',
      quote: 'Russia will not participate',
      highlighted: '2025-02-01',
      topics: 'Arms race',
      url: 'https://tass.com/politics/1079611',
      link: 'stance-reader://open?article=a1&paragraph=5',
      highlightId: 'h1',
    })
    // RFC 4180: records end in CRLF; a field with a quote, comma or line break is quoted, quotes doubled.
    expect(csv).toContain(',"Talks, ""again""",')
    expect(csv).toContain('"line one\nline two, with ""quotes"""')
  })

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const hostile of [
      '=HYPERLINK("http://x","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      ' =1',
      '=1\n2',
    ])
      for (const field of ['quote', 'note'] as const) {
        const [, row] = parse(rows([highlight({ [field]: hostile })]))
        const cell = row![CSV_COLUMNS.indexOf(field)]!
        expect(cell.startsWith("'"), JSON.stringify(hostile)).toBe(true)
        expect(cell.slice(1)).toBe(hostile)
      }
  })

  it('reads back any note and quote exactly (after the formula guard)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (note, quote) => {
        const [, row] = parse(rows([highlight({ note, quote })]))
        const back = (cell: string, original: string) => (FORMULA_START.test(original) ? cell.slice(1) : cell)
        expect(back(row![CSV_COLUMNS.indexOf('note')]!, note)).toBe(note)
        expect(back(row![CSV_COLUMNS.indexOf('quote')]!, quote)).toBe(quote)
      }),
    )
  })

  it('quotes a note holding a bare CR, so no reader takes it for the end of a record', () => {
    const csv = rows([highlight({ note: 'first line\rsecond line' })])
    expect(csv).toContain(',"first line\rsecond line",')
    const [, row] = parse(csv)
    expect(row![CSV_COLUMNS.indexOf('note')]).toBe('first line\rsecond line')
  })

  it('leaves an orphan without paragraph or link target paragraph', () => {
    const [, row] = parse(rows([highlight({ status: 'orphan', current: undefined })]))
    expect(row![CSV_COLUMNS.indexOf('paragraph')]).toBe('')
    expect(row![CSV_COLUMNS.indexOf('link')]).toBe('stance-reader://open?article=a1')
  })
})
