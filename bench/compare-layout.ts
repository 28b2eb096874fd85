// Switching how a comparison is shown (layout, date order, speaker or stance filter) as the renderer does
// it: every derived list rebuilt from the comparison, as CompareView's $derived values are on a change.
import {
  columnsOf,
  dateBuckets,
  filterRows,
  passageRows,
  sourceLanes,
  type CompareLayout,
  type DateOrder,
  type PassageFilter,
} from '../src/shared/arrange'
import { TopicStances } from '../src/shared/stances'
import type { Comparison, PlacedHighlight } from '../src/shared/types'
import { percentile, round, timeEach } from './stats'

interface ViewState {
  layout: CompareLayout
  order: DateOrder
  filter: PassageFilter
}

/** Everything the view derives for one state; returns a count so nothing is optimised away. */
function arrange(comparison: Comparison, highlights: PlacedHighlight[], state: ViewState): number {
  const stances = new TopicStances(comparison.topic, highlights)
  const rows = filterRows(
    passageRows(comparison.columns, (id, p) => stances.ofPassage(id, p), state.order),
    state.filter,
  )
  if (state.layout === 'panes') return columnsOf(rows).length
  if (state.layout === 'grid') {
    const { bucketOf } = dateBuckets(rows)
    return sourceLanes(rows, bucketOf).length
  }
  return rows.length
}

/**
 * p95 over a sequence of switches (each layout, each order, a speaker filter, a stance filter and back),
 * on a comparison whose mentioned passages carry a stance highlight on every third one.
 */
export function measureCompareLayout(comparison: Comparison): Record<string, number> {
  const mentioned = comparison.columns.filter((c) => c.mentioned)
  const highlights = mentioned.flatMap((column, i) =>
    i % 3 ? [] : [stanceHighlight(comparison.topic, column.articleId, column.passages[0]!)],
  )
  const speaker = mentioned.flatMap((c) => c.passages.map((p) => p.speaker)).find((s) => s !== null) ?? 'x'
  const none: PassageFilter = { speakers: [], stances: [] }
  const states: ViewState[] = []
  for (const layout of ['panes', 'timeline', 'grid'] as const)
    for (const order of ['oldest', 'newest'] as const)
      for (const filter of [none, { speakers: [speaker], stances: [] }, { speakers: [], stances: ['opposes'] }])
        states.push({ layout, order, filter })
  const times = timeEach(states, (state) => arrange(comparison, highlights, state), 10)
  return {
    compare_layout_p95_ms: round(percentile(times, 95), 2),
    compare_layout_articles: mentioned.length,
  }
}

function stanceHighlight(topic: string, articleId: string, at: { start: number; end: number }): PlacedHighlight {
  const now = new Date(0).toISOString()
  return {
    id: `s-${articleId}`,
    articleId,
    textHash: '',
    start: at.start,
    end: at.end,
    quote: '',
    prefix: '',
    suffix: '',
    color: 'red',
    note: '',
    tags: [],
    stance: 'opposes',
    topic,
    createdAt: now,
    updatedAt: now,
    status: 'exact',
  }
}
