// Arranging a comparison's passages for the timeline, the grid and the panes: order, filters, grouping.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { columnsOf, dateBuckets, filterRows, NO_STANCE, passageRows, sourceLanes, UNKNOWN_SPEAKER } from './arrange'
import type { Column } from './types'

const column = (id: string, date: string | null, source: string | null, speakers: Array<string | null>): Column => ({
  articleId: id,
  date,
  source,
  title: `Title ${id}`,
  mentioned: speakers.length > 0,
  passages: speakers.map((speaker, i) => ({
    paragraph: i,
    start: i * 10,
    end: i * 10 + 9,
    text: `p${i}`,
    speaker,
    marks: [],
  })),
})

const columns = [
  column('a', '1987-02-26', 'Reuters', ['Yergin', null]),
  column('b', '1987-03-02', 'TASS', ['Peskov']),
  column('c', '1987-03-02', 'Reuters', []),
  column('d', null, null, ['Yergin']),
]
const stanceOf = (id: string, p: { paragraph: number }) => (id === 'a' && p.paragraph === 1 ? ['opposes'] : [])

describe('arranging passages', () => {
  it('lists every passage of the mentioning articles in date order, or newest first with undated last', () => {
    expect(passageRows(columns, stanceOf).map((r) => r.key)).toEqual(['a#0', 'a#1', 'b#0', 'd#0'])
    expect(passageRows(columns, stanceOf, 'newest').map((r) => r.key)).toEqual(['b#0', 'a#0', 'a#1', 'd#0'])
  })

  it('filters by speaker (unknown speakers choosable) and stance (unlabelled choosable)', () => {
    const rows = passageRows(columns, stanceOf)
    expect(filterRows(rows, { speakers: ['Yergin'], stances: [] }).map((r) => r.key)).toEqual(['a#0', 'd#0'])
    expect(filterRows(rows, { speakers: [UNKNOWN_SPEAKER], stances: [] }).map((r) => r.key)).toEqual(['a#1'])
    expect(filterRows(rows, { speakers: [], stances: ['opposes'] }).map((r) => r.key)).toEqual(['a#1'])
    expect(filterRows(rows, { speakers: [], stances: [NO_STANCE] })).toHaveLength(3)
  })

  it('groups by source lane and date bucket, and back into panes, losing no passage (property)', () => {
    const arb = fc.array(
      fc.record({
        date: fc.option(fc.constantFrom('1987-02-26', '1987-03-02', '1987-06-01', '2019-09-24'), { nil: null }),
        source: fc.option(fc.constantFrom('Reuters', 'TASS', 'Xinhua'), { nil: null }),
        speakers: fc.array(fc.option(fc.constantFrom('Yergin', 'Peskov'), { nil: null }), { maxLength: 3 }),
      }),
      { maxLength: 20 },
    )
    fc.assert(
      fc.property(arb, fc.constantFrom('oldest' as const, 'newest' as const), (specs, order) => {
        const cols = specs.map((s, i) => column(`x${i}`, s.date, s.source, s.speakers))
        const rows = passageRows(cols, () => [], order)
        const total = cols.reduce((n, c) => n + c.passages.length, 0)
        expect(rows).toHaveLength(total)
        const { buckets, bucketOf } = dateBuckets(rows)
        const lanes = sourceLanes(rows, bucketOf)
        expect(lanes.reduce((n, l) => n + l.count, 0)).toBe(total)
        for (const lane of lanes) for (const bucket of lane.cells.keys()) expect(buckets).toContain(bucket)
        expect(columnsOf(rows).flatMap((c) => c.passages)).toHaveLength(total)
      }),
    )
  })
})
