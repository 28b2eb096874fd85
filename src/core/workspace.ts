// The workspace: the set of articles, the search index over them, and the user's stores
// (topics, highlights, settings). The handler table calls it; it knows nothing of Electron or HTTP.
// It answers at once from what it has: the article list before the bodies are read, the previous index
// while a new one builds, import progress while an import runs (in the background: see importText).
import type { Api } from '../shared/api'
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
import { IndexNotReadyError, LiveIndex, type BuildIndex } from './live-index'
import { scanCandidates, type CandidateSource } from './topics'

export { IndexNotReadyError, type ArticleIndex } from './live-index'

/** An export ready to be saved (app) or downloaded (browser host). */
export interface MarkdownExport {
  fileName: string
  markdown: string
  count: number
  /** Re-exporting to a file: the generated part replaced in place, what the user wrote around it kept. */
  updateFile(existing: string): string
}

/** What the handler table needs: the Api, except that export returns the Markdown and links stay with the platform. */
export type WorkspaceApi = Omit<Api, 'exportMarkdown' | 'openExternal'> & {
  exportMarkdown(scope: ExportScope): Promise<MarkdownExport>
}

/** An article, highlight or topic that does not exist (the browser host answers 404). */
export class NotFoundError extends Error {
  override name = 'NotFoundError'
}

/** A key-value store: electron-store in the app, conf in Node; both have this shape. */
export interface KeyValueStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
  /** Runs a read-modify-write as one step other processes cannot interleave with (config.json's lock). */
  update?<T>(change: () => T): T
}

/** Topics, presets and the user's own, and the comparison over a set of articles. */
export interface TopicService {
  list(): Topic[]
  save(input: TopicInput): Topic
  delete(id: string): void
  compare(request: CompareRequest, articles: readonly Article[], candidates: CandidateSource): Comparison
}

/** Highlights anchored on the current articles. */
export interface HighlightService {
  list(): PlacedHighlight[]
  add(input: NewHighlight): PlacedHighlight
  update(id: string, patch: HighlightPatch): PlacedHighlight
  delete(id: string): Highlight
  restore(highlight: Highlight): PlacedHighlight
  reattach(id: string, articleId: string, start: number, end: number): PlacedHighlight
  stances(): string[]
  addStance(label: string): string[]
  /** Re-anchor every highlight after the article set changed. */
  articlesChanged(articles: ReadonlyMap<string, Article>): void
}

export type ExportMarkdown = (scope: ExportScope, articles: ReadonlyMap<string, Article>) => MarkdownExport

/** What an import added: the articles new or changed (replacing those with the same id) and its final figures. */
export interface ImportOutcome {
  articles: Article[]
  progress: ImportProgress
}

/** Turns one imported file into articles, reporting progress as it goes. */
export interface Importer {
  /** Throws ImportError when the file cannot be imported at all (its type), before anything starts. */
  check?(fileName: string): void
  run(fileName: string, text: string, onProgress: (progress: ImportProgress) => void): Promise<ImportOutcome>
}

/** A file that cannot be imported as given (the browser host answers 400). */
export class ImportError extends Error {
  override name = 'ImportError'
}

/** Articles whose list is known at once but whose text arrives later (the user's library on a warm start). */
export interface ArticleSet {
  summaries: ArticleSummary[]
  articles: Promise<Article[]>
  /** One article in full before `articles` has arrived. */
  read(id: string): Promise<Article | undefined>
}

export interface WorkspaceParts {
  articles: Article[] | ArticleSet
  loadProblems?: LoadProblem[]
  notices?: Notice[]
  /** Notices that appear while running (a store backed up after outside damage). */
  liveNotices?(): Notice[]
  buildIndex: BuildIndex
  topics: TopicService
  highlights: HighlightService
  exportMarkdown: ExportMarkdown
  settings: KeyValueStore
  importer?: Importer
  /** How long a search waits for a first index before saying it is not ready (default 20 s). */
  indexWaitMs?: number
  dispose?(): void
}

const DEFAULT_SETTINGS: Settings = { lastArticleId: null }
/** Up to this many articles, a comparison before the index is ready reads them all rather than wait. */
const SCAN_LIMIT = 3000

export function summarize(article: Article): ArticleSummary {
  const { body: _body, paragraphs, ...summary } = article
  return { ...summary, paragraphCount: paragraphs.length }
}

/** Oldest first, undated last, then by title: the order of the library and of comparisons. */
export function byDate(a: ArticleSummary, b: ArticleSummary): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1
    if (b.date === null) return -1
    return a.date < b.date ? -1 : 1
  }
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id)
}

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
  #bodies: Promise<Map<string, Article>>
  #readEarly: (id: string) => Promise<Article | undefined>
  #index: LiveIndex
  #notices: Notice[]
  #loadProblems: LoadProblem[]
  #import: ImportProgress | null = null
  #imports: Promise<void> = Promise.resolve()
  #dismissed = new Set<string>()
  readonly #parts: WorkspaceParts

  constructor(parts: WorkspaceParts) {
    this.#parts = parts
    this.#notices = [...(parts.notices ?? [])]
    this.#loadProblems = [...(parts.loadProblems ?? [])]
    this.#index = new LiveIndex(parts.buildIndex, (error) =>
      this.addNotice({ id: 'index-failed', level: 'error', message: `The search index could not be built: ${messageOf(error)}` }),
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
          this.addNotice({ id: 'library-unreadable', level: 'error', message: `Your library could not be read: ${messageOf(error)}` })
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
    const current = await this.#bodies
    this.#loadProblems.push(...problems)
    this.#setArticles([...current.values(), ...articles])
  }

  addNotice(notice: Notice): void {
    this.#notices = [...this.#notices.filter((n) => n.id !== notice.id), notice]
    this.#dismissed.delete(notice.id)
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

  #notReady(what: string): IndexNotReadyError {
    const { done, total } = this.#index.progress
    return new IndexNotReadyError(`${what}: the search index is still being built (${done} of ${total}); try again in a moment`)
  }

  // -- library and reader --

  async listArticles(): Promise<ArticleSummary[]> {
    return this.#summaries
  }

  async getArticle(id: string): Promise<Article> {
    return this.#article(id)
  }

  async search(query: string): Promise<SearchHit[]> {
    if (!query.trim()) return []
    let index = this.#index.current
    if (!index) {
      await this.#bodies // the first build starts once the bodies are read
      index = await this.#index.available(this.#parts.indexWaitMs ?? 20_000)
    }
    if (!index) throw this.#notReady('search')
    return index.search(query)
  }

  async status(): Promise<AppStatus> {
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
    const all = await this.#bodies
    const pool = request.articleIds
      ? request.articleIds.flatMap((id) => all.get(id) ?? [])
      : [...all.values()]
    const articles = collapseDuplicates(pool)
    let index = this.#index.current
    if (!index && articles.length > SCAN_LIMIT) index = await this.#index.available(this.#parts.indexWaitMs ?? 20_000)
    if (!index && articles.length > SCAN_LIMIT) throw this.#notReady('comparison')
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
    const articles = await this.#bodies
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
      this.addNotice({ id: 'import-failed', level: 'error', message: `Import of ${fileName} failed: ${messageOf(error)}` })
    }
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
