// The side-by-side text layout on the real seeds: within the width, columns in date order, every word kept.
import { beforeAll, describe, expect, it } from 'vitest'
import type { Column, Comparison } from '../shared/types'
import { loadCorpusDir } from '../core/corpus'
import { BUNDLED_CORPUS } from '../core/testing/test-paths'
import { compare, presetTopics, scanCandidates } from '../core/topics'
import { bandsOf, MIN_COLUMN_WIDTH, readableComparison, wrap } from './compare-layout'
import { emphasize } from './format'

let comparisons: Comparison[]
beforeAll(async () => {
  const articles = (await loadCorpusDir(BUNDLED_CORPUS)).articles
  comparisons = presetTopics().map((topic) => compare(topic, articles, scanCandidates(articles)))
})

const WIDTHS = [MIN_COLUMN_WIDTH, 40, 61, 80, 120, 200]
const DATE = /\d{4}-\d{2}-\d{2}|undated/g
const words = (text: string) => text.split(/\s+/).filter(Boolean)

/** Bands of the output: the rows above and below each rule ("───┼───"), and where each column starts. */
function bandsIn(text: string) {
  const lines = text.split('\n')
  const rules = lines.flatMap((line, i) => (/^─+(?:─┼─+)*$/.test(line) ? [i] : []))
  const tops = rules.map((rule) => {
    let top = rule
    while (top > 0 && lines[top - 1] !== '') top--
    return top
  })
  return rules.map((rule, i) => {
    const line = lines[rule] as string
    const starts = [0, ...[...line.matchAll(/┼/g)].map((m) => m.index + 2)]
    const ends = starts.map((start, k) => (k + 1 < starts.length ? (starts[k + 1] as number) - 3 : line.length))
    const absent = lines.findIndex((l) => l.startsWith('Not mentioned in '))
    const bottom = i + 1 < tops.length ? (tops[i + 1] as number) - 1 : absent > rule ? absent - 1 : lines.length
    return { head: lines.slice(tops[i], rule), body: lines.slice(rule + 1, bottom), starts, ends }
  })
}

/** What one column printed below the rule, read back from its slice of every row. */
const cellText = (rows: string[], start: number, end: number) => rows.map((row) => row.slice(start, end)).join(' ')

describe('readable comparison layout', () => {
  it('keeps every line within the width', () => {
    for (const comparison of comparisons)
      for (const width of WIDTHS)
        for (const line of readableComparison(comparison, width).split('\n'))
          expect([...line].length, `${comparison.topic} at ${width}: ${line}`).toBeLessThanOrEqual(width)
  })

  it('puts the columns in date order, left to right, band after band', () => {
    for (const comparison of comparisons)
      for (const width of WIDTHS) {
        const bands = bandsIn(readableComparison(comparison, width))
        const shown = bands.flatMap((band) => [...(band.head[0] ?? '').matchAll(DATE)].map((m) => m[0]))
        const mentioned = comparison.columns.filter((c) => c.mentioned)
        expect(shown, `${comparison.topic} at ${width}`).toEqual(mentioned.map((c) => c.date ?? 'undated'))
        if (width >= 200) expect(bands).toHaveLength(1) // every mentioning column fits side by side
      }
  })

  it('keeps every word of every passage, in order, under its speaker label', () => {
    for (const comparison of comparisons)
      for (const width of WIDTHS) {
        const bands = bandsIn(readableComparison(comparison, width))
        const columns = bandsOf(
          comparison.columns.filter((c) => c.mentioned),
          width,
        )
        expect(bands).toHaveLength(columns.length)
        bands.forEach((band, b) =>
          (columns[b] as Column[]).forEach((column, k) => {
            const printed = words(cellText(band.body, band.starts[k] as number, band.ends[k] as number))
            const expected = column.passages.flatMap((p) => [
              `¶${p.paragraph + 1}`,
              '·',
              ...words(p.speaker?.toUpperCase() ?? 'speaker unknown'),
              ...words(emphasize(p.text, p.marks)),
            ])
            expect(printed, `${comparison.topic} at ${width}: ${column.articleId}`).toEqual(expected)
          }),
        )
      }
  })

  it('gives columns only to the articles that mention the topic, and lists the few others one a line', () => {
    const japan = comparisons.find((c) => c.topic === 'Japan peace treaty')!
    const text = readableComparison(japan, 200)
    const [band] = bandsIn(text)
    expect(band!.starts).toHaveLength(1)
    expect(cellText(band!.body, band!.starts[0] as number, band!.ends[0] as number)).toContain('PESKOV')
    const lines = text.split('\n')
    const at = lines.findIndex((line) => line.startsWith('Not mentioned in 4 articles, 2019-03-19 to 2025-01-24:'))
    expect(at).toBeGreaterThan(0)
    expect(lines[at + 1]).toMatch(/^ {2}by source: /)
    const absent = japan.columns.filter((c) => !c.mentioned)
    expect(lines.slice(at + 2).map((line) => line.match(DATE)?.[0])).toEqual(absent.map((c) => c.date))
  })

  it('prints only the count of many absent articles, per source, within the width', () => {
    const column = (i: number, mentioned: boolean): Column => ({
      articleId: `a${String(i).padStart(2, '0')}`,
      date: `2020-01-${String(i + 1).padStart(2, '0')}`,
      source: i % 2 ? 'Wire' : 'Daily',
      title: `Story number ${i} with a title long enough to be cut when the line is narrow`,
      mentioned,
      passages: mentioned
        ? [{ paragraph: 0, start: 0, end: 9, text: 'arms race', speaker: 'Putin', marks: [[0, 9]] }]
        : [],
    })
    const columns = Array.from({ length: 16 }, (_, i) => column(i, i === 3 || i === 9))
    const text = readableComparison({ topic: 'T', terms: ['arms race'], columns }, 80)
    const lines = text.split('\n')
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80)
    expect(bandsIn(text).flatMap((band) => [...(band.head[0] ?? '').matchAll(DATE)].map((m) => m[0]))).toEqual([
      '2020-01-04',
      '2020-01-10',
    ])
    expect(lines.slice(-2)).toEqual([
      'Not mentioned in 14 articles, 2020-01-01 to 2020-01-16:',
      '  by source: Daily 8, Wire 6',
    ])
    expect(lines[1]).toBe('checked 16 articles for: arms race')
  })

  it('wraps at spaces, cuts only a word longer than the line, and loses nothing', () => {
    const text = `short ${'x'.repeat(60)} words follow here`
    const x = (n: number) => 'x'.repeat(n)
    expect(wrap(text, 26, '  ')).toEqual(['  short', `  ${x(24)}`, `  ${x(24)}`, `  ${x(12)} words`, '  follow here'])
  })
})
