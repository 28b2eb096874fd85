// The search box's query and its results: the true totals, pages fetched as the list scrolls to them,
// the order and the filters chosen.
import type { SearchFilters, SearchHit, SearchPage, SearchSort, SourceCount } from '../../../shared/types'
import { api } from '../lib/api'
import { errorMessage } from '../lib/errors'

/** Results fetched at a time. */
export const PAGE_SIZE = 50

export class Search {
  query = $state('')
  /** The query the current results answer (the box may have changed since). */
  answered = $state('')
  /** Matching articles and passages, with the filters. */
  total = $state(0)
  passages = $state(0)
  sort = $state<SearchSort>('relevance')
  filters = $state<SearchFilters>({})
  /** What the results can be filtered by, with counts. */
  sources = $state.raw<SourceCount[]>([])
  speakers = $state.raw<SourceCount[]>([])
  loading = $state(false)
  error = $state<string | null>(null)
  /** Pages fetched so far, by page number. */
  #pages = $state.raw<Readonly<Record<number, SearchHit[]>>>({})
  /** Pages fetched or on their way. */
  #asked: Record<number, true> = {}
  #sequence = 0

  // A failed search stays on screen to say why.
  readonly active = $derived(this.answered !== '' || this.loading || this.error !== null)

  /** The results fetched so far, in order, up to the first page not yet fetched. */
  get hits(): SearchHit[] {
    const hits: SearchHit[] = []
    for (let page = 0; this.#pages[page]; page++) hits.push(...(this.#pages[page] as SearchHit[]))
    return hits
  }

  /** Result `index` (0-based), or undefined while its page is on its way. */
  hitAt(index: number): SearchHit | undefined {
    return this.#pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE]
  }

  async run(query = this.query): Promise<void> {
    const q = query.trim()
    const sequence = ++this.#sequence
    if (!q) return this.clear()
    this.loading = true
    this.#asked = { 0: true }
    try {
      const page = await this.#fetch(q, 0)
      if (sequence !== this.#sequence) return // a newer query has been sent
      this.#pages = { 0: page.hits }
      this.answered = q
      this.total = page.total
      this.passages = page.passages
      this.sources = page.sources
      this.speakers = page.speakers
      this.error = null
    } catch (error) {
      if (sequence === this.#sequence) this.error = `Search failed: ${errorMessage(error)}`
    } finally {
      if (sequence === this.#sequence) this.loading = false
    }
  }

  /** Fetches the pages holding results `first` to `last` (exclusive) that are not here yet. */
  async ensure(first: number, last: number): Promise<void> {
    const sequence = this.#sequence
    const query = this.answered
    if (!query) return
    const wanted: number[] = []
    for (let page = Math.floor(first / PAGE_SIZE); page * PAGE_SIZE < Math.min(last, this.total); page++)
      if (!this.#asked[page]) wanted.push(page)
    for (const page of wanted) this.#asked[page] = true
    await Promise.all(
      wanted.map(async (number) => {
        try {
          const page = await this.#fetch(query, number)
          if (sequence !== this.#sequence) return
          this.#pages = { ...this.#pages, [number]: page.hits }
        } catch (error) {
          delete this.#asked[number]
          if (sequence === this.#sequence) this.error = `More results could not be loaded: ${errorMessage(error)}`
        }
      }),
    )
  }

  setSort(sort: SearchSort): void {
    this.sort = sort
    void this.run(this.answered || this.query)
  }

  setFilters(patch: Partial<SearchFilters>): void {
    this.filters = { ...this.filters, ...patch }
    void this.run(this.answered || this.query)
  }

  #fetch(query: string, page: number): Promise<SearchPage> {
    const filters = Object.fromEntries(
      Object.entries(this.filters).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)),
    ) as SearchFilters
    return api.search({ query, offset: page * PAGE_SIZE, limit: PAGE_SIZE, sort: this.sort, filters })
  }

  clear(): void {
    this.#sequence++
    this.query = ''
    this.answered = ''
    this.total = 0
    this.passages = 0
    this.#pages = {}
    this.#asked = {}
    this.sources = []
    this.speakers = []
    this.error = null
    this.loading = false
  }
}

export const search = new Search()
