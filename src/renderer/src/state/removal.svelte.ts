// Removing imported articles from the library, and the undo offered after it.
import type { RemovedArticles } from '../../../shared/types'
import { api } from '../lib/api'
import { errorMessage } from '../lib/errors'
import { focusLater, openArticle } from './actions'
import { highlights } from './highlights.svelte'
import { library } from './library.svelte'
import { reader } from './reader.svelte'

/** What the toast says about the highlights a removal left behind. */
export function orphanNote(count: number): string {
  if (count === 0) return 'It had no highlights.'
  if (count === 1) return '1 highlight on it is kept as an orphan (see Highlights).'
  return `${count} highlights on it are kept as orphans (see Highlights).`
}

export class RemovalState {
  /** The last removal, while it can be undone. */
  last = $state.raw<RemovedArticles | null>(null)
  error = $state<string | null>(null)
  busy = $state(false)

  async remove(id: string): Promise<void> {
    if (this.busy) return
    this.busy = true
    // The row after it (or before, at the end) keeps the list's place for the keyboard.
    const list = library.filtered
    const at = list.findIndex((a) => a.id === id)
    const neighbour = list[at + 1] ?? list[at - 1]
    try {
      this.last = await api.removeArticles([id])
      this.error = null
      if (reader.article?.id === id) reader.close()
      if (library.selectedId === id) library.selectedId = neighbour?.id ?? null
      await Promise.all([library.load(), highlights.load()])
      focusLater('[data-removal-undo]')
    } catch (error) {
      this.error = `The article could not be removed: ${errorMessage(error)}`
    } finally {
      this.busy = false
    }
  }

  async undo(): Promise<void> {
    const last = this.last
    if (!last || this.busy) return
    this.busy = true
    try {
      const restored = await api.restoreArticles(last.articles.map((a) => a.id))
      this.last = null
      this.error = null
      await Promise.all([library.load(), highlights.load()])
      const first = restored.articles[0]
      if (first) await openArticle(first.id)
      focusLater('[role="listbox"][aria-label="Articles"]')
    } catch (error) {
      this.error = `The removal could not be undone: ${errorMessage(error)}`
    } finally {
      this.busy = false
    }
  }
}

export const removal = new RemovalState()
