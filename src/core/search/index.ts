export {
  SearchIndex,
  SEARCH_INDEX_VERSION,
  lunrEngine,
  paragraphRef,
  parseRef,
  type SearchEngine,
  type SerializedSearchIndex,
} from './search-index'
export { analyze, termsOf, termOf, type AnalyzedToken } from './analyze'
export { parseQuery, type ParsedQuery, type QueryWord } from './query'
export { findMarks, makeSnippet, mergeMarks, type Matcher } from './snippet'
