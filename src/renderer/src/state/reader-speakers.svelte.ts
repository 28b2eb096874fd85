// Who speaks in each paragraph of the article open in the reader; asked again after any speaker
// correction or rename (speakers.revision), wherever it was made.
import type { ParagraphSpeaker } from '../../../shared/types'
import { api } from '../lib/api'
import { errorMessage } from '../lib/errors'

export class ReaderSpeakers {
  /** The article the speakers are of. */
  articleId = $state<string | null>(null)
  /** By paragraph index; a paragraph where nobody was found is absent. */
  byParagraph = $state.raw<Readonly<Record<number, ParagraphSpeaker>>>({})
  error = $state<string | null>(null)
  /** The article whose speakers have been asked for and answered (or failed): the reader places its scroll then. */
  settledFor = $state<string | null>(null)
  #sequence = 0

  async load(articleId: string | null): Promise<void> {
    const sequence = ++this.#sequence
    // Another article: nothing of the last one is shown meanwhile. The same one again keeps what it shows.
    if (articleId !== this.articleId) {
      this.articleId = articleId
      this.byParagraph = {}
      this.error = null
      this.settledFor = null
    }
    if (!articleId) return
    try {
      const list = await api.articleSpeakers(articleId)
      if (sequence !== this.#sequence) return
      this.byParagraph = Object.fromEntries(list.map((p) => [p.paragraph, p]))
      this.error = null
    } catch (error) {
      if (sequence === this.#sequence)
        this.error = `Who speaks in this article could not be read: ${errorMessage(error)}`
    } finally {
      if (sequence === this.#sequence) this.settledFor = articleId
    }
  }
}

export const readerSpeakers = new ReaderSpeakers()
