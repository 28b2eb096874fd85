// What a search asks and answers (part of the contract: see api.ts). Kept apart from types.ts for size.
import type { IsoDate, SearchHit } from './types'

/** Results by relevance, or by the article's date (undated articles last either way). */
export type SearchSort = 'relevance' | 'newest' | 'oldest'

export interface SearchFilters {
  /** Only articles from these sources ('' for articles that name none). */
  sources?: string[]
  /** Inclusive date range; an undated article is left out when either end is set. */
  from?: IsoDate
  to?: IsoDate
  /** Only passages attributed to a speaker whose name contains this (any case). */
  speaker?: string
}

export interface SearchRequest {
  query: string
  /** The page: results `offset` to `offset + limit` (default 0 and 50). */
  offset?: number
  limit?: number
  sort?: SearchSort
  filters?: SearchFilters
}

export interface SourceCount {
  name: string
  count: number
}

/** One page of a search, with the true totals of everything that matches. */
export interface SearchPage {
  query: string
  /** Articles that match (with the filters), and their matching paragraphs. */
  total: number
  passages: number
  offset: number
  hits: SearchHit[]
  /** Matching articles by source, before the source filter (to choose from). */
  sources: SourceCount[]
  /** Speakers of the best matches' passages (to choose from). */
  speakers: SourceCount[]
}
