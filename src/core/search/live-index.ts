// The search index over the workspace's current articles. A change (start-up, import) schedules a build
// in the background; the previous index keeps answering until the new one is ready, and builds asked for
// while one runs are folded into one. Callers that need an index wait for one, but only so long.
import { NotReadyError } from '../../shared/errors'
import type { Article, SearchPage, SearchRequest } from '../../shared/types'
import type { SpeakerOf } from './results'
import type { CandidateSource } from '../topics'

/** The search index as the workspace uses it (SearchIndex in src/core/search). */
export interface ArticleIndex extends CandidateSource {
  searchPage(request: SearchRequest, speakerOf?: SpeakerOf): SearchPage
  /** The articles a query matches (remembered for the searchPage that follows), when the index can say. */
  matchingArticles?(query: string): Article[]
  /** The index over `articles` made quickly from this one (new and changed ones beside it), or null. */
  extend?(articles: readonly Article[]): ArticleIndex | null
}

export type BuildIndex = (
  articles: readonly Article[],
  onProgress: (done: number, total: number) => void,
) => ArticleIndex | Promise<ArticleIndex>

/** Search or comparison asked for before any index is ready, and the wait for one ran out. */
export class IndexNotReadyError extends NotReadyError {
  override name = 'IndexNotReadyError'
}

export interface IndexProgress {
  ready: boolean
  done: number
  total: number
}

export class LiveIndex {
  readonly #build: BuildIndex
  readonly #onError: (error: unknown) => void
  #index: ArticleIndex | null = null
  /** The articles the current index was built over, by id: what it can vouch for. */
  #covered: ReadonlyMap<string, Article> = new Map()
  #wanted: readonly Article[] = []
  #version = 0
  #running: Promise<void> | null = null
  #progress: IndexProgress = { ready: false, done: 0, total: 0 }
  #waiters = new Set<() => void>()
  /** The version of the wanted articles the current index answers for exactly. */
  #indexVersion = -1
  /** A full build is wanted (none yet, too much changed, or folding a side index in). */
  #needsBuild = false
  readonly #foldAfterMs: number
  #foldTimer: ReturnType<typeof setTimeout> | undefined

  /**
   * `foldAfterMs`: after an update answered by a side index, how long without another update before a
   * full build folds it into the main index (in the background; the side index answers meanwhile).
   */
  constructor(build: BuildIndex, onError: (error: unknown) => void, foldAfterMs = 20_000) {
    this.#build = build
    this.#onError = onError
    this.#foldAfterMs = foldAfterMs
  }

  /** True when the current index answers for the latest articles (built or extended for them). */
  get upToDate(): boolean {
    return this.#index !== null && this.#indexVersion === this.#version
  }

  /** Stops a pending fold; a build that is running finishes. */
  dispose(): void {
    clearTimeout(this.#foldTimer)
  }

  get progress(): IndexProgress {
    return { ...this.#progress }
  }

  get current(): ArticleIndex | null {
    return this.#index
  }

  /** Schedules an index over `articles`; returns at once. */
  update(articles: readonly Article[]): void {
    this.#wanted = articles
    this.#version++
    if (this.#extendTo(articles)) {
      // Searchable now; folded into a full build once updates stop coming.
      clearTimeout(this.#foldTimer)
      this.#foldTimer = setTimeout(() => {
        this.#needsBuild = true
        this.#running ??= this.#run()
      }, this.#foldAfterMs)
      this.#foldTimer.unref?.()
      return
    }
    this.#needsBuild = true
    this.#progress = { ready: false, done: 0, total: articles.length }
    this.#running ??= this.#run()
  }

  /** Makes the current index answer for `articles` through a side index; false when it cannot. */
  #extendTo(articles: readonly Article[]): boolean {
    const extended = this.#index?.extend?.(articles)
    if (!extended) return false
    this.#index = extended
    this.#indexVersion = this.#version
    this.#covered = new Map(articles.map((a) => [a.id, a]))
    this.#progress = { ready: true, done: articles.length, total: articles.length }
    return true
  }

  /** Why `what` cannot be answered from an index yet: one is still being built, or could not be. */
  notReady(what: string): IndexNotReadyError {
    const { done, total } = this.#progress
    if (!this.building) return new IndexNotReadyError(`${what}: the search index could not be built (see the notice)`)
    return new IndexNotReadyError(
      `${what}: the search index is still being built (${done} of ${total}); try again in a moment`,
    )
  }

  /** Resolves when no build is running or waiting. */
  async idle(): Promise<void> {
    while (this.#running) await this.#running
  }

  /** True while a build runs or waits: the current index (if any) may miss the newest articles. */
  get building(): boolean {
    return this.#running !== null
  }

  /** The index once no build is running, or whatever is current when `waitMs` runs out (maybe null). */
  async settled(waitMs: number): Promise<ArticleIndex | null> {
    const deadline = Date.now() + waitMs
    while (this.#running && !this.upToDate && Date.now() < deadline) {
      let timer: ReturnType<typeof setTimeout> | undefined
      let wake = () => {}
      await new Promise<void>((resolve) => {
        wake = resolve
        this.#waiters.add(wake)
        timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))
      })
      clearTimeout(timer)
      this.#waiters.delete(wake)
    }
    return this.#index
  }

  /** Articles the current index was not built over (added or changed since). */
  uncovered(articles: readonly Article[]): Article[] {
    return articles.filter((article) => {
      const seen = this.#covered.get(article.id)
      // The same object first: a library article's body is parsed only when asked for.
      return !seen || (seen !== article && (seen.body !== article.body || seen.paragraphs !== article.paragraphs))
    })
  }

  /**
   * Candidate paragraphs for `articles`: the index's for the articles it was built over, every paragraph
   * of those added or changed since (so a comparison during a rebuild misses nothing).
   */
  candidatesFor(index: ArticleIndex, articles: readonly Article[]): CandidateSource {
    const fresh = this.uncovered(articles)
    return {
      candidates(terms) {
        const found = index.candidates(terms)
        for (const article of fresh) found.set(article.id, new Set(article.paragraphs.map((p) => p.index)))
        return found
      },
    }
  }

  async #run(): Promise<void> {
    for (;;) {
      if (!this.#needsBuild) {
        // Checked and cleared with no await in between, so an update() cannot slip past a finishing run.
        this.#running = null
        for (const wake of this.#waiters) wake()
        const total = this.#wanted.length
        this.#progress = { ready: this.#index !== null, done: this.#index ? total : 0, total }
        return
      }
      this.#needsBuild = false
      const version = this.#version
      const articles = this.#wanted
      try {
        const index = await this.#build(articles, (done, total) => {
          if (version === this.#version && !this.upToDate) this.#progress = { ready: false, done, total }
        })
        this.#index = index
        this.#indexVersion = version
        this.#covered = new Map(articles.map((a) => [a.id, a]))
        // Updates that came during the build: beside the new index if they can be, else another build.
        if (version !== this.#version && !this.#extendTo(this.#wanted)) this.#needsBuild = true
      } catch (error) {
        this.#onError(error)
      }
      for (const wake of this.#waiters) wake()
    }
  }
}
