// The workspace: the set of articles, the search index over them, and the user's stores
// (topics, highlights, settings). The handler table calls it; it knows nothing of Electron or HTTP.
// It answers at once from what it has: the article list before the bodies are read, the previous index
// while a new one builds, import progress while an import runs (in the background: see importText).
// Topics, highlights, export and settings are answered by WorkspaceStores (stores.ts), imports
// by import-queue.ts, the speaker warm-up by warm-up.ts; its services are in parts.ts.
import type {
  AppStatus,
  Article,
  ArticleSummary,
  CompareReportRequest,
  CompareRequest,
  Comparison,
  Topic,
  TopicPreview,
  TopicPreviewRequest,
  ImportOptions,
  LoadProblem,
  Notice,
  Mark,
  SearchPage,
  SearchRequest,
} from '../../shared/types'
import { byDate } from '../../shared/dates'
import { NotFoundError, errorMessage } from '../../shared/errors'
import { collapseDuplicates } from '../library/group'
import { IndexNotReadyError, LiveIndex } from '../search/live-index'
import { parseQuery } from '../search/query'
import { emptyPage } from '../search/results'
import { markArticle } from '../search/snippet'
import { speakersOf } from '../speakers/speaker'
import { compare as compareTopic, formatTerms, parseTerms, scanCandidates } from '../topics'
import { topicPreview } from '../topics/preview'
import { comparisonReport, type ReportFile } from '../topics/report-file'
import { ImportQueue } from './import-queue'
import { summarize, type WorkspaceApi, type WorkspaceParts } from './parts'
import { WorkspaceStores } from './stores'
import { sortInSlices } from './sort-slices'
import { SpeakerWarmup, type WarmupReport } from './warm-up'

export { IndexNotReadyError, type ArticleIndex, type BuildIndex } from '../search/live-index'
export * from './parts'

/** Up to this many articles, a comparison before the index covers them reads them in full rather than wait. */
const SCAN_LIMIT = 3000
/** How long a search waits for a rebuild in progress before answering from the previous index. */
const STALE_WAIT_MS = 8000

/** Who said a paragraph, for the speaker filter (cached per article; warmed in the background). */
const speakerOf = (article: Article, paragraph: number) => speakersOf(article).get(paragraph) ?? null

export class Workspace extends WorkspaceStores implements WorkspaceApi {
  #summaries: ArticleSummary[] = []
  /** The articles listed, by id: their summaries before the bodies are read, the articles after. */
  #known: ReadonlyMap<string, unknown> = new Map()
  /** Settles when `#summaries` is sorted for the latest set (sorted in slices: see sort-slices.ts). */
  #sorted: Promise<void> = Promise.resolve()
  #sortRound = 0
  /** Null until the bodies have been read. */
  #articles: Map<string, Article> | null = null
  /** Settles when the bodies have been read (the first set only: see loadedArticles). */
  #bodies: Promise<unknown>
  #readEarly: (id: string) => Promise<Article | undefined>
  #index: LiveIndex
  #notices: Notice[]
  #loadProblems: LoadProblem[]
  readonly #imports: ImportQueue
  readonly #warmup = new SpeakerWarmup()
  #dismissed = new Set<string>()

  constructor(parts: WorkspaceParts) {
    super(parts)
    this.#notices = [...(parts.notices ?? [])]
    this.#loadProblems = [...(parts.loadProblems ?? [])]
    this.#index = new LiveIndex(parts.buildIndex, (error) =>
      this.addNotice({
        id: 'index-failed',
        level: 'error',
        message: `The search index could not be built: ${errorMessage(error)}`,
      }),
    )
    const given = parts.articles
    if (Array.isArray(given)) {
      this.#readEarly = async () => undefined
      this.#bodies = Promise.resolve(this.#setArticles(given))
    } else {
      this.#readEarly = given.read
      this.#setSummaries(() => given.summaries, new Map(given.summaries.map((s) => [s.id, s])))
      this.#bodies = given.articles.then(
        (list) => this.#setArticles(list),
        (error: unknown) => {
          this.addNotice({
            id: 'library-unreadable',
            level: 'error',
            message: `Your library could not be read: ${errorMessage(error)}`,
          })
          throw error
        },
      )
      this.#bodies.catch(() => undefined) // reported as a notice; callers that need the bodies see the error
    }
    this.#imports = new ImportQueue(parts.importer, {
      bodies: this.#bodies,
      addArticles: (articles) => this.addArticles(articles),
      addNotice: (notice) => this.addNotice(notice),
    })
  }

  /** Lets go of what the workspace holds; stores write synchronously, so nothing is pending. */
  dispose(): void {
    this.#warmup.dispose()
    this.#index.dispose()
    this.parts.dispose?.()
  }

  /** Resolves once the bodies are read, queued imports are done and the index over the result is built. */
  async ready(): Promise<void> {
    await this.#bodies
    await this.#imports.idle()
    await this.#index.idle()
  }

  /**
   * Resolves once the background warm-up of speaker attribution (started when an index is ready) has
   * finished for the current articles; what the last complete one did, or null if none has run.
   */
  async speakersWarmed(): Promise<WarmupReport | null> {
    await this.ready()
    await this.#warmup.idle()
    return this.#warmup.last
  }

  // -- the set of articles --

  get articles(): ReadonlyMap<string, Article> {
    return this.#articles ?? new Map()
  }

  /** Adds (or replaces, by id) articles and schedules the index rebuild; the list changes at once. */
  async addArticles(articles: readonly Article[], problems: readonly LoadProblem[] = []): Promise<void> {
    const current = await this.loadedArticles()
    this.#loadProblems.push(...problems)
    this.#setArticles([...current.values(), ...articles])
  }

  addNotice(notice: Notice): void {
    this.#notices = [...this.#notices.filter((n) => n.id !== notice.id), notice]
    this.#dismissed.delete(notice.id)
  }

  protected override bodiesRead(): Promise<unknown> {
    return this.#bodies
  }

  /** The current articles, once the bodies have been read (the set an import last left). */
  protected override async loadedArticles(): Promise<ReadonlyMap<string, Article>> {
    await this.#bodies
    return this.#articles ?? new Map()
  }

  /**
   * The list in date order, worked out after a turn of the event loop and sorted in slices (a start-up
   * must not hold the loop: see sort-slices.ts); `listArticles` waits for it.
   */
  #setSummaries(summaries: () => ArticleSummary[], known: ReadonlyMap<string, unknown>): void {
    const round = ++this.#sortRound
    this.#known = known
    this.#sorted = (async () => {
      await new Promise<void>((resolve) => setImmediate(resolve))
      if (round !== this.#sortRound) return
      const list = summaries()
      const before = this.#summaries
      const byId = new Map(list.map((s) => [s.id, s]))
      // When the bodies arrive for the list already shown, its order still holds: no sort at all.
      const same =
        before.length === list.length &&
        before.every((s) => {
          const now = byId.get(s.id)
          return now !== undefined && now.date === s.date && now.title === s.title
        })
      const sorted = same ? before.map((s) => byId.get(s.id) as ArticleSummary) : await sortInSlices(list, byDate)
      if (round === this.#sortRound) this.#summaries = sorted
    })()
  }

  #setArticles(articles: readonly Article[]): Map<string, Article> {
    const byId = new Map(articles.map((a) => [a.id, a]))
    this.#articles = byId
    this.#setSummaries(() => [...byId.values()].map(summarize), byId)
    this.parts.highlights.articlesChanged(byId)
    const list = [...byId.values()]
    this.#index.update(list)
    // Once the index is ready (not competing with its build or load), speakers for the new set.
    this.#warmup.schedule(list, this.#index.idle())
    return byId
  }

  protected override async article(id: string): Promise<Article> {
    const article = this.#articles?.get(id) ?? (this.#known.has(id) ? await this.#readEarly(id) : undefined)
    if (!article) throw new NotFoundError(`no article with id "${id}"`)
    return article
  }

  get #indexWaitMs(): number {
    return this.parts.indexWaitMs ?? 20_000
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
    this.#imports.pickUpOutside()
    // Until the sort for the latest set has finished (a newer set may arrive while one is sorted).
    for (let sorting = this.#sorted; ; sorting = this.#sorted) {
      await sorting
      if (sorting === this.#sorted) break
    }
    return this.#summaries
  }

  async getArticle(id: string): Promise<Article> {
    return this.article(id)
  }

  async search(request: SearchRequest): Promise<SearchPage> {
    if (!request.query.trim()) return emptyPage(request)
    if (!this.#index.current) await this.#bodies // the first build starts once the bodies are read
    // While a rebuild runs (after an import) the old index misses the new articles: wait a little for the new one.
    const index = await this.#index.settled(this.#index.current ? STALE_WAIT_MS : this.#indexWaitMs)
    if (!index) throw this.#notReady('search')
    return index.searchPage(request, speakerOf)
  }

  /** Needs no index: the article's text is read with the same analyzer the index uses. */
  async markQuery(articleId: string, query: string): Promise<Mark[]> {
    return markArticle(await this.article(articleId), parseQuery(query))
  }

  async status(): Promise<AppStatus> {
    this.#imports.pickUpOutside()
    return {
      articleCount: this.#known.size,
      index: this.#index.progress,
      import: this.#imports.progress,
      notices: [...this.#notices, ...(this.parts.liveNotices?.() ?? [])].filter((n) => !this.#dismissed.has(n.id)),
      loadProblems: [...this.#loadProblems],
    }
  }

  async dismissNotice(id: string): Promise<void> {
    this.#dismissed.add(id)
    this.#notices = this.#notices.filter((n) => n.id !== id)
  }

  // -- comparison (topics, highlights, export and settings: stores.ts) --

  /** One pane per story: near-identical copies fold into their story's pane ("also filed as …"). */
  async compare(request: CompareRequest, definition?: Topic): Promise<Comparison> {
    const all = await this.loadedArticles()
    const pool = request.articleIds ? request.articleIds.flatMap((id) => all.get(id) ?? []) : [...all.values()]
    const articles = collapseDuplicates(pool)
    // Articles the index does not cover yet are read in full; past a few thousand, wait for the index instead.
    if (this.#index.uncovered(articles).length > SCAN_LIMIT) await this.#index.settled(this.#indexWaitMs)
    const index = this.#index.current
    if (this.#index.uncovered(articles).length > SCAN_LIMIT) throw this.#notReady('comparison')
    const candidates = index ? this.#index.candidatesFor(index, articles) : scanCandidates(articles)
    // compare() puts each story's alsoFiledAs on its pane; the user's speaker corrections go over it.
    const comparison = definition
      ? compareTopic(definition, articles, candidates, request)
      : this.parts.topics.compare(request, articles, candidates)
    return this.speakers.applyTo(comparison, all)
  }

  /** What terms being typed would find, before the topic is saved (the topic editor's live preview). */
  async previewTopic(request: TopicPreviewRequest): Promise<TopicPreview> {
    const { terms, coTerms } = parseTerms(formatTerms(request.terms, request.coTerms))
    const topic: Topic = { id: 'preview', name: 'Preview', description: '', terms, coTerms, preset: false }
    return topicPreview(await this.compare({ topic: topic.id }, topic))
  }

  /** The comparison as a report, with the stance labels of the topic's highlights. */
  async compareReport(request: CompareReportRequest): Promise<ReportFile> {
    const { format, mentionedOnly, ...compareRequest } = request
    const comparison = await this.compare(compareRequest)
    return comparisonReport(comparison, format, { mentionedOnly, highlights: await this.listHighlights() })
  }

  // -- import --

  /**
   * Starts importing one file and returns: the import runs in the background (one at a time), its
   * progress and final figures in `status().import`, a failure as a notice. `imported()` waits for it.
   */
  async importText(fileName: string, text: string, options: ImportOptions = {}): Promise<void> {
    this.#imports.start(fileName, text, options)
  }

  /** The same for a binary file (a PDF), sent as base64. */
  async importBytes(fileName: string, base64: string, options: ImportOptions = {}): Promise<void> {
    this.#imports.start(fileName, new Uint8Array(Buffer.from(base64, 'base64')), options)
  }

  /** Resolves when every import asked for so far has finished (its articles listed; the index may still build). */
  imported(): Promise<void> {
    return this.#imports.idle()
  }
}
