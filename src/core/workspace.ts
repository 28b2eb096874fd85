// The workspace: the set of articles, the search index over them, and the user's stores
// (topics, highlights, settings). The handler table calls it; it knows nothing of Electron or HTTP.
// It answers at once from what it has: the article list before the bodies are read, the previous index
// while a new one builds, import progress while an import runs (in the background: see importText).
import type {
  AppStatus,
  Article,
  ArticleSummary,
  CompareRequest,
  Comparison,
  ExportScope,
  Highlight,
  HighlightPatch,
  ImportProgress,
  LoadProblem,
  NewHighlight,
  Notice,
  PlacedHighlight,
  SearchHit,
  Settings,
  Topic,
  TopicInput,
} from '../shared/types'
import { collapseDuplicates } from './library/group'
import { IndexNotReadyError, LiveIndex } from './live-index'
import { scanCandidates } from './topics'
import {
  byDate,
  NotFoundError,
  summarize,
  type Importer,
  type MarkdownExport,
  type WorkspaceApi,
  type WorkspaceParts,
} from './workspace-parts'

export { IndexNotReadyError, type ArticleIndex, type BuildIndex } from './live-index'
export * from './workspace-parts'

const DEFAULT_SETTINGS: Settings = { lastArticleId: null }
/** Up to this many articles, a comparison before the index covers them reads them in full rather than wait. */
const SCAN_LIMIT = 3000
/** How long a search waits for a rebuild in progress before answering from the previous index. */
const STALE_WAIT_MS = 8000
/** How often, at most, status and the list look for articles another process imported into the library. */
const PICK_UP_MS = 2000

const importStarting = (file: string): ImportProgress => ({
  running: true,
  file,
  done: 0,
  total: 0,
  added: 0,
  ratePerSecond: 0,
  secondsLeft: null,
  skipped: [],
})

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export class Workspace implements WorkspaceApi {
  #summaries: ArticleSummary[] = []
  #summaryById = new Map<string, ArticleSummary>()
  /** Null until the bodies have been read. */
  #articles: Map<string, Article> | null = null
  /** Settles when the bodies have been read (the first set only: see #loaded). */
  #bodies: Promise<unknown>
  #readEarly: (id: string) => Promise<Article | undefined>
  #index: LiveIndex
  #notices: Notice[]
  #loadProblems: LoadProblem[]
  #import: ImportProgress | null = null
  #imports: Promise<void> = Promise.resolve()
  #dismissed = new Set<string>()
  #lastPickUp = 0
  readonly #parts: WorkspaceParts

  constructor(parts: WorkspaceParts) {
    this.#parts = parts
    this.#notices = [...(parts.notices ?? [])]
    this.#loadProblems = [...(parts.loadProblems ?? [])]
    this.#index = new LiveIndex(parts.buildIndex, (error) =>
      this.addNotice({
        id: 'index-failed',
        level: 'error',
        message: `The search index could not be built: ${messageOf(error)}`,
      }),
    )
    const given = parts.articles
    if (Array.isArray(given)) {
      this.#readEarly = async () => undefined
      this.#bodies = Promise.resolve(this.#setArticles(given))
    } else {
      this.#readEarly = given.read
      this.#setSummaries(given.summaries)
      this.#bodies = given.articles.then(
        (list) => this.#setArticles(list),
        (error: unknown) => {
          this.addNotice({
            id: 'library-unreadable',
            level: 'error',
            message: `Your library could not be read: ${messageOf(error)}`,
          })
          throw error
        },
      )
      this.#bodies.catch(() => undefined) // reported as a notice; callers that need the bodies see the error
    }
  }

  /** Lets go of what the workspace holds; stores write synchronously, so nothing is pending. */
  dispose(): void {
    this.#parts.dispose?.()
  }

  /** Resolves once the bodies are read, queued imports are done and the index over the result is built. */
  async ready(): Promise<void> {
    await this.#bodies
    await this.#imports
    await this.#index.idle()
  }

  // -- the set of articles --

  get articles(): ReadonlyMap<string, Article> {
    return this.#articles ?? new Map()
  }

  /** Adds (or replaces, by id) articles and schedules the index rebuild; the list changes at once. */
  async addArticles(articles: readonly Article[], problems: readonly LoadProblem[] = []): Promise<void> {
    const current = await this.#loaded()
    this.#loadProblems.push(...problems)
    this.#setArticles([...current.values(), ...articles])
  }

  addNotice(notice: Notice): void {
    this.#notices = [...this.#notices.filter((n) => n.id !== notice.id), notice]
    this.#dismissed.delete(notice.id)
  }

  /** The current articles, once the bodies have been read (the set an import last left). */
  async #loaded(): Promise<ReadonlyMap<string, Article>> {
    await this.#bodies
    return this.#articles ?? new Map()
  }

  #setSummaries(summaries: ArticleSummary[]): void {
    this.#summaries = [...summaries].sort(byDate)
    this.#summaryById = new Map(this.#summaries.map((s) => [s.id, s]))
  }

  #setArticles(articles: readonly Article[]): Map<string, Article> {
    const byId = new Map(articles.map((a) => [a.id, a]))
    this.#articles = byId
    this.#setSummaries([...byId.values()].map(summarize))
    this.#parts.highlights.articlesChanged(byId)
    this.#index.update([...byId.values()])
    return byId
  }

  async #article(id: string): Promise<Article> {
    const article = this.#articles?.get(id) ?? (this.#summaryById.has(id) ? await this.#readEarly(id) : undefined)
    if (!article) throw new NotFoundError(`no article with id "${id}"`)
    return article
  }

  get #indexWaitMs(): number {
    return this.#parts.indexWaitMs ?? 20_000
  }

  #notReady(what: string): IndexNotReadyError {
    const { done, total } = this.#index.progress
    if (!this.#index.building)
      return new IndexNotReadyError(`${what}: the search index could not be built (see the notice)`)
    return new IndexNotReadyError(
      `${what}: the search index is still being built (${done} of ${total}); try again in a moment`,
    )
  }

  // -- library and reader --

  async listArticles(): Promise<ArticleSummary[]> {
    this.#pickUpOutside()
    return this.#summaries
  }

  async getArticle(id: string): Promise<Article> {
    return this.#article(id)
  }

  async search(query: string): Promise<SearchHit[]> {
    if (!query.trim()) return []
    if (!this.#index.current) await this.#bodies // the first build starts once the bodies are read
    // While a rebuild runs (after an import) the old index misses the new articles: wait a little for the new one.
    const index = await this.#index.settled(this.#index.current ? STALE_WAIT_MS : this.#indexWaitMs)
    if (!index) throw this.#notReady('search')
    return index.search(query)
  }

  async status(): Promise<AppStatus> {
    this.#pickUpOutside()
    return {
      articleCount: this.#summaries.length,
      index: this.#index.progress,
      import: this.#import,
      notices: [...this.#notices, ...(this.#parts.liveNotices?.() ?? [])].filter((n) => !this.#dismissed.has(n.id)),
      loadProblems: [...this.#loadProblems],
    }
  }

  async dismissNotice(id: string): Promise<void> {
    this.#dismissed.add(id)
    this.#notices = this.#notices.filter((n) => n.id !== id)
  }

  // -- topics and comparison --

  #config<T>(change: () => T): T {
    return this.#parts.settings.update ? this.#parts.settings.update(change) : change()
  }

  async listTopics(): Promise<Topic[]> {
    return this.#parts.topics.list()
  }

  async saveTopic(input: TopicInput): Promise<Topic> {
    return this.#config(() => this.#parts.topics.save(input))
  }

  async deleteTopic(id: string): Promise<void> {
    this.#config(() => this.#parts.topics.delete(id))
  }

  /** One pane per story: near-identical copies fold into their story's pane ("also filed as …"). */
  async compare(request: CompareRequest): Promise<Comparison> {
    const all = await this.#loaded()
    const pool = request.articleIds ? request.articleIds.flatMap((id) => all.get(id) ?? []) : [...all.values()]
    const articles = collapseDuplicates(pool)
    // Articles the index does not cover yet are read in full; past a few thousand, wait for the index instead.
    if (this.#index.uncovered(articles).length > SCAN_LIMIT) await this.#index.settled(this.#indexWaitMs)
    const index = this.#index.current
    if (this.#index.uncovered(articles).length > SCAN_LIMIT) throw this.#notReady('comparison')
    const candidates = index ? this.#index.candidatesFor(index, articles) : scanCandidates(articles)
    // compare() puts each story's alsoFiledAs on its pane.
    return this.#parts.topics.compare(request, articles, candidates)
  }

  // -- highlights (placed on the bodies, so each waits for them) --

  async listHighlights(): Promise<PlacedHighlight[]> {
    await this.#bodies
    return this.#parts.highlights.list()
  }

  async addHighlight(input: NewHighlight): Promise<PlacedHighlight> {
    await this.#bodies
    await this.#article(input.articleId)
    return this.#parts.highlights.add(input)
  }

  async updateHighlight(id: string, patch: HighlightPatch): Promise<PlacedHighlight> {
    await this.#bodies
    return this.#parts.highlights.update(id, patch)
  }

  async deleteHighlight(id: string): Promise<Highlight> {
    await this.#bodies
    return this.#parts.highlights.delete(id)
  }

  async restoreHighlight(highlight: Highlight): Promise<PlacedHighlight> {
    await this.#bodies
    return this.#parts.highlights.restore(highlight)
  }

  async reattachHighlight(id: string, articleId: string, start: number, end: number): Promise<PlacedHighlight> {
    await this.#bodies
    await this.#article(articleId)
    return this.#parts.highlights.reattach(id, articleId, start, end)
  }

  async listStances(): Promise<string[]> {
    return this.#parts.highlights.stances()
  }

  async addStance(label: string): Promise<string[]> {
    return this.#parts.highlights.addStance(label)
  }

  async exportMarkdown(scope: ExportScope): Promise<MarkdownExport> {
    const articles = await this.#loaded()
    if (scope.kind === 'article') await this.#article(scope.articleId)
    return this.#parts.exportMarkdown(scope, articles)
  }

  // -- import --

  /**
   * Starts importing one file and returns: the import runs in the background (one at a time), its
   * progress and final figures in `status().import`, a failure as a notice. `imported()` waits for it.
   */
  async importText(fileName: string, text: string): Promise<void> {
    const importer = this.#parts.importer
    if (!importer) throw new Error('import is not available in this build')
    importer.check?.(fileName)
    if (!this.#import?.running) this.#import = importStarting(fileName)
    this.#imports = this.#imports.then(() => this.#runImport(importer, fileName, text))
  }

  /** Resolves when every import asked for so far has finished (its articles listed; the index may still build). */
  imported(): Promise<void> {
    return this.#imports
  }

  async #runImport(importer: Importer, fileName: string, text: string): Promise<void> {
    this.#import = importStarting(fileName)
    try {
      await this.#bodies
      const outcome = await importer.run(fileName, text, (progress) => (this.#import = { ...progress, running: true }))
      if (outcome.articles.length) await this.addArticles(outcome.articles)
      this.#import = { ...outcome.progress, running: false }
    } catch (error) {
      this.#import = { ...(this.#import ?? importStarting(fileName)), running: false, secondsLeft: 0 }
      this.addNotice({
        id: 'import-failed',
        level: 'error',
        message: `Import of ${fileName} failed: ${messageOf(error)}`,
      })
    }
  }

  /**
   * Another process may import into the same library (`cli import` defaults to it): now and then, queued
   * with the imports, the library is looked at again and what it added joins the list (the renderer sees
   * the article count change on its next status poll and reloads the list).
   */
  #pickUpOutside(): void {
    const importer = this.#parts.importer
    if (!importer?.pickUp || this.#import?.running || Date.now() - this.#lastPickUp < PICK_UP_MS) return
    this.#lastPickUp = Date.now()
    const pickUp = importer.pickUp.bind(importer)
    this.#imports = this.#imports.then(async () => {
      // A library that could not be read at all is reported already (library-unreadable).
      if (
        !(await this.#bodies.then(
          () => true,
          () => false,
        ))
      )
        return
      try {
        const articles = await pickUp()
        if (articles.length) await this.addArticles(articles)
      } catch (error) {
        this.addNotice({
          id: 'library-refresh-failed',
          level: 'warning',
          message: `Articles imported into your library by another program could not be read: ${messageOf(error)}`,
        })
      }
    })
  }

  // -- settings --

  async getSettings(): Promise<Settings> {
    const stored = this.#parts.settings.get('settings')
    return { ...DEFAULT_SETTINGS, ...(isRecord(stored) ? (stored as Partial<Settings>) : {}) }
  }

  async setSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.#config(() => {
      const stored = this.#parts.settings.get('settings')
      const next = { ...DEFAULT_SETTINGS, ...(isRecord(stored) ? (stored as Partial<Settings>) : {}), ...patch }
      this.#parts.settings.set('settings', next)
      return next
    })
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
