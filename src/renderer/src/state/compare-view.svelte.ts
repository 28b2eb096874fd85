// How the comparison is shown: layout (remembered per topic), date order, speaker and stance filters, and
// the passage the keyboard is on. Everything here is computed in the renderer, so switching is instant.
import {
  columnsOf,
  dateBuckets,
  defaultLayout,
  filterChoices,
  filterRows,
  LAYOUTS,
  passageRows,
  sourceLanes,
  type CompareLayout,
  type DateOrder,
} from '../../../shared/arrange'
import { TopicStances } from '../../../shared/stances'
import type { Comparison, PlacedHighlight } from '../../../shared/types'

const LAYOUT_KEY = 'stance-reader.compare-layout'

/** Layout chosen per topic id, kept in the renderer's local storage (a view preference, not user data). */
function storedLayouts(): Record<string, CompareLayout> {
  try {
    const value = JSON.parse(localStorage.getItem(LAYOUT_KEY) ?? '{}') as Record<string, unknown>
    return Object.fromEntries(
      Object.entries(value).filter((e): e is [string, CompareLayout] => LAYOUTS.includes(e[1] as CompareLayout)),
    )
  } catch {
    return {}
  }
}

export class CompareView {
  comparison = $state.raw<Comparison | null>(null)
  topicId = $state<string | null>(null)
  highlights = $state.raw<readonly PlacedHighlight[]>([])
  order = $state<DateOrder>('oldest')
  speakers = $state.raw<string[]>([])
  stances = $state.raw<string[]>([])
  /** Key of the passage the keyboard is on. */
  currentKey = $state<string | null>(null)
  #layouts = $state<Record<string, CompareLayout>>(storedLayouts())

  readonly mentioned = $derived(this.comparison?.columns.filter((c) => c.mentioned).length ?? 0)
  readonly layout = $derived<CompareLayout>(
    (this.topicId && this.#layouts[this.topicId]) || defaultLayout(this.mentioned),
  )
  readonly topicStances = $derived(new TopicStances(this.comparison?.topic ?? '', this.highlights))
  readonly allRows = $derived(
    passageRows(this.comparison?.columns ?? [], (id, p) => this.topicStances.ofPassage(id, p), this.order),
  )
  readonly rows = $derived(filterRows(this.allRows, { speakers: this.speakers, stances: this.stances }))
  readonly choices = $derived(filterChoices(this.allRows))
  readonly columns = $derived(columnsOf(this.rows))
  readonly grid = $derived.by(() => {
    if (this.layout !== 'grid') return null
    const { buckets, bucketOf } = dateBuckets(this.rows)
    return { buckets, lanes: sourceLanes(this.rows, bucketOf) }
  })
  readonly filtering = $derived(this.speakers.length > 0 || this.stances.length > 0)
  readonly currentIndex = $derived(this.rows.findIndex((r) => r.key === this.currentKey))
  readonly current = $derived(this.currentIndex >= 0 ? this.rows[this.currentIndex]! : null)

  setLayout(layout: CompareLayout): void {
    if (!this.topicId) return
    this.#layouts = { ...this.#layouts, [this.topicId]: layout }
    try {
      localStorage.setItem(LAYOUT_KEY, JSON.stringify(this.#layouts))
    } catch {
      // storage full or disabled: the choice still holds for this session
    }
  }

  /** Moves the keyboard to the next (1) or previous (-1) passage; returns its index. */
  move(step: 1 | -1): number {
    if (this.rows.length === 0) return -1
    const at = this.currentIndex
    const next = at < 0 ? (step > 0 ? 0 : this.rows.length - 1) : Math.min(this.rows.length - 1, Math.max(0, at + step))
    this.currentKey = this.rows[next]!.key
    return next
  }

  stanceLabelsOf(articleId: string): string[] {
    return this.topicStances.ofArticle(articleId)
  }

  clearFilters(): void {
    this.speakers = []
    this.stances = []
  }
}
