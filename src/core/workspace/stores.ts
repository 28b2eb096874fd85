// What the workspace answers from the user's stores: topics, highlights and stances, speakers, export
// and settings. Highlights are placed on the article bodies, so each call waits for them; the bodies,
// the article set and its index come from the workspace through ArticleAccess (workspace.ts).
import type {
  Article,
  ExportRequest,
  CompareReportRequest,
  CompareRequest,
  Comparison,
  Highlight,
  HighlightPatch,
  NewHighlight,
  ParagraphSpeaker,
  PlacedHighlight,
  Settings,
  SpeakerEntry,
  SpeakerRef,
  SpeakerTimeline,
  SpeakerTimelineRequest,
  Topic,
  TopicInput,
} from '../../shared/types'
import { SpeakerCorrections } from '../speakers/corrections'
import { paragraphKey } from '../speakers/ledger'
import { SpeakerService, timelineMarkdown } from '../speakers/service'
import { NotFoundError } from '../../shared/errors'
import { comparisonReport, type ReportFile } from '../topics/report-file'
import type { KeyValueStore, ExportFile, WorkspaceDeps } from './deps'

const DEFAULT_SETTINGS: Settings = { lastArticleId: null }

/** What the stores need from the workspace's article set. */
export interface ArticleAccess {
  /** Settles when the bodies have been read (rejects when they could not be). */
  bodiesRead(): Promise<unknown>
  /** The current articles, once the bodies have been read. */
  loadedArticles(): Promise<ReadonlyMap<string, Article>>
  /** One article, or NotFoundError. */
  article(id: string): Promise<Article>
  compare(request: CompareRequest): Promise<Comparison>
}

export class UserStores {
  readonly #deps: WorkspaceDeps
  readonly #access: ArticleAccess

  constructor(deps: WorkspaceDeps, access: ArticleAccess) {
    this.#deps = deps
    this.#access = access
  }

  #memorySpeakers: SpeakerService | null = null
  /** The speaker ledger; without a user folder (tests) corrections live in memory. */
  get speakers(): SpeakerService {
    return this.#deps.speakers ?? (this.#memorySpeakers ??= new SpeakerService(new SpeakerCorrections(null)))
  }

  /** Runs a change to config.json under its lock, when the store has one. */
  #config<T>(change: () => T): T {
    return this.#deps.settings.update ? this.#deps.settings.update(change) : change()
  }

  // -- topics (the comparison itself needs the index: workspace.ts) --

  async listTopics(): Promise<Topic[]> {
    return this.#deps.topics.list()
  }

  async saveTopic(input: TopicInput): Promise<Topic> {
    return this.#config(() => this.#deps.topics.save(input))
  }

  async deleteTopic(id: string): Promise<void> {
    this.#config(() => this.#deps.topics.delete(id))
  }

  // -- highlights (placed on the bodies, so each waits for them) --

  async listHighlights(): Promise<PlacedHighlight[]> {
    await this.#access.bodiesRead()
    return this.#withSpeakers(this.#deps.highlights.list())
  }

  async addHighlight(input: NewHighlight): Promise<PlacedHighlight> {
    await this.#access.bodiesRead()
    await this.#access.article(input.articleId)
    return (await this.#withSpeakers([this.#deps.highlights.add(input)]))[0] as PlacedHighlight
  }

  async updateHighlight(id: string, patch: HighlightPatch): Promise<PlacedHighlight> {
    await this.#access.bodiesRead()
    return (await this.#withSpeakers([this.#deps.highlights.update(id, patch)]))[0] as PlacedHighlight
  }

  /** Each highlight with who speaks in its paragraph, for filtering highlights by speaker. */
  async #withSpeakers(list: PlacedHighlight[]): Promise<PlacedHighlight[]> {
    const articles = await this.#access.loadedArticles()
    return list.map((h) =>
      h.current ? { ...h, speaker: this.speakers.speakerOf(articles, h.articleId, h.current.paragraph) } : h,
    )
  }

  async deleteHighlight(id: string): Promise<Highlight> {
    await this.#access.bodiesRead()
    return this.#deps.highlights.delete(id)
  }

  async restoreHighlight(highlight: Highlight): Promise<PlacedHighlight> {
    await this.#access.bodiesRead()
    return this.#deps.highlights.restore(highlight)
  }

  async reattachHighlight(id: string, articleId: string, start: number, end: number): Promise<PlacedHighlight> {
    await this.#access.bodiesRead()
    await this.#access.article(articleId)
    return this.#deps.highlights.reattach(id, articleId, start, end)
  }

  async listStances(): Promise<string[]> {
    return this.#deps.highlights.stances()
  }

  async addStance(label: string): Promise<string[]> {
    return this.#deps.highlights.addStance(label)
  }

  async exportHighlights(request: ExportRequest): Promise<ExportFile> {
    const articles = await this.#access.loadedArticles()
    if (request.scope.kind === 'article') await this.#access.article(request.scope.articleId)
    return this.#deps.exportHighlights(request, articles)
  }

  /** The comparison as a report, with the stance labels of the topic's highlights. */
  async compareReport(request: CompareReportRequest): Promise<ReportFile> {
    const { format, mentionedOnly, ...compareRequest } = request
    const comparison = await this.#access.compare(compareRequest)
    return comparisonReport(comparison, format, { mentionedOnly, highlights: await this.listHighlights() })
  }

  // -- speakers (the ledger and corrections: core/speakers) --

  async listSpeakers(): Promise<SpeakerEntry[]> {
    return (await this.speakers.ledgerInSlices(await this.#access.loadedArticles())).list()
  }

  async speakerTimeline(request: SpeakerTimelineRequest): Promise<SpeakerTimeline> {
    const articles = await this.#access.loadedArticles()
    let within: Set<string> | undefined
    if (request.topic) {
      const comparison = await this.#access.compare({ topic: request.topic })
      within = new Set(comparison.columns.flatMap((c) => c.passages.map((p) => paragraphKey(c.articleId, p.paragraph))))
    }
    await this.speakers.ledgerInSlices(articles) // built now if not built ahead, in slices
    const timeline = this.speakers.timeline(articles, request, this.#deps.highlights.list(), within)
    if (!timeline) throw new NotFoundError(`no speaker named ${JSON.stringify(request.name)}`)
    return timeline
  }

  async speakerMarkdown(request: SpeakerTimelineRequest): Promise<{ fileName: string; markdown: string }> {
    return timelineMarkdown(await this.speakerTimeline(request))
  }

  async articleSpeakers(articleId: string): Promise<ParagraphSpeaker[]> {
    await this.#access.bodiesRead()
    const articles = await this.#access.loadedArticles()
    const article = articles.get(articleId)
    if (!article) return this.speakers.paragraphSpeakers(await this.#access.article(articleId))
    return this.speakers.paragraphSpeakers(article, await this.speakers.ledgerInSlices(articles))
  }

  async correctSpeaker(articleId: string, paragraph: number, speaker: SpeakerRef | null): Promise<void> {
    await this.#access.bodiesRead()
    this.speakers.correct(await this.#access.article(articleId), paragraph, speaker)
  }

  async renameSpeaker(from: SpeakerRef, to: string): Promise<void> {
    this.speakers.rename(from, to)
  }

  // -- settings --

  async getSettings(): Promise<Settings> {
    return readSettings(this.#deps.settings)
  }

  async setSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.#config(() => {
      const next = { ...readSettings(this.#deps.settings), ...patch }
      this.#deps.settings.set('settings', next)
      return next
    })
  }
}

function readSettings(store: KeyValueStore): Settings {
  const stored = store.get('settings')
  return { ...DEFAULT_SETTINGS, ...(isRecord(stored) ? (stored as Partial<Settings>) : {}) }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
