import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { beforeAll, describe, expect, it } from 'vitest'
import { REUTERS_FILE } from '../testing/test-paths'
import { isDigitHeavy, isFigureLine, isKeyValueRow, isTableRow } from './figures'
import { segmentParagraphs } from './paragraphs'

describe('lines of figures', () => {
  it('finds digit-heavy lines: several figures, or mostly digits', () => {
    expect(isDigitHeavy('TOTAL 17.3 16.5 16.1')).toBe(true)
    expect(isDigitHeavy('Net 4,000,000 vs 3,500,000')).toBe(true)
    expect(isDigitHeavy('Sorghum nil (nil)')).toBe(true)
    expect(isDigitHeavy('Q3 1,234')).toBe(true)
    expect(isDigitHeavy('Treaty with Japan')).toBe(false)
    expect(isDigitHeavy('Outlook for 1988')).toBe(false)
    expect(isDigitHeavy('Article 5')).toBe(false)
  })

  it('finds table rows: columns aligned with spaces, figures compared with vs', () => {
    expect(isTableRow('MATURITY   NEW RATE  OLD RATE  MATURITY')).toBe(true)
    expect(isTableRow('CURRENT  WEEK  YEAR')).toBe(true)
    expect(isTableRow('Oct/Dec            Jan/Dec')).toBe(true)
    expect(isTableRow('Shr 1.25 dlrs vs 1.10 dlrs')).toBe(true)
    expect(isTableRow('Crowns vs 651 mln')).toBe(true)
    expect(isTableRow('Treaty with  Japan')).toBe(false)
    expect(isTableRow('Clinton vs Dole')).toBe(false)
  })

  it('finds key–value rows: a label with a date, a figure or a note', () => {
    for (const row of ['Record April 14', 'Pay June One', 'Record 3 April', 'Revs 46.9 mln', 'Sales 737,971', 'Tenders - nil', 'NOTE: Full name is Diversified Industries Inc']) {
      expect(isKeyValueRow(row), row).toBe(true)
    }
    for (const heading of ['After September 11', 'Article 5', 'Outlook for 1988', 'Pay and Conditions', 'Treaty with Japan']) {
      expect(isFigureLine(heading), heading).toBe(false)
    }
  })
})

/** Wire stories as Reuters sends them: paragraphs open on an indented line, tables keep their columns. */
const WIRE_TABLES = {
  results: [
    'Shr 1.25 dlrs vs 1.10 dlrs',
    '    Net 4,000,000 vs 3,500,000',
    '    Revs 40.2 mln vs 35.1 mln',
    '    Avg shrs 3,200,000 vs 3,180,000',
    '    NOTE: 1986 net includes a gain of 300,000 dlrs from the sale',
    'of its trucking unit.',
  ],
  dividend: [
    'Qtly div 25 cts vs 22 cts prior',
    '    Pay June One',
    '    Record April 14',
    '    The company said the higher dividend reflects the growth in',
    'earnings it expects for the rest of the year.',
  ],
  table: [
    'The agency gave the following estimates for the crop, in mln',
    'tonnes, with comparisons --',
    '              1986/87     1985/86    1984/85',
    '    TOTAL       17.3        16.5        16.1',
    '    CURRENT  WEEK  YEAR',
    '    Officials said the estimates would be revised next month as',
    'harvest figures come in from the provinces.',
  ],
}

describe('section headings in wire text', () => {
  it('makes no table row, results line or dividend date a section heading', () => {
    for (const [name, lines] of Object.entries(WIRE_TABLES)) {
      const body = lines.join('\n')
      for (const mode of ['auto', 'wrapped'] as const) {
        const paragraphs = segmentParagraphs(body, { mode })
        expect(paragraphs.length, name).toBeGreaterThanOrEqual(4)
        const headings = paragraphs.filter((p) => p.kind === 'heading' && !p.headline).map((p) => body.slice(p.start, p.end))
        expect(headings, `${name} (${mode})`).toEqual([])
        expect(
          paragraphs.every((p) => p.section === undefined),
          name,
        ).toBe(true)
      }
    }
  })

  it('still makes short lines of words section headings, in wire and web text', () => {
    const wire = [
      'The ministers met on Monday to discuss the budget and the',
      'outlook for trade, officials said.',
      '    Outlook for 1988',
      '    Analysts expect growth to slow next year as exports weaken',
      'and the dollar falls further, the report said.',
      '    Pay and Conditions',
      '    Unions said they would press for higher wages in the talks',
      'due to open in the spring.',
    ].join('\n')
    const web = [
      'Ministers meet in Brussels',
      'The ministers met on Monday to discuss the budget and the outlook for trade, officials said after the meeting ended.',
      'Article 5',
      'The fifth article commits the members to defend each other if one of them is attacked, which the treaty has never tested.',
    ].join('\n')
    const headings = (body: string) =>
      segmentParagraphs(body)
        .filter((p) => p.kind === 'heading' && !p.headline)
        .map((p) => body.slice(p.start, p.end))
    expect(headings(wire)).toEqual(['Outlook for 1988', 'Pay and Conditions'])
    expect(headings(web)).toEqual(['Article 5'])
  })
})

describe('section headings over a Reuters slice', () => {
  const bodies: Array<{ id: string; title: string; body: string }> = []

  beforeAll(async () => {
    const lines = createInterface({ input: createReadStream(REUTERS_FILE, 'utf8'), crlfDelay: Infinity })
    for await (const line of lines) {
      if (line.trim()) bodies.push(JSON.parse(line) as { id: string; title: string; body: string })
      if (bodies.length >= 2000) break
    }
    lines.close()
  })

  it('has no digit-heavy heading or headline among thousands of short figure lines', () => {
    let shortFigureLines = 0
    const bad: string[] = []
    for (const record of bodies) {
      const paragraphs = segmentParagraphs(record.body ?? '', { title: record.title })
      for (const p of paragraphs) {
        const text = record.body.slice(p.start, p.end)
        if (text.split(/\s+/).length <= 10 && isDigitHeavy(text)) shortFigureLines++
        if (p.kind === 'heading' && isFigureLine(text)) bad.push(`${record.id}: ${text}`)
      }
    }
    expect(bodies).toHaveLength(2000)
    // The slice is full of short figure lines, so the rule is exercised, not vacuous.
    expect(shortFigureLines).toBeGreaterThan(500)
    expect(bad).toEqual([])
  })
})
