// The comparison CSV (papaparse, as the highlights CSV): RFC 4180 quoting, including a bare CR inside a
// field, which a spreadsheet would otherwise read as the end of a record.
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Comparison } from '../../shared/types'
import { comparisonCsv, REPORT_CSV_COLUMNS } from './report-csv'

// Words of the first seed (corpus/000_f6b6277f5f03b554.md), with line ends as old Mac files have them.
const text = 'Russia will not participate in it,\rPeskov said.\r\nHe added, "the arms race" is theirs.'
const comparison: Comparison = {
  topic: 'Arms race',
  terms: ['arms race'],
  columns: [
    {
      articleId: '000_f6b6277f5f03b554',
      date: '2019-09-24',
      source: 'TASS',
      title: 'Kremlin: Russia, not, "in" it',
      mentioned: true,
      passages: [{ paragraph: 2, start: 0, end: text.length, text, speaker: 'Dmitry Peskov', marks: [] }],
    },
  ],
}

describe('comparison CSV', () => {
  it('quotes a field holding a bare CR, a CRLF, a comma or a quote, and reads back exactly', () => {
    const csv = comparisonCsv(comparison)
    expect(csv.startsWith(`\uFEFF${REPORT_CSV_COLUMNS.join(',')}\r\n`)).toBe(true)
    expect(csv).toContain(
      `"Russia will not participate in it,\rPeskov said.\r\nHe added, ""the arms race"" is theirs."`,
    )
    expect(csv).toContain(',"Kremlin: Russia, not, ""in"" it",')
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data
    expect(rows).toHaveLength(2)
    expect(rows[1]).toEqual([
      '2019-09-24',
      'TASS',
      'Kremlin: Russia, not, "in" it',
      '000_f6b6277f5f03b554',
      '3',
      'Dmitry Peskov',
      '',
      text,
    ])
  })

  it('a field that is only a bare CR is quoted and defused like any formula-looking cell', () => {
    const only = structuredClone(comparison)
    only.columns[0]!.passages[0]!.text = '\r'
    const csv = comparisonCsv(only)
    expect(csv.trimEnd().endsWith(`,"'\r"`)).toBe(true)
  })
})
