// The article list with its filters (source, year, date range) and the selected row.
import { indexBy, unique } from '../lib/collections'
import type { ArticleSummary, IsoDate } from '../../../shared/types'
import { api } from '../lib/api'
import { byDate } from '../../../shared/dates'
import { inRange } from '../lib/dates'
import { errorMessage } from '../lib/errors'

export type LibrarySort = 'date' | 'title' | 'source'

/** The library view's state (core's Library is the user's imported library on disk). */
export class LibraryState {
  // raw: 21,578 summaries must not become deep proxies
  #articles = $state.raw<ArticleSummary[]>([])
  loading = $state(false)
  error = $state<string | null>(null)

  source = $state('')
  year = $state('')
  from = $state<IsoDate | ''>('')
  to = $state<IsoDate | ''>('')
  selectedId = $state<string | null>(null)

  readonly articles = $derived([...this.#articles].sort(byDate))
  readonly byId = $derived(indexBy(this.#articles, (a) => a.id))
  readonly sources = $derived(
    unique(this.#articles.map((a) => a.source ?? ''))
      .filter(Boolean)
      .sort(),
  )
  readonly years = $derived(
    unique(this.#articles.map((a) => a.date?.slice(0, 4) ?? ''))
      .filter(Boolean)
      .sort()
      .reverse(),
  )
  readonly hasUndated = $derived(this.#articles.some((a) => a.date === null))

  /** Articles passing source and year filters (the histogram shows these). */
  readonly beforeRange = $derived(
    this.articles.filter(
      (a) =>
        (!this.source || a.source === this.source) &&
        (!this.year || (this.year === 'undated' ? a.date === null : a.date?.startsWith(this.year))),
    ),
  )
  /** Words the title must hold, and the list's order. */
  titleFilter = $state('')
  sort = $state<LibrarySort>('date')
  readonly filtered = $derived.by(() => {
    const words = this.titleFilter.toLowerCase().split(/\s+/).filter(Boolean)
    const list = this.beforeRange.filter(
      (a) => inRange(a.date, this.from, this.to) && words.every((w) => a.title.toLowerCase().includes(w)),
    )
    if (this.sort === 'title') return list.sort((a, b) => a.title.localeCompare(b.title) || byDate(a, b))
    if (this.sort === 'source')
      return list.sort((a, b) => (a.source ?? '\uffff').localeCompare(b.source ?? '\uffff') || byDate(a, b))
    return list // already in date order
  })
  readonly selectedIndex = $derived(this.filtered.findIndex((a) => a.id === this.selectedId))
  readonly filtering = $derived(Boolean(this.source || this.year || this.from || this.to || this.titleFilter))

  async load(): Promise<void> {
    this.loading = true
    try {
      this.#articles = await api.listArticles()
      this.error = null
    } catch (error) {
      this.error = `The library could not be loaded: ${errorMessage(error)}`
    } finally {
      this.loading = false
    }
  }

  title(id: string): string {
    return this.byId.get(id)?.title ?? id
  }

  /** Moves the selection by `delta` rows within the filtered list. */
  move(delta: number): void {
    const list = this.filtered
    if (list.length === 0) return
    const from = this.selectedIndex < 0 ? (delta > 0 ? -1 : list.length) : this.selectedIndex
    const next = Math.max(0, Math.min(list.length - 1, from + delta))
    this.selectedId = list[next]!.id
  }

  clearFilters(): void {
    this.titleFilter = ''
    this.source = ''
    this.year = ''
    this.from = ''
    this.to = ''
  }
}

export const library = new LibraryState()
