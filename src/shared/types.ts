// Domain types shared by every layer. No Node, no Electron, no DOM.

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string

export type ParagraphKind = 'text' | 'heading' | 'chrome'

/** Why a line was recognised as page chrome rather than article text. */
export type ChromeReason = 'navigation' | 'caption' | 'credit' | 'byline' | 'trailer' | 'override'

export interface Paragraph {
  /** Stable position in the article, 0-based, counting every paragraph including chrome. */
  index: number
  /** Character offsets into the article body: `body.slice(start, end)` is the paragraph. */
  start: number
  end: number
  kind: ParagraphKind
  chrome?: ChromeReason
  /** Index of the heading paragraph whose section this paragraph is in, if any. */
  section?: number
  /** The article's own headline line at the top (kind 'heading'); it owns no section. */
  headline?: boolean
}

export interface ArticleSummary {
  id: string
  title: string
  source: string | null
  /** Publication date, or null when the article is undated. */
  date: IsoDate | null
  dateline: string | null
  language: string
  /** How the date was established (free text from front matter), if known. */
  dateBasis?: string
  /** Where the article came from: corpus file name, or import file and line. */
  origin: string
  /** Who wrote it, when the page or feed names them. */
  author?: string
  /** The web address it was published at, when known (a saved page's canonical URL, a feed item's link). */
  url?: string
  paragraphCount: number
  /** Ids of near-identical stories grouped with this one (the same story filed again). */
  alsoFiledAs?: string[]
  /** Set on a story that is a near-identical copy: the id of the story shown in its place. */
  duplicateOf?: string
  /** In the user's library (imported), so the user may remove it; the bundled seed articles are not. */
  imported?: boolean
}

export interface Article extends ArticleSummary {
  body: string
  paragraphs: Paragraph[]
}

/** A file or record that could not be loaded, and why. */
export interface LoadProblem {
  file: string
  line?: number
  reason: string
}

/** Half-open character range `[start, end)` relative to the text it belongs to. */
export type Mark = [start: number, end: number]

export interface Snippet {
  paragraph: number
  text: string
  /** Matched terms inside `text`. */
  marks: Mark[]
}

export interface SearchHit {
  articleId: string
  score: number
  /** The article's best passages, marked. */
  snippets: Snippet[]
  /** How many of its paragraphs match (the snippets show the best few). */
  passages: number
}

export type { SearchFilters, SearchPage, SearchRequest, SearchSort, SourceCount } from './search'

export interface Topic {
  id: string
  name: string
  description: string
  /** Words and "quoted phrases"; a paragraph addresses the topic when it contains one. */
  terms: string[]
  /** Optional: at least one must also occur in the same paragraph or its section. */
  coTerms: string[]
  preset: boolean
}

export type TopicInput = Omit<Topic, 'id' | 'preset'> & { id?: string }

export interface Passage {
  paragraph: number
  /** Offsets into the article body. */
  start: number
  end: number
  text: string
  /** Person or body whose position the passage reports; null when unknown. */
  speaker: string | null
  /** The user confirmed or corrected this speaker (a speaker correction in the Speakers ledger). */
  speakerConfirmed?: boolean
  /** Matched terms, relative to `text`. */
  marks: Mark[]
}

export interface Column {
  articleId: string
  date: IsoDate | null
  source: string | null
  title: string
  mentioned: boolean
  passages: Passage[]
  alsoFiledAs?: string[]
}

export interface Comparison {
  topic: string
  terms: string[]
  columns: Column[]
}

export interface CompareRequest {
  /** Topic id, preset name, or user topic name. */
  topic: string
  /** Restrict to these articles (all when absent). */
  articleIds?: string[]
  sources?: string[]
  from?: IsoDate
  to?: IsoDate
}

/** Terms being typed in the topic editor, to preview before the topic is saved. */
export interface TopicPreviewRequest {
  terms: string[]
  coTerms: string[]
}

/** What a topic would find: counts over the whole library and its first passages in date order. */
export interface TopicPreview {
  checked: number
  articles: number
  passages: number
  first: Array<{ articleId: string; title: string; date: IsoDate | null; source: string | null } & Passage>
}

export type ReportFormat = 'md' | 'csv' | 'json'

/** A comparison to take away: the request's articles, as Markdown, CSV or JSON. */
export interface CompareReportRequest extends CompareRequest {
  format: ReportFormat
  /** Leave out the articles that do not mention the topic. */
  mentionedOnly?: boolean
}

export type ReportResult =
  | { kind: 'saved'; path: string }
  | { kind: 'download'; fileName: string; mimeType: string; text: string }
  | { kind: 'cancelled' }

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'red', 'purple'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

export const DEFAULT_STANCES = ['supports', 'opposes', 'conditional', 'neutral'] as const

/** W3C TextQuote + TextPosition selectors, as Hypothesis stores them. */
export interface TextAnchor {
  articleId: string
  /** Hash of the article body the highlight was made on. */
  textHash: string
  start: number
  end: number
  quote: string
  prefix: string
  suffix: string
}

export interface Highlight extends TextAnchor {
  id: string
  color: HighlightColor
  note: string
  tags: string[]
  stance: string | null
  /** Topic name when made in a comparison pane (kept as made, so older versions still read it). */
  topic: string | null
  /** The topics the highlight is filed under, set or changed at any time; absent in older stores, where it is `[topic]`. */
  topics?: string[]
  createdAt: string
  updatedAt: string
}

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphan'

/** A highlight placed on the current text of its article. */
export interface PlacedHighlight extends Highlight {
  status: AnchorStatus
  /** Where it sits now; absent for orphans. */
  current?: { start: number; end: number; paragraph: number }
  /** Who speaks in its paragraph (the speaker ledger's name, corrections included); null when no one. */
  speaker?: string | null
}

export interface NewHighlight {
  articleId: string
  start: number
  end: number
  color: HighlightColor
  note?: string
  tags?: string[]
  stance?: string | null
  topic?: string | null
  /** Topics to file it under (the comparison's topic is added when `topic` is given). */
  topics?: string[]
}

export type HighlightPatch = Partial<Pick<Highlight, 'color' | 'note' | 'tags' | 'stance'>> & { topics?: string[] }

export type ExportScope = { kind: 'topic'; topic: string } | { kind: 'article'; articleId: string } | { kind: 'all' }

export const EXPORT_FORMATS = ['md', 'csv', 'qdpx'] as const
/** Markdown (Obsidian), CSV (spreadsheets), REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder). */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportRequest {
  scope: ExportScope
  /** Markdown when absent. */
  format?: ExportFormat
  /** Topic exports: also highlights whose passage matches the topic's terms (default true). */
  matching?: boolean
  /** Markdown: a `#color/…` tag on each highlight (default false; the colour is on the callout). */
  colorTags?: boolean
  /** Markdown, browser host: the file being updated, so the export merges into it. */
  existing?: string
}

export type ExportResult =
  | { kind: 'saved'; path: string; count: number }
  | {
      kind: 'download'
      fileName: string
      mediaType: string
      /** Text formats as they are; a .qdpx (a zip) as base64. */
      encoding: 'utf-8' | 'base64'
      data: string
      count: number
    }
  | { kind: 'cancelled' }

import type { ImportProgress } from './imports'

export type { ImportFileLine, ImportOptions, ImportProgress, RemovedArticles, RestoredArticles } from './imports'

/** Something the user must be told: a store backed up, files that did not load. */
export interface Notice {
  id: string
  level: 'info' | 'warning' | 'error'
  message: string
}

export interface AppStatus {
  articleCount: number
  index: { ready: boolean; done: number; total: number }
  import: ImportProgress | null
  notices: Notice[]
  loadProblems: LoadProblem[]
}

export interface Settings {
  lastArticleId: string | null
  /** Reader text size (px) and line width (characters). */
  reader?: ReaderPrefs
  /** The paragraph the reader was at, per article id (the most recent few hundred). */
  readingPositions?: Record<string, number>
  /** What was open when the app last closed. */
  lastView?: 'library' | 'compare' | 'highlights' | 'speakers'
  lastTopicId?: string | null
  /** The finished import whose report the user dismissed (`file:done:skipped`), so it stays dismissed. */
  dismissedImport?: string | null
}

export interface ReaderPrefs {
  fontSize: number
  lineWidth: number
}

export type * from './speakers'
