// The library list: every article's summary in date order, from the metadata alone, kept until the
// entries or their group marks change. At start-up it is worked out in slices (21k summaries).
import { byDate } from '../../shared/dates'
import type { ArticleSummary } from '../../shared/types'
import { sortInSlices } from '../slices/sort'
import { mapInSlices } from '../slices/turn'
import { summaryOf, type LibraryEntry } from './meta'

export class SummaryList {
  #listed: ArticleSummary[] | null = null
  /** Bumped by every drop: a list worked out in slices meanwhile is returned but not kept. */
  #drops = 0

  drop(): void {
    this.#listed = null
    this.#drops++
  }

  of(entries: () => LibraryEntry[]): ArticleSummary[] {
    this.#listed ??= entries().map(summaryOf).sort(byDate)
    return [...this.#listed]
  }

  /** The same as `of`, with turns of the event loop between slices; the same order (sortInSlices is stable). */
  async inSlices(entries: () => LibraryEntry[]): Promise<ArticleSummary[]> {
    if (this.#listed) return [...this.#listed]
    const drops = this.#drops
    const sorted = await sortInSlices(await mapInSlices(entries(), summaryOf), byDate)
    if (drops === this.#drops) this.#listed = sorted
    return [...sorted]
  }
}
