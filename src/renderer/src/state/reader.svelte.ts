// The article open in the reader, and the paragraph to bring into view.
import type { Article, ReaderPrefs } from '../../../shared/types'
import { api } from '../lib/api'
import { errorMessage } from '../lib/errors'

const DEFAULT_PREFS: ReaderPrefs = { fontSize: 17, lineWidth: 75 }
const MAX_POSITIONS = 300

export class Reader {
  article = $state.raw<Article | null>(null)
  loading = $state(false)
  error = $state<string | null>(null)
  /** Paragraph to scroll to and flash; `focusKey` changes on every request so the same one flashes again. */
  target = $state<number | null>(null)
  focusKey = $state(0)
  /** Text size and line width, remembered in settings. */
  prefs = $state<ReaderPrefs>({ ...DEFAULT_PREFS })
  /** The paragraph last at the top of each article, remembered in settings (the most recent few hundred). */
  #positions: Record<string, number> = {}
  #saveTimer: ReturnType<typeof setTimeout> | undefined
  #sequence = 0

  setPrefs(prefs: ReaderPrefs): void {
    this.prefs = prefs
    api.setSettings({ reader: prefs }).catch(() => undefined) // best effort, like every remembered setting
  }

  positionOf(id: string): number | null {
    return this.#positions[id] ?? null
  }

  rememberPosition(id: string, paragraph: number): void {
    if (this.#positions[id] === paragraph) return
    delete this.#positions[id] // re-inserted last: the oldest are dropped first
    this.#positions[id] = paragraph
    const ids = Object.keys(this.#positions)
    for (const old of ids.slice(0, Math.max(0, ids.length - MAX_POSITIONS))) delete this.#positions[old]
    clearTimeout(this.#saveTimer)
    this.#saveTimer = setTimeout(() => {
      api.setSettings({ readingPositions: { ...this.#positions } }).catch(() => undefined)
    }, 600)
  }

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
      const { lastArticleId, reader: prefs, readingPositions } = await api.getSettings()
      if (prefs) this.prefs = prefs
      this.#positions = { ...readingPositions }
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
