// What is marked in the open article and which mark is current: the search's terms (as search found
// them: stemmed words and phrases, worked out by the backend), or text typed into the find bar.
import type { Article, Mark } from '../../../shared/types'
import { api } from '../lib/api'
import { findText } from '../lib/find'

export class ArticleFind {
  /** The find bar is showing (Ctrl/Cmd+F); its text, when not empty, is what is marked. */
  open = $state(false)
  text = $state('')
  /** The search whose terms are marked when the find bar has no text. */
  query = $state('')
  marks = $state.raw<Mark[]>([])
  /** The mark stepped to, or -1 before the first step. */
  current = $state(-1)
  /** Bumped to bring the current mark into view (also when it is the same one). */
  revealKey = $state(0)
  #articleId: string | null = null
  #sequence = 0

  /** Marks for `article`: the find bar's text if any, else the terms of `query`. */
  async follow(article: Article | null, query: string): Promise<void> {
    const sequence = ++this.#sequence
    const sameArticle = article?.id === this.#articleId
    this.#articleId = article?.id ?? null
    this.query = query
    if (!article) return this.#set([], false)
    if (this.open && this.text.trim()) {
      // As a browser's find does: the first match is shown as soon as there is one.
      this.#set(findText(article.body, this.text), false)
      return this.step(1)
    }
    if (!query.trim()) return this.#set([], false)
    try {
      const marks = await api.markQuery(article.id, query)
      if (sequence === this.#sequence) this.#set(marks, sameArticle)
    } catch {
      if (sequence === this.#sequence) this.#set([], false)
    }
  }

  #set(marks: Mark[], keepPlace: boolean): void {
    this.marks = marks
    if (!keepPlace || this.current >= marks.length) this.current = -1
  }

  /** Moves to the next (or, with -1, the previous) mark, wrapping round. */
  step(by: 1 | -1): void {
    const n = this.marks.length
    if (n === 0) return
    this.current = this.current < 0 ? (by > 0 ? 0 : n - 1) : (this.current + by + n) % n
    this.revealKey++
  }

  close(): void {
    this.open = false
    this.text = ''
  }
}

export const find = new ArticleFind()
