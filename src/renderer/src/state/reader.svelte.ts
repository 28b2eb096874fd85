// The article open in the reader, and the paragraph to bring into view.
import type { Article } from '../../../shared/types'
import { api } from '../lib/api'
import { errorMessage } from '../lib/errors'

export class Reader {
  article = $state.raw<Article | null>(null)
  loading = $state(false)
  error = $state<string | null>(null)
  /** Paragraph to scroll to and flash; `focusKey` changes on every request so the same one flashes again. */
  target = $state<number | null>(null)
  focusKey = $state(0)
  #sequence = 0

  async open(id: string, paragraph: number | null = null): Promise<void> {
    const sequence = ++this.#sequence
    if (this.article?.id !== id) {
      this.loading = true
      try {
        const article = await api.getArticle(id)
        if (sequence !== this.#sequence) return
        this.article = article
        this.error = null
      } catch (error) {
        if (sequence === this.#sequence) this.error = `The article could not be opened: ${errorMessage(error)}`
        return
      } finally {
        if (sequence === this.#sequence) this.loading = false
      }
      // Remembering is best effort; failing to save it must not stop reading.
      api.setSettings({ lastArticleId: id }).catch(() => undefined)
    }
    this.target = paragraph
    this.focusKey++
  }

  /** Reopens the article that was open when the app last closed. */
  async restore(): Promise<string | null> {
    try {
      const { lastArticleId } = await api.getSettings()
      if (lastArticleId) await this.open(lastArticleId)
      // An article that has since left the library is not an error worth showing at start-up.
      if (!this.article) this.error = null
      return this.article?.id ?? null
    } catch {
      return null
    }
  }

  close(): void {
    this.#sequence++
    this.article = null
    this.target = null
  }
}

export const reader = new Reader()
