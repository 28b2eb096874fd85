// The one contract between renderer and main (and the browser host).
// Every call the renderer can make is declared here; main's handler table `satisfies Api`.
import type {
  AppStatus,
  Article,
  ArticleSummary,
  CompareReportRequest,
  CompareRequest,
  Comparison,
  ExportResult,
  ExportRequest,
  Highlight,
  ImportOptions,
  RemovedArticles,
  RestoredArticles,
  ReportResult,
  HighlightPatch,
  NewHighlight,
  PlacedHighlight,
  Mark,
  ParagraphSpeaker,
  SearchPage,
  SearchRequest,
  Settings,
  SpeakerEntry,
  SpeakerRef,
  SpeakerTimeline,
  SpeakerTimelineRequest,
  Topic,
  TopicInput,
  TopicPreview,
  TopicPreviewRequest,
} from './types'

export interface Api {
  // library and reader
  listArticles(): Promise<ArticleSummary[]>
  getArticle(id: string): Promise<Article>
  /** One page of the articles matching a query, with the true totals. */
  search(request: SearchRequest): Promise<SearchPage>
  /** Where a query's words and phrases occur in an article's body (sorted, for the reader to mark). */
  markQuery(articleId: string, query: string): Promise<Mark[]>
  /** Removes imported articles (seed articles cannot be); highlights on them are kept, as orphans. */
  removeArticles(ids: string[]): Promise<RemovedArticles>
  /** Undoes a removal: the articles come back and their highlights are placed on them again. */
  restoreArticles(ids: string[]): Promise<RestoredArticles>
  status(): Promise<AppStatus>
  dismissNotice(id: string): Promise<void>

  // topics and comparison
  listTopics(): Promise<Topic[]>
  saveTopic(input: TopicInput): Promise<Topic>
  deleteTopic(id: string): Promise<void>
  compare(request: CompareRequest): Promise<Comparison>
  /** Counts and first passages of terms being typed (the topic editor's live preview). */
  previewTopic(request: TopicPreviewRequest): Promise<TopicPreview>
  /** The comparison as a report: the native save dialog in the app, a download in the browser host. */
  compareReport(request: CompareReportRequest): Promise<ReportResult>

  // highlights
  listHighlights(): Promise<PlacedHighlight[]>
  addHighlight(input: NewHighlight): Promise<PlacedHighlight>
  updateHighlight(id: string, patch: HighlightPatch): Promise<PlacedHighlight>
  /** Returns the deleted highlight so the renderer can offer undo. */
  deleteHighlight(id: string): Promise<Highlight>
  restoreHighlight(highlight: Highlight): Promise<PlacedHighlight>
  /** Re-attach an orphan (or move any highlight) to a new range. */
  reattachHighlight(id: string, articleId: string, start: number, end: number): Promise<PlacedHighlight>
  listStances(): Promise<string[]>
  addStance(label: string): Promise<string[]>
  /** Markdown, CSV or REFI-QDA; the app saves it where the user picks, the browser host hands it over. */
  exportHighlights(request: ExportRequest): Promise<ExportResult>

  // speakers (issue 13)
  /** Every speaker of the library, most statements first. */
  listSpeakers(): Promise<SpeakerEntry[]>
  /** One speaker (by name or alias) over time, oldest first, optionally within a topic's comparison. */
  speakerTimeline(request: SpeakerTimelineRequest): Promise<SpeakerTimeline>
  /** The same timeline as a Markdown file for the renderer to save. */
  speakerMarkdown(request: SpeakerTimelineRequest): Promise<{ fileName: string; markdown: string }>
  /** Who speaks in each paragraph of one article (corrections and renames included), for the reader. */
  articleSpeakers(articleId: string): Promise<ParagraphSpeaker[]>
  /** Sets who speaks in one paragraph (null: nobody); kept across re-import and restart, shown as confirmed. */
  correctSpeaker(articleId: string, paragraph: number, speaker: SpeakerRef | null): Promise<void>
  /** Renames a speaker everywhere; to the name of another speaker of the same kind, merges them. */
  renameSpeaker(from: SpeakerRef, to: string): Promise<void>

  // import (the renderer reads the chosen file and sends its text)
  importText(fileName: string, text: string, options?: ImportOptions): Promise<void>
  /** A binary file (a PDF), its bytes in base64: JSON (the browser host) carries no bytes. */
  importBytes(fileName: string, base64: string, options?: ImportOptions): Promise<void>

  // settings and links
  getSettings(): Promise<Settings>
  setSettings(patch: Partial<Settings>): Promise<Settings>
  openExternal(url: string): Promise<boolean>
}

export type ApiMethod = keyof Api

/** Commands from the app's native menu, sent to the renderer (the browser host has no menu). */
export type MenuCommand = 'import' | 'export'

/** Exposed by the preload as `window.menu`, beside `window.api`; nothing else is exposed. */
export interface MenuEvents {
  /** Calls `listener` on each menu command; returns an unsubscribe function. */
  onMenu(listener: (command: MenuCommand) => void): () => void
  /** Calls `listener` with each `stance-reader://` link the app is asked to open (parse it before use). */
  onOpenLink?(listener: (link: string) => void): () => void
}
