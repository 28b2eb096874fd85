// Limits the app states and enforces everywhere the same: the API refuses what an import would not
// have stored, and an import refuses (with its line in the report) what the API could not serve.

/** An article or highlight id, in characters. */
export const MAX_ID = 256

/**
 * One article's text, in characters (about 1,000 pages). Longer bodies are refused at import with a
 * reason saying to split them: one 50 MB article would take the search and the host to a stall.
 */
export const MAX_ARTICLE_CHARS = 2_000_000
