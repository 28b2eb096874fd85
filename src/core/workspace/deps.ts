// What the Workspace is given (WorkspaceDeps: topics, highlights, export, import, the article set) and
// what it answers with, and the errors callers may see. The Workspace itself is in workspace.ts.
import type { Api } from '../../shared/api'
import { InvalidError } from '../../shared/errors'
import type { KeyValueStore } from '../settings/key-value-store'

export type { KeyValueStore } from '../settings/key-value-store'
import type {
  Article,
  ArticleSummary,
  CompareReportRequest,
  CompareRequest,
  Comparison,
  ExportRequest,
  Highlight,
  HighlightPatch,
  ImportOptions,
  ImportProgress,
  LoadProblem,
  NewHighlight,
  Notice,
  PlacedHighlight,
  Topic,
  TopicInput,
} from '../../shared/types'
import type { ExportFile } from '../export'
import type { BuildIndex } from '../search/live-index'
import type { SpeakerCache } from '../speakers/cache'
import type { SpeakerService } from '../speakers/service'
import { storedSummaryOf } from '../library/stored-text'
import type { CandidateSource } from '../topics'
import type { ReportFile } from '../topics/report-file'

/** An export ready to be saved (app) or downloaded (browser host). */
export type { ExportFile } from '../export'

/** What the handler table needs: the Api, except that export returns the file and links stay with the platform. */
export type WorkspaceApi = Omit<Api, 'exportHighlights' | 'openExternal' | 'compareReport'> & {
  exportHighlights(request: ExportRequest): Promise<ExportFile>
  compareReport(request: CompareReportRequest): Promise<ReportFile>
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

export type ExportHighlights = (request: ExportRequest, articles: ReadonlyMap<string, Article>) => ExportFile

/** What an import added: the articles new or changed (replacing those with the same id) and its final figures. */
export interface ImportOutcome {
  articles: Article[]
  progress: ImportProgress
}

/** Turns one imported file into articles, reporting progress as it goes. */
/** A file's text, or its bytes (a PDF). */
export type ImportContent = string | Uint8Array

export interface Importer {
  /** Throws ImportError when the file cannot be imported at all (its type), before anything starts. */
  check?(fileName: string, binary?: boolean): void
  run(
    fileName: string,
    content: ImportContent,
    onProgress: (progress: ImportProgress) => void,
    options?: ImportOptions,
  ): Promise<ImportOutcome>
  /** Articles another process (the CLI, the browser host) has added or changed since last read; [] if none. */
  pickUp?(): Promise<Article[]>
  /** Removes imported articles from the library; returns those removed (removal.ts). */
  remove?(ids: readonly string[]): Promise<ArticleSummary[]>
  /** Puts removed articles back; returns them in full. */
  restore?(ids: readonly string[]): Promise<Article[]>
}

/** A file that cannot be imported as given (the browser host answers 400). */
export class ImportError extends InvalidError {
  override name = 'ImportError'
}

/** Articles whose list is known at once but whose text arrives later (the user's library on a warm start). */
export interface ArticleSet {
  summaries: ArticleSummary[]
  articles: Promise<Article[]>
  /** One article in full before `articles` has arrived. */
  read(id: string): Promise<Article | undefined>
}

export interface WorkspaceDeps {
  articles: Article[] | ArticleSet
  loadProblems?: LoadProblem[]
  notices?: Notice[]
  /** Notices that appear while running (a store backed up after outside damage). */
  liveNotices?(): Notice[]
  buildIndex: BuildIndex
  topics: TopicService
  highlights: HighlightService
  exportHighlights: ExportHighlights
  settings: KeyValueStore
  importer?: Importer
  /** The speaker ledger with the user's corrections (issue 13); without it corrections are kept in memory. */
  speakers?: SpeakerService
  /** The speaker attributions on disk, read at start and written after the warm-up; none: kept in memory only. */
  speakerCache?: SpeakerCache
  /** How long a search waits for a first index before saying it is not ready (default 20 s). */
  indexWaitMs?: number
  dispose?(): void
}

/** An article's summary; a library article's text is not parsed for it (it says its paragraph count). */
export function summarize(article: Article): ArticleSummary {
  const stored = storedSummaryOf(article)
  if (stored) return stored
  const { body: _body, paragraphs, ...summary } = article
  return { ...summary, paragraphCount: paragraphs.length }
}
