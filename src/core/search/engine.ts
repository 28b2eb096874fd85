// What search runs on: lunr's own index, or any engine that answers its queries the same way (the
// compact one, compact.ts), and how a document ref names an article's paragraph.
import lunr from 'lunr'

type Postings = Record<string, Record<string, Record<string, unknown>>>

/**
 * What SearchIndex needs from an index: lunr's query() (same clauses, same results) and raw postings.
 * lunr.Index is one (see `lunrEngine`); a compact or sharded index with the same answers can be another.
 */
export interface SearchEngine {
  /**
   * Results may carry `doc`, their number in `refs`, and `matchedTermCount`, the number of keys their
   * `matchData.metadata` has: the compact engine does, so search need not parse refs or build match data.
   */
  query(
    build: lunr.Index.QueryBuilder,
  ): Array<lunr.Index.Result & { doc?: number; matchedTermCount?: number; inBody?: boolean }>
  /** Refs by document number, when results carry `doc`. */
  readonly refs?: readonly string[]
  /** Numbers (as in `refs`) of the documents whose `field` holds the index term, when the engine has them. */
  postingDocs?(term: string, field: string): ArrayLike<number> & Iterable<number>
  /** Refs of the documents whose `field` holds the index term. */
  postings(term: string, field: string): Iterable<string>
  /** Every index term, in any order (for `prefix*` lookups). */
  terms(): Iterable<string>
}

export function lunrEngine(index: lunr.Index): SearchEngine {
  const inverted = (index as unknown as { invertedIndex: Postings }).invertedIndex
  return {
    query: (build) => index.query(build),
    postings: (term, field) => Object.keys(inverted[term]?.[field] ?? {}),
    terms: () => Object.keys(inverted),
  }
}

/** `${articleId}#${paragraphIndex}`; an article without paragraphs is one document `${articleId}#`. */
export function paragraphRef(articleId: string, index: number | null): string {
  return `${articleId}#${index ?? ''}`
}

export function parseRef(ref: string): { articleId: string; paragraph: number | null } {
  const at = ref.lastIndexOf('#')
  const tail = ref.slice(at + 1)
  return { articleId: ref.slice(0, at), paragraph: tail === '' ? null : Number(tail) }
}
