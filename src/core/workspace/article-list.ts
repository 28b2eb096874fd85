// The library list in date order. Worked out after a turn of the event loop and sorted in slices (a
// start-up must not hold the loop: see slices/sort.ts); `sorted()` waits for the latest set.
import { byDate } from '../../shared/dates'
import type { ArticleSummary } from '../../shared/types'
import { sortInSlices } from '../slices/sort'
import { turn } from '../slices/turn'

export class ArticleList {
  #summaries: ArticleSummary[] = []
  /** The articles listed, by id: their summaries before the bodies are read, the articles after. */
  #known: ReadonlyMap<string, unknown> = new Map()
  /** Settles when `#summaries` is sorted for the latest set. */
  #sorted: Promise<void> = Promise.resolve()
  #round = 0

  get size(): number {
    return this.#known.size
  }

  has(id: string): boolean {
    return this.#known.has(id)
  }

  set(summaries: () => ArticleSummary[] | Promise<ArticleSummary[]>, known: ReadonlyMap<string, unknown>): void {
    const round = ++this.#round
    this.#known = known
    this.#sorted = (async () => {
      await turn()
      if (round !== this.#round) return
      const list = await summaries()
      if (round !== this.#round) return
      const before = this.#summaries
      const byId = new Map(list.map((s) => [s.id, s]))
      // When the bodies arrive for the list already shown, its order still holds: no sort at all.
      const same =
        before.length === list.length &&
        before.every((s) => {
          const now = byId.get(s.id)
          return now !== undefined && now.date === s.date && now.title === s.title
        })
      const sorted = same ? before.map((s) => byId.get(s.id) as ArticleSummary) : await sortInSlices(list, byDate)
      if (round === this.#round) this.#summaries = sorted
    })()
  }

  /** The list once the sort for the latest set has finished (a newer set may arrive while one is sorted). */
  async sorted(): Promise<ArticleSummary[]> {
    for (let sorting = this.#sorted; ; sorting = this.#sorted) {
      await sorting
      if (sorting === this.#sorted) break
    }
    return this.#summaries
  }
}
