// The workspace: the set of articles, the search index over them, and the user's stores
// (topics, highlights, settings). The handler table calls it; it knows nothing of Electron or HTTP.
// Import adds articles through `addArticles`, which rebuilds the index and swaps it in when ready.
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
}

/** The search index as the workspace uses it (SearchIndex in src/core/search). */
export interface ArticleIndex {
  search(query: string): SearchHit[]
  /** Per article id, paragraphs that may hold one of the terms (for comparison). */
  candidates(terms: string[]): Map<string, Set<number>>
}

/** Topics, presets and the user's own, and the comparison over a set of articles. */
export interface TopicService {
  list(): Topic[]
  save(input: TopicInput): Topic
  delete(id: string): void
  compare(request: CompareRequest, articles: readonly Article[], index: ArticleIndex): Comparison
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

/** Turns one imported file into articles (the scale work replaces this with a worker-backed importer). */
export type Importer = (fileName: string, text: string, workspace: Workspace) => Promise<void>

export interface WorkspaceParts {
  articles: Article[]
  loadProblems?: LoadProblem[]
  notices?: Notice[]
  /** Notices that appear while running (a store backed up after outside damage). */
  liveNotices?(): Notice[]
  buildIndex(articles: readonly Article[]): ArticleIndex | Promise<ArticleIndex>
  topics: TopicService
  highlights: HighlightService
  exportMarkdown: ExportMarkdown
  settings: KeyValueStore
  importer?: Importer
  dispose?(): void
}

const DEFAULT_SETTINGS: Settings = { lastArticleId: null }

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

export class Workspace implements WorkspaceApi {
  #articles = new Map<string, Article>()
  #summaries: ArticleSummary[] = []
  #index: ArticleIndex | null = null
  #indexBuild: Promise<void> = Promise.resolve()
  #indexProgress = { ready: false, done: 0, total: 0 }
  #notices: Notice[]
  #loadProblems: LoadProblem[]
  #import: ImportProgress | null = null
  #dismissed = new Set<string>()
  readonly #parts: WorkspaceParts

  constructor(parts: WorkspaceParts) {
    this.#parts = parts
    this.#notices = [...(parts.notices ?? [])]
    this.#loadProblems = [...(parts.loadProblems ?? [])]
    this.#setArticles(parts.articles)
    parts.highlights.articlesChanged(this.#articles)
  }

  /** Lets go of what the workspace holds; stores write synchronously, so nothing is pending. */
  dispose(): void {
    this.#parts.dispose?.()
  }

  /** Resolves once the index over the current articles is built (callers that must search wait on it). */
  ready(): Promise<void> {
    return this.#indexBuild
  }

  // -- the set of articles (the import seam) --

  get articles(): ReadonlyMap<string, Article> {
    return this.#articles
  }

  /** Adds (or replaces, by id) articles, re-anchors highlights and rebuilds the index. */
  async addArticles(articles: readonly Article[], problems: readonly LoadProblem[] = []): Promise<void> {
    this.#loadProblems.push(...problems)
    this.#setArticles([...this.#articles.values(), ...articles])
    this.#parts.highlights.articlesChanged(this.#articles)
    await this.#indexBuild
  }

  setImportProgress(progress: ImportProgress | null): void {
    this.#import = progress
  }

  addNotice(notice: Notice): void {
    this.#notices = [...this.#notices.filter((n) => n.id !== notice.id), notice]
  }

  #setArticles(articles: readonly Article[]): void {
    this.#articles = new Map(articles.map((a) => [a.id, a]))
    this.#summaries = [...this.#articles.values()].map(summarize).sort(byDate)
    const snapshot = [...this.#articles.values()]
    this.#indexProgress = { ready: this.#index !== null, done: 0, total: snapshot.length }
    // The old index keeps answering until the new one is ready.
    this.#indexBuild = this.#indexBuild.then(async () => {
      this.#index = await this.#parts.buildIndex(snapshot)
      this.#indexProgress = { ready: true, done: snapshot.length, total: snapshot.length }
    })
  }

  async #readyIndex(): Promise<ArticleIndex> {
    if (!this.#index) await this.#indexBuild
    if (!this.#index) throw new Error('the search index could not be built')
    return this.#index
  }

  #article(id: string): Article {
    const article = this.#articles.get(id)
    if (!article) throw new NotFoundError(`no article with id "${id}"`)
    return article
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
    return (await this.#readyIndex()).search(query)
  }

  async status(): Promise<AppStatus> {
    return {
      articleCount: this.#articles.size,
      index: { ...this.#indexProgress },
      import: this.#import,
      notices: [...this.#notices, ...(this.#parts.liveNotices?.() ?? []).filter((n) => !this.#dismissed.has(n.id))],
      loadProblems: [...this.#loadProblems],
    }
  }

  async dismissNotice(id: string): Promise<void> {
    this.#dismissed.add(id)
    this.#notices = this.#notices.filter((n) => n.id !== id)
  }

  // -- topics and comparison --

  async listTopics(): Promise<Topic[]> {
    return this.#parts.topics.list()
  }

  async saveTopic(input: TopicInput): Promise<Topic> {
    return this.#parts.topics.save(input)
  }

  async deleteTopic(id: string): Promise<void> {
    this.#parts.topics.delete(id)
  }

  async compare(request: CompareRequest): Promise<Comparison> {
    const index = await this.#readyIndex()
    return this.#parts.topics.compare(request, [...this.#articles.values()], index)
  }

  // -- highlights --

  async listHighlights(): Promise<PlacedHighlight[]> {
    return this.#parts.highlights.list()
  }

  async addHighlight(input: NewHighlight): Promise<PlacedHighlight> {
    this.#article(input.articleId)
    return this.#parts.highlights.add(input)
  }

  async updateHighlight(id: string, patch: HighlightPatch): Promise<PlacedHighlight> {
    return this.#parts.highlights.update(id, patch)
  }

  async deleteHighlight(id: string): Promise<Highlight> {
    return this.#parts.highlights.delete(id)
  }

  async restoreHighlight(highlight: Highlight): Promise<PlacedHighlight> {
    return this.#parts.highlights.restore(highlight)
  }

  async reattachHighlight(id: string, articleId: string, start: number, end: number): Promise<PlacedHighlight> {
    this.#article(articleId)
    return this.#parts.highlights.reattach(id, articleId, start, end)
  }

  async listStances(): Promise<string[]> {
    return this.#parts.highlights.stances()
  }

  async addStance(label: string): Promise<string[]> {
    return this.#parts.highlights.addStance(label)
  }

  async exportMarkdown(scope: ExportScope): Promise<MarkdownExport> {
    if (scope.kind === 'article') this.#article(scope.articleId)
    return this.#parts.exportMarkdown(scope, this.#articles)
  }

  // -- import --

  async importText(fileName: string, text: string): Promise<void> {
    if (!this.#parts.importer) throw new Error('import is not available in this build')
    await this.#parts.importer(fileName, text, this)
  }

  // -- settings --

  async getSettings(): Promise<Settings> {
    const stored = this.#parts.settings.get('settings')
    return { ...DEFAULT_SETTINGS, ...(isRecord(stored) ? (stored as Partial<Settings>) : {}) }
  }

  async setSettings(patch: Partial<Settings>): Promise<Settings> {
    const next = { ...(await this.getSettings()), ...patch }
    this.#parts.settings.set('settings', next)
    return next
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
