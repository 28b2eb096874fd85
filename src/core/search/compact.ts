// A lunr index in typed arrays: the same postings and BM25 weights lunr computed, held as three flat
// arrays instead of millions of small objects. It answers `query()` exactly as lunr.Index does (same
// clauses, presence rules, boosts and scores), loads without parsing (the arrays are views over the
// cache file's bytes) and needs a fraction of the memory. lunr still builds the index.
import lunr from 'lunr'
import type { CompactParts } from './compact-parts'

export { compactFromLunr, type CompactParts } from './compact-parts'

// Parts of lunr 2.3.9 that its type definitions leave out.
type Clause = lunr.Query.Clause & { presence?: number }
interface TokenSetLike {
  intersect(other: TokenSetLike): TokenSetLike
  toArray(): string[]
}
interface MatchDataLike {
  add(term: string, field: string, metadata: object): void
}
const internals = lunr as unknown as {
  QueryParser: new (text: string, query: lunr.Query) => { parse(): void }
  TokenSet: { fromArray(sorted: string[]): TokenSetLike; fromClause(clause: Clause): TokenSetLike }
  MatchData: new () => MatchDataLike
}
const { REQUIRED, PROHIBITED } = lunr.Query.presence

/** The result lunr returns; `matchData` lists the matched terms by field (lunr's metadata is not kept). */
export class CompactResult {
  constructor(
    readonly ref: string,
    readonly score: number,
    readonly doc: number,
    readonly parts: CompactParts,
    /** The (term, field) posting slots the query scanned. */
    readonly slots: readonly number[],
    /**
     * How many different query terms the document holds, in any field: the number of keys `matchData`
     * would have, counted while querying (search needs it for every result of a query of several words).
     */
    readonly matchedTermCount = 0,
    /** Whether a query term is in the document's own text or heading (not only its title or source). */
    readonly inBody = false,
  ) {}

  /**
   * Built on demand, by looking the document up in the scanned postings: most callers read only ref and
   * score (or count the matched terms), and a common word matches thousands of paragraphs.
   */
  get matchData(): lunr.MatchData {
    const { offsets, docs, terms, fields } = this.parts
    const metadata: Record<string, Record<string, object>> = {}
    for (const slot of this.slots) {
      if (!hasDoc(docs, offsets[slot] as number, offsets[slot + 1] as number, this.doc)) continue
      const term = terms[Math.floor(slot / fields.length)] as string
      ;(metadata[term] ??= {})[fields[slot % fields.length] as string] = {}
    }
    return { metadata } as unknown as lunr.MatchData
  }
}

/** Binary search in one posting list (sorted by document). */
function hasDoc(docs: Uint32Array, low: number, high: number, doc: number): boolean {
  while (low < high) {
    const mid = (low + high) >>> 1
    const at = docs[mid] as number
    if (at === doc) return true
    if (at < doc) low = mid + 1
    else high = mid
  }
  return false
}

/** Answers as SearchEngine (search-index.ts) does: lunr's query(), postings and terms. */
export class CompactIndex {
  readonly fields: string[]
  readonly pipeline: lunr.Pipeline
  readonly #parts: CompactParts
  readonly #termNo: Map<string, number>
  #tokenSet: TokenSetLike | null = null
  #dots: Float64Array | null = null
  #seen: Uint8Array | null = null
  #counts: Uint16Array | null = null
  #lastTerm: Int32Array | null = null

  constructor(parts: CompactParts) {
    this.#parts = parts
    this.fields = parts.fields
    this.pipeline = lunr.Pipeline.load(parts.pipeline)
    this.#termNo = new Map(parts.terms.map((term, i) => [term, i]))
  }

  get parts(): CompactParts {
    return this.#parts
  }

  /** Document refs by document number (`CompactResult.doc`). */
  get refs(): readonly string[] {
    return this.#parts.refs
  }

  get documentCount(): number {
    return this.#parts.refs.length
  }

  terms(): readonly string[] {
    return this.#parts.terms
  }

  /** Refs of the documents with `term` (an index term) in `field`. */
  postings(term: string, field: string): string[] {
    const t = this.#termNo.get(term)
    const f = this.fields.indexOf(field)
    if (t === undefined || f < 0) return []
    const { offsets, docs, refs } = this.#parts
    const out: string[] = []
    for (
      let i = offsets[t * this.fields.length + f] as number, end = offsets[t * this.fields.length + f + 1] as number;
      i < end;
      i++
    ) {
      out.push(refs[docs[i] as number] as string)
    }
    return out
  }

  /** The number of an index term, or undefined when the index does not hold it. */
  termNumber(term: string): number | undefined {
    return this.#termNo.get(term)
  }

  /** Numbers of the documents with `term` in `field`, ascending (a view, not a copy). */
  postingDocs(term: string, field: string): Uint32Array {
    const t = this.#termNo.get(term)
    const f = this.fields.indexOf(field)
    const { offsets, docs } = this.#parts
    if (t === undefined || f < 0) return docs.subarray(0, 0)
    const F = this.fields.length
    return docs.subarray(offsets[t * F + f] as number, offsets[t * F + f + 1] as number)
  }

  search(queryString: string): CompactResult[] {
    return this.query((query) => new internals.QueryParser(queryString, query).parse())
  }

  /** Index terms a clause term stands for: itself, or its wildcard and fuzzy expansions. */
  #expand(clause: Clause): number[] {
    const term = clause.term
    if (!term.includes('*') && !clause.editDistance) {
      const t = this.#termNo.get(term)
      return t === undefined ? [] : [t]
    }
    this.#tokenSet ??= internals.TokenSet.fromArray([...this.#parts.terms].sort())
    return this.#tokenSet
      .intersect(internals.TokenSet.fromClause(clause))
      .toArray()
      .flatMap((expanded) => {
        const t = this.#termNo.get(expanded)
        return t === undefined ? [] : [t]
      })
  }

  /** lunr.Index.prototype.query over the typed arrays (see lunr 2.3.9, which this follows step by step). */
  query(fn: (query: lunr.Query) => void): CompactResult[] {
    const { offsets, docs, weights, refs } = this.#parts
    const F = this.fields.length
    const N = refs.length
    const query = new lunr.Query(this.fields)
    fn.call(query, query)

    const queryVectors = this.fields.map(() => new Map<number, number>())
    const scan: number[] = [] // (term * F + field) slots whose postings score documents
    const scanned = new Set<number>()
    const required: Array<Uint8Array | 'all' | undefined> = this.fields.map(() => undefined)
    const prohibited: Array<Uint8Array | undefined> = this.fields.map(() => undefined)
    const fieldIndex = (field: string) => this.fields.indexOf(field)

    for (const clause of query.clauses as Clause[]) {
      const clauseFields = (clause.fields ?? this.fields).map(fieldIndex).filter((f) => f >= 0)
      const clauseTerms = clause.usePipeline
        ? (this.pipeline.runString as (text: string, metadata?: object) => string[])(clause.term, {
            fields: clause.fields,
          })
        : [clause.term]
      let clauseMatches: Uint8Array | null = null
      for (const term of clauseTerms) {
        clause.term = term
        const expanded = this.#expand(clause)
        if (expanded.length === 0 && clause.presence === REQUIRED) {
          for (const f of clauseFields) required[f] = new Uint8Array(N)
          break
        }
        for (const t of expanded) {
          for (const f of clauseFields) {
            const slot = t * F + f
            if (clause.presence === REQUIRED) {
              clauseMatches ??= new Uint8Array(N)
              for (let i = offsets[slot] as number; i < (offsets[slot + 1] as number); i++)
                clauseMatches[docs[i] as number] = 1
              required[f] ??= 'all'
            }
            if (clause.presence === PROHIBITED) {
              const set = (prohibited[f] ??= new Uint8Array(N))
              for (let i = offsets[slot] as number; i < (offsets[slot + 1] as number); i++) set[docs[i] as number] = 1
              continue
            }
            const vector = queryVectors[f] as Map<number, number>
            vector.set(t, (vector.get(t) ?? 0) + (clause.boost ?? 1))
            if (!scanned.has(slot)) {
              scanned.add(slot)
              scan.push(slot)
            }
          }
        }
      }
      if (clause.presence === REQUIRED) {
        for (const f of clauseFields) {
          const current = required[f]
          const matches = clauseMatches ?? new Uint8Array(N)
          if (current === undefined || current === 'all') required[f] = matches
          else for (let d = 0; d < N; d++) current[d] = current[d]! & matches[d]!
        }
      }
    }

    const allowed = (doc: number) => {
      for (let f = 0; f < F; f++) {
        const r = required[f]
        if (r instanceof Uint8Array && !r[doc]) return false
        if (prohibited[f]?.[doc]) return false
      }
      return true
    }
    const magnitudes = queryVectors.map((vector) => Math.sqrt([...vector.values()].reduce((sum, v) => sum + v * v, 0)))

    // Dot products by field and document (lunr: query vector · field vector / |query vector|),
    // documents in the order lunr first meets them.
    // Scratch arrays kept between queries (a common word touches a fraction of them; zeroing all costs more).
    const dots = (this.#dots ??= new Float64Array(F * N))
    const seen = (this.#seen ??= new Uint8Array(N))
    const order: number[] = []
    // seen: 1 once met, 2 added when met through the text or heading field.
    const body = this.fields.map((field) => (field === 'text' || field === 'heading' ? 2 : 0))
    for (const slot of scan) {
      const t = Math.floor(slot / F)
      const f = slot % F
      const q = (queryVectors[f] as Map<number, number>).get(t) as number
      const mark = 1 | (body[f] as number)
      for (let i = offsets[slot] as number; i < (offsets[slot + 1] as number); i++) {
        const doc = docs[i] as number
        if (!seen[doc]) order.push(doc)
        seen[doc] = seen[doc]! | mark
        dots[f * N + doc] = dots[f * N + doc]! + q * ((weights[i] as number) / 1000)
      }
    }
    if ((query as unknown as { isNegated(): boolean }).isNegated())
      for (let d = 0; d < N; d++) if (!seen[d]) order.push(d)
    const scoreOf = (doc: number) => {
      let score = 0
      for (let f = 0; f < F; f++) if (magnitudes[f]) score += (dots[f * N + doc] as number) / (magnitudes[f] as number)
      return score
    }

    // Matched terms per document: a term counts once however many of its fields hold the document.
    const counts = (this.#counts ??= new Uint16Array(N))
    const lastTerm = (this.#lastTerm ??= new Int32Array(N).fill(-1))
    for (const slot of [...scan].sort((a, b) => a - b)) {
      const t = Math.floor(slot / F) // sorted, a term's slots come together
      for (let i = offsets[slot] as number; i < (offsets[slot + 1] as number); i++) {
        const doc = docs[i] as number
        if (lastTerm[doc] !== t) {
          lastTerm[doc] = t
          counts[doc]!++
        }
      }
    }
    const results: CompactResult[] = []
    for (const doc of order) {
      if (allowed(doc))
        results.push(
          new CompactResult(refs[doc] as string, scoreOf(doc), doc, this.#parts, scan, counts[doc], seen[doc]! >= 2),
        )
      seen[doc] = 0
      counts[doc] = 0
      lastTerm[doc] = -1
      for (let f = 0; f < F; f++) dots[f * N + doc] = 0
    }
    return results.sort((a, b) => b.score - a.score)
  }
}
