// What an import is asked to do and how it reports, and removing what was imported (types.ts re-exports these).
import type { ArticleSummary, LoadProblem } from './types'

/** How to import one file: what its records do not say themselves. */
export interface ImportOptions {
  /** Source for records that name none (a wire file whose records carry no `source`); records with their own keep it. */
  source?: string
  /**
   * Names a set of files sent together (a dropped folder): their imports report as one, a line per file.
   * Any string unique to the drop.
   */
  batch?: string
}

/** One file's line in an import's report: what it gave, and anything the user must know about it. */
export interface ImportFileLine {
  file: string
  /** Articles read from the file, and how many of them were new to the library. */
  articles: number
  added: number
  /** Imported with a caveat ("the whole page was kept …"). */
  note?: string
  /** Not imported, or only partly: why. */
  problem?: string
}

export interface ImportProgress {
  running: boolean
  file: string | null
  done: number
  total: number
  added: number
  ratePerSecond: number
  secondsLeft: number | null
  skipped: LoadProblem[]
  /** A line per file, once the import is done (a folder gives one per file in it). */
  files?: ImportFileLine[]
}

/** What removing imported articles did: those removed, and the highlights on them (kept, as orphans). */
export interface RemovedArticles {
  articles: ArticleSummary[]
  orphanedHighlights: number
}

/** What undoing a removal did: the articles back in the library, and the highlights on them placed again. */
export interface RestoredArticles {
  articles: ArticleSummary[]
  highlights: number
}
