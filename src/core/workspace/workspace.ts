// The workspace: the articles, the search index over them and the user's stores (topics, highlights,
// settings), called by the handler table; it knows nothing of Electron or HTTP. It answers at once from
// what it has: the list before the bodies are read, the previous index while a new one builds, import
// progress while an import runs. Stores: stores.ts; imports: import-queue.ts; removals: removal.ts; the
// speaker warm-up: warm-up.ts; its services: deps.ts.
import type {
  AppStatus,
  Article,
  ArticleSummary,
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
import { NotFoundError, errorMessage } from '../../shared/errors'
import { collapseDuplicates } from '../library/group'
import { LiveIndex } from '../search/live-index'
import { parseQuery } from '../search/query'
import { emptyPage } from '../search/results'
import { markArticle } from '../search/snippet'
import { speakerOf } from '../speakers/speaker'
import { compare as compareTopic, formatTerms, parseTerms, scanCandidates } from '../topics'
import { topicPreview } from '../topics/preview'
import { ImportQueue } from './import-queue'
import { summarize, type WorkspaceApi, type WorkspaceDeps } from './deps'
import { UserStores } from './stores'
import { ArticleList } from './article-list'
import { mapInSlices } from '../slices/turn'
import { ArticleRemoval } from './removal'
import { SpeakerWarmup, warmInSlices, type WarmupReport } from './warm-up'

export { IndexNotReadyError, type ArticleIndex, type BuildIndex } from '../search/live-index'
export * from './deps'

/** Up to this many articles, a comparison before the index covers them reads them in full rather than wait. */
const SCAN_LIMIT = 3000
/** How long a search waits for a rebuild in progress before answering from the previous index. */
const STALE_WAIT_MS = 8000

export class Workspace implements WorkspaceApi {
  readonly deps: WorkspaceDeps
  /** Topics, highlights, speakers, export and settings: composed, given access to the articles. */
  readonly stores: UserStores
  /** The article list in date order, and the ids it holds. */
  readonly #list = new ArticleList()
  /** Null until the bodies have been read. */
  #articles: Map<string, Article> | null = null
  /** Settles when the bodies have been read (the first set only: see loadedArticles). */
  #bodies: Promise<unknown>
  #readEarly: (id: string) => Promise<Article | undefined>
  #index: LiveIndex
  #notices: Notice[]
  #loadProblems: LoadProblem[]
  readonly #imports: ImportQueue
  readonly #warmup: SpeakerWarmup
  readonly #removal: ArticleRemoval
  #dismissed = new Set<string>()
  readonly #indexWaitMs: number

  constructor(deps: WorkspaceDeps) {
    this.deps = deps
    this.#indexWaitMs = deps.indexWaitMs ?? 20_000
    this.#warmup = new SpeakerWarmup(deps.speakerCache)
    this.stores = new UserStores(deps, {
      bodiesRead: () => this.#bodies,
      loadedArticles: () => this.#loadedArticles(),
      article: (id) => this.#article(id),
      compare: (request) => this.compare(request),
    })
    this.#notices = [...(deps.notices ?? [])]
    this.#loadProblems = [...(deps.loadProblems ?? [])]
    this.#index = new LiveIndex(deps.buildIndex, (error) =>
      this.addNotice({
        id: 'index-failed',
        level: 'error',
        message: `The search index could not be built: ${errorMessage(error)}`,
      }),
    )
    const given = deps.articles
    if (Array.isArray(given)) {
      this.#readEarly = async () => undefined
      this.#bodies = Promise.resolve(this.#setArticles(given))
    } else {
      this.#readEarly = given.read
      this.#list.set(() => given.summaries, new Map(given.summaries.map((s) => [s.id, s])))
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
    this.#imports = new ImportQueue(deps.importer, {
      bodies: this.#bodies,
      addArticles: (articles) => this.addArticles(articles),
      addNotice: (notice) => this.addNotice(notice),
    })
    const target = { highlights: deps.highlights, setArticles: (list: readonly Article[]) => this.#setArticles(list) }
    this.#removal = new ArticleRemoval(deps.importer, { ...target, loadedArticles: () => this.#loadedArticles() })
  }

  // -- topics, highlights, speakers, export, settings: the user's stores (stores.ts) --

  readonly listTopics: UserStores['listTopics'] = (...args) => this.stores.listTopics(...args)
  readonly saveTopic: UserStores['saveTopic'] = (...args) => this.stores.saveTopic(...args)
  readonly deleteTopic: UserStores['deleteTopic'] = (...args) => this.stores.deleteTopic(...args)
  readonly listHighlights: UserStores['listHighlights'] = (...args) => this.stores.listHighlights(...args)
  readonly addHighlight: UserStores['addHighlight'] = (...args) => this.stores.addHighlight(...args)
  readonly updateHighlight: UserStores['updateHighlight'] = (...args) => this.stores.updateHighlight(...args)
  readonly deleteHighlight: UserStores['deleteHighlight'] = (...args) => this.stores.deleteHighlight(...args)
  readonly restoreHighlight: UserStores['restoreHighlight'] = (...args) => this.stores.restoreHighlight(...args)
  readonly reattachHighlight: UserStores['reattachHighlight'] = (...args) => this.stores.reattachHighlight(...args)
  readonly listStances: UserStores['listStances'] = (...args) => this.stores.listStances(...args)
  readonly addStance: UserStores['addStance'] = (...args) => this.stores.addStance(...args)
  readonly exportHighlights: UserStores['exportHighlights'] = (...args) => this.stores.exportHighlights(...args)
  readonly listSpeakers: UserStores['listSpeakers'] = (...args) => this.stores.listSpeakers(...args)
  readonly speakerTimeline: UserStores['speakerTimeline'] = (...args) => this.stores.speakerTimeline(...args)
  readonly speakerMarkdown: UserStores['speakerMarkdown'] = (...args) => this.stores.speakerMarkdown(...args)
  readonly articleSpeakers: UserStores['articleSpeakers'] = (...args) => this.stores.articleSpeakers(...args)
  readonly correctSpeaker: UserStores['correctSpeaker'] = (...args) => this.stores.correctSpeaker(...args)
  readonly renameSpeaker: UserStores['renameSpeaker'] = (...args) => this.stores.renameSpeaker(...args)
  readonly getSettings: UserStores['getSettings'] = (...args) => this.stores.getSettings(...args)
  readonly setSettings: UserStores['setSettings'] = (...args) => this.stores.setSettings(...args)
  readonly compareReport: UserStores['compareReport'] = (...args) => this.stores.compareReport(...args)

  /** Lets go of what the workspace holds; stores write synchronously, so nothing is pending. */
  dispose(): void {
    this.#warmup.dispose()
    this.#index.dispose()
    this.deps.dispose?.()
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
    const current = await this.#loadedArticles()
    this.#loadProblems.push(...problems)
    this.#setArticles([...current.values(), ...articles])
  }

  addNotice(notice: Notice): void {
    this.#notices = [...this.#notices.filter((n) => n.id !== notice.id), notice]
    this.#dismissed.delete(notice.id)
  }

  /** The current articles, once the bodies have been read (the set an import last left). */
  async #loadedArticles(): Promise<ReadonlyMap<string, Article>> {
    await this.#bodies
    return this.#articles ?? new Map()
  }

  #setArticles(articles: readonly Article[]): Map<string, Article> {
    const byId = new Map(articles.map((a) => [a.id, a]))
    this.#articles = byId
    this.#list.set(() => mapInSlices([...byId.values()], summarize), byId)
    this.deps.highlights.articlesChanged(byId)
    const list = [...byId.values()]
    this.#index.update(list)
    // Once the index is ready (not competing with its build or load), speakers for the new set.
    this.#warmup.schedule(list, this.#index.idle(), () => this.stores.speakers.ledgerInSlices(byId))
    return byId
  }

  async #article(id: string): Promise<Article> {
    const article = this.#articles?.get(id) ?? (this.#list.has(id) ? await this.#readEarly(id) : undefined)
    if (!article) throw new NotFoundError(`no article with id "${id}"`)
    return article
  }

  // -- library and reader --

  async listArticles(): Promise<ArticleSummary[]> {
    this.#imports.pickUpOutside()
    return this.#list.sorted()
  }

  async getArticle(id: string): Promise<Article> {
    return this.#article(id)
  }

  // Removals wait for imports asked for before them (and imports after them wait for them).
  readonly removeArticles: ArticleRemoval['remove'] = (ids) => this.#imports.after(() => this.#removal.remove(ids))
  readonly restoreArticles: ArticleRemoval['restore'] = (ids) => this.#imports.after(() => this.#removal.restore(ids))

  async search(request: SearchRequest): Promise<SearchPage> {
    if (!request.query.trim()) return emptyPage(request)
    if (!this.#index.current) await this.#bodies // the first build starts once the bodies are read
    // While a rebuild runs (after an import) the old index misses the new articles: wait a little for the new one.
    const index = await this.#index.settled(this.#index.current ? STALE_WAIT_MS : this.#indexWaitMs)
    if (!index) throw this.#index.notReady('search')
    // The page counts speakers over every match: those not warmed yet are taken from the file on disk or
    // worked out first, in slices.
    const matching = index.matchingArticles?.(request.query) ?? []
    await this.#warmup.cache?.take(matching)
    await warmInSlices(matching)
    return index.searchPage(request, speakerOf)
  }

  /** Needs no index: the article's text is read with the same analyzer the index uses. */
  async markQuery(articleId: string, query: string): Promise<Mark[]> {
    return markArticle(await this.#article(articleId), parseQuery(query))
  }

  async status(): Promise<AppStatus> {
    this.#imports.pickUpOutside()
    return {
      articleCount: this.#list.size,
      index: this.#index.progress,
      import: this.#imports.progress,
      notices: [...this.#notices, ...(this.deps.liveNotices?.() ?? [])].filter((n) => !this.#dismissed.has(n.id)),
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
    const all = await this.#loadedArticles()
    const pool = request.articleIds ? request.articleIds.flatMap((id) => all.get(id) ?? []) : [...all.values()]
    const articles = collapseDuplicates(pool)
    // Articles the index does not cover yet are read in full; past a few thousand, wait for the index instead.
    if (this.#index.uncovered(articles).length > SCAN_LIMIT) await this.#index.settled(this.#indexWaitMs)
    const index = this.#index.current
    if (this.#index.uncovered(articles).length > SCAN_LIMIT) throw this.#index.notReady('comparison')
    const candidates = index ? this.#index.candidatesFor(index, articles) : scanCandidates(articles)
    // compare() puts each story's alsoFiledAs on its pane; the user's speaker corrections go over it.
    const comparison = definition
      ? compareTopic(definition, articles, candidates, request)
      : this.deps.topics.compare(request, articles, candidates)
    return this.stores.speakers.applyTo(comparison, all)
  }

  /** What terms being typed would find, before the topic is saved (the topic editor's live preview). */
  async previewTopic(request: TopicPreviewRequest): Promise<TopicPreview> {
    const { terms, coTerms } = parseTerms(formatTerms(request.terms, request.coTerms))
    const topic: Topic = { id: 'preview', name: 'Preview', description: '', terms, coTerms, preset: false }
    return topicPreview(await this.compare({ topic: topic.id }, topic))
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
