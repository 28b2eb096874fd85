// The search box's query and its ranked results.
import type { SearchHit } from '../../../shared/types'
import { api } from '../lib/api'
import { errorMessage } from '../lib/errors'

export class Search {
  query = $state('')
  /** The query the current results answer (the box may have changed since). */
  answered = $state('')
  hits = $state.raw<SearchHit[]>([])
  loading = $state(false)
  error = $state<string | null>(null)
  #sequence = 0

  readonly active = $derived(this.answered !== '' || this.loading)

  async run(query = this.query): Promise<void> {
    const q = query.trim()
    const sequence = ++this.#sequence
    if (!q) return this.clear()
    this.loading = true
    try {
      const hits = await api.search(q)
      if (sequence !== this.#sequence) return // a newer query has been sent
      this.hits = hits
      this.answered = q
      this.error = null
    } catch (error) {
      if (sequence === this.#sequence) this.error = `Search failed: ${errorMessage(error)}`
    } finally {
      if (sequence === this.#sequence) this.loading = false
    }
  }

  clear(): void {
    this.#sequence++
    this.query = ''
    this.answered = ''
    this.hits = []
    this.error = null
    this.loading = false
  }
}

export const search = new Search()
