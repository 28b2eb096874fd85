// Full-text search over paragraphs with lunr: one lunr document per non-chrome paragraph.
// The index holds terms only; snippets are cut from the article bodies by offsets.
import lunr from 'lunr'
import type { Article, SearchHit, SearchPage, SearchRequest } from '../../shared/types'
import { termsOf, termsWithPrefix } from './analyze'
import { allowedArticles, MATCH_FIELDS, rankMatches, withPhrase, type MatchSource, type Place } from './matching'
import { hasPositive, parseQuery, prefixTerm, rankedWords, type ParsedQuery, type QueryWord } from './query'
import { emptyPage, pageOf, type Match, type SpeakerOf } from './results'
import { matcherOf, snippetsOf } from './snippet'
import { CompactIndex } from './compact'
import { lunrEngine, parseRef, type SearchEngine } from './engine'
import { extendEngine, type SideBase } from './layered'
import { buildLunrIndex } from './lunr-build'

export { lunrEngine, paragraphRef, parseRef, type SearchEngine } from './engine'

/** Bump when the analyzer or fields change: a cached index of another version must be rebuilt. */
export const SEARCH_INDEX_VERSION = 1

export interface SerializedSearchIndex {
  version: number
  lunr: object
}

type EngineResult = ReturnType<SearchEngine['query']>[number]

/** Ranked matches kept for the last few queries, so paging, sorting and filtering do not query again. */
const RECENT_QUERIES = 4

export class SearchIndex {
  readonly #engine: SearchEngine
  /** Present when built or loaded here; an engine from elsewhere serialises itself. */
  readonly #lunr: lunr.Index | null
  readonly #articles = new Map<string, Article>()
  #sortedTerms: string[] | null = null
  /** Places by document number (engines with `refs`), filled as documents are met; null: not an article of ours. */
  #places: Array<Place | null | undefined> | null = null
  /** Places by ref, for engines without document numbers. */
  readonly #placesByRef = new Map<string, Place | null>()
  readonly #articleNo = new Map<string, number>()
  /** Scratch for ranking, by article number: where its group is in the list being built, or -1. */
  #groupAt: Int32Array | null = null
  readonly #articleCount: number
  readonly #recent = new Map<string, Match[]>()
  /** The compact index this one answers from and what it covers, when new articles can be added beside it. */
  #base: SideBase | null = null

  private constructor(engine: SearchEngine, lunrIndex: lunr.Index | null, articles: readonly Article[]) {
    this.#engine = engine
    this.#lunr = lunrIndex
    articles.forEach((article, no) => {
      this.#articles.set(article.id, article)
      this.#articleNo.set(article.id, no)
    })
    this.#articleCount = articles.length
  }

  /** Search `articles` through another engine that answers as the lunr index `build` makes would. */
  static fromEngine(engine: SearchEngine, articles: readonly Article[]): SearchIndex {
    return new SearchIndex(engine, null, articles)
  }

  /**
   * An index over `articles` made in milliseconds from this one: new and changed articles go into a side
   * index beside this one's compact index (layered.ts); null when this one has none, or too much changed.
   */
  extend(articles: readonly Article[]): SearchIndex | null {
    const base =
      this.#base ?? (this.#engine instanceof CompactIndex ? { main: this.#engine, covered: this.#articles } : null)
    return base && SearchIndex.beside(base, articles)
  }

  /** Over a compact index built for `covered` (articles, or their fingerprints), extended to `articles`. */
  static beside(base: SideBase, articles: readonly Article[]): SearchIndex | null {
    const engine = extendEngine(base, articles)
    if (!engine) return null
    const index = new SearchIndex(engine, null, articles)
    index.#base = base
    return index
  }

  static build(articles: readonly Article[]): SearchIndex {
    const index = buildLunrIndex(articles)
    return new SearchIndex(lunrEngine(index), index, articles)
  }

  /** Rebuild from `toJSON()` output; `articles` must be the ones it was built from. */
  static load(json: SerializedSearchIndex | string, articles: readonly Article[]): SearchIndex {
    const data = (typeof json === 'string' ? JSON.parse(json) : json) as Partial<SerializedSearchIndex>
    if (data?.version !== SEARCH_INDEX_VERSION || typeof data.lunr !== 'object' || data.lunr === null) {
      throw new Error(
        `search index cache has version ${String(data?.version)}, expected ${SEARCH_INDEX_VERSION}: rebuild it`,
      )
    }
    const index = lunr.Index.load(data.lunr)
    return new SearchIndex(lunrEngine(index), index, articles)
  }

  toJSON(): SerializedSearchIndex {
    if (!this.#lunr) throw new Error('this search index runs on another engine: serialise the engine instead')
    return { version: SEARCH_INDEX_VERSION, lunr: this.#lunr.toJSON() }
  }

  /** The best `limit` articles, each with its best passages as snippets. */
  search(query: string, limit = 50): SearchHit[] {
    return this.searchPage({ query, limit }).hits
  }

  /**
   * One page of the matching articles in the order asked for, filtered, with the true totals; snippets
   * are cut for the page only (a common word matches thousands of articles).
   */
  searchPage(request: SearchRequest, speakerOf?: SpeakerOf): SearchPage {
    const parsed = parseQuery(request.query)
    const empty = emptyPage(request)
    if (!hasPositive(parsed)) return empty
    const page = pageOf(this.#matches(request.query.trim(), parsed), request, speakerOf)
    const matcher = matcherOf(parsed)
    return {
      ...empty,
      total: page.total,
      passages: page.passages,
      sources: page.sources,
      speakers: page.speakers,
      hits: page.matches.map(({ article, score, paragraphs, passages }) => ({
        articleId: article.id,
        score,
        passages,
        snippets: snippetsOf(article, paragraphs, matcher),
      })),
    }
  }

  /** The articles matching `query`, ranked: the workspace works out their speakers before a page counts them. */
  matchingArticles(query: string): Article[] {
    const parsed = parseQuery(query)
    return hasPositive(parsed) ? this.#matches(query.trim(), parsed).map((match) => match.article) : []
  }

  /** Every matching article, ranked (remembered for the last few queries). */
  #matches(key: string, parsed: ParsedQuery): Match[] {
    const known = this.#recent.get(key)
    if (known) {
      this.#recent.delete(key)
      this.#recent.set(key, known)
      return known
    }
    const source: MatchSource = {
      articlesWith: (word, fields) => this.#articlesWith(word, fields),
      articlesWithPhrase: (phrase) => withPhrase(this.candidates([phrase]), this.#articles, phrase),
    }
    const groupAt = (this.#groupAt ??= new Int32Array(this.#articleCount).fill(-1))
    const matches = rankMatches(
      parsed,
      this.#query(parsed),
      (result) => this.#placeOf(result),
      allowedArticles(parsed, source),
      groupAt,
      rankedWords(parsed).length,
    )
    this.#recent.set(key, matches)
    if (this.#recent.size > RECENT_QUERIES) this.#recent.delete(this.#recent.keys().next().value as string)
    return matches
  }

  /**
   * The engine's own answer to a query, paragraph by paragraph, before phrases are checked, paragraphs
   * grouped into articles and snippets cut: what a bare engine such as MiniSearch returns. Gives the number
   * of paragraphs matched (the bench times it beside MiniSearch's raw search).
   */
  rawQuery(query: string): number {
    const parsed = parseQuery(query)
    return hasPositive(parsed) ? this.#query(parsed).length : 0
  }

  /** Paragraphs holding any word of the query, scored by lunr's rules; which articles match is decided after. */
  #query(parsed: ParsedQuery): EngineResult[] {
    // A lone phrase: only paragraphs whose text holds all its words can hold it (the engine rules out the rest).
    const only = parsed.groups.length === 1 && parsed.groups[0]?.length === 1 ? parsed.groups[0][0] : undefined
    const lonePhrase = only?.kind === 'phrase'
    return this.#engine.query((q) => {
      for (const word of rankedWords(parsed))
        q.term(word.term, {
          usePipeline: false,
          presence: lonePhrase ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL,
          fields: lonePhrase ? ['text'] : [...MATCH_FIELDS],
          ...(word.prefix ? { wildcard: lunr.Query.wildcard.TRAILING } : {}),
        })
    })
  }

  #articlesWith(word: QueryWord, fields: readonly string[]): Set<string> {
    const ids = new Set<string>()
    const terms = word.prefix ? this.#termsWithPrefix(word.term) : [word.term]
    const { postingDocs, refs } = this.#engine
    for (const term of terms)
      for (const field of fields) {
        if (postingDocs && refs) {
          // By document number: each document's place is worked out once and kept.
          for (const doc of postingDocs.call(this.#engine, term, field)) {
            const place = this.#placeOf({ doc, ref: refs[doc] as string } as EngineResult)
            if (place) ids.add(place.article.id)
          }
          continue
        }
        for (const ref of this.#engine.postings(term, field)) {
          const id = ref.slice(0, ref.lastIndexOf('#'))
          if (this.#articles.has(id)) ids.add(id)
        }
      }
    return ids
  }

  /** The article and paragraph a result points to, worked out once per document. */
  #placeOf(result: EngineResult): Place | null {
    const refs = this.#engine.refs
    if (refs && typeof result.doc === 'number') {
      const places = (this.#places ??= new Array<Place | null | undefined>(refs.length).fill(undefined))
      let place = places[result.doc]
      if (place === undefined) places[result.doc] = place = this.#place(result.ref)
      return place
    }
    let place = this.#placesByRef.get(result.ref)
    if (place === undefined) {
      place = this.#place(result.ref)
      this.#placesByRef.set(result.ref, place)
    }
    return place
  }

  #place(ref: string): Place | null {
    const { articleId, paragraph } = parseRef(ref)
    const article = this.#articles.get(articleId)
    return article ? { article, no: this.#articleNo.get(articleId) as number, paragraph } : null
  }

  /**
   * Paragraphs (by article) whose text contains any of `terms`. A term with several words needs all
   * of them in the paragraph; their order is for the caller to check. `word*` matches by prefix.
   * Reads lunr's postings directly: no scoring, so it stays fast on large indexes.
   */
  candidates(terms: string[]): Map<string, Set<number>> {
    const found = new Map<string, Set<number>>()
    for (const term of terms) {
      const words = [...new Set(term.split(/\s+/).filter(Boolean))]
      const docSets: Array<Set<string>> = []
      let empty = false
      for (const word of words) {
        const refs = this.#refsFor(word)
        if (refs === null) continue // a stop word: says nothing about the paragraph
        if (refs.size === 0) empty = true
        docSets.push(refs)
      }
      if (empty || docSets.length === 0) continue
      docSets.sort((a, b) => a.size - b.size)
      const [smallest, ...others] = docSets as [Set<string>, ...Array<Set<string>>]
      for (const ref of smallest) {
        if (!others.every((set) => set.has(ref))) continue
        const { articleId, paragraph } = parseRef(ref)
        if (paragraph === null || !this.#articles.has(articleId)) continue
        const set = found.get(articleId) ?? new Set<number>()
        set.add(paragraph)
        found.set(articleId, set)
      }
    }
    return found
  }

  /** Refs whose text field has the word (or, for `word*`, any term starting with it); null for stop words. */
  #refsFor(word: string): Set<string> | null {
    if (word.endsWith('*')) {
      const prefix = prefixTerm(word.replace(/\*+$/, '').toLowerCase())
      if (prefix.length < 2) return new Set()
      const refs = new Set<string>()
      for (const term of this.#termsWithPrefix(prefix))
        for (const ref of this.#engine.postings(term, 'text')) refs.add(ref)
      return refs
    }
    const terms = termsOf(word)
    if (terms.length === 0) return null
    // "medium-range" analyses to two terms: both must be there.
    const sets = terms.map((term) => new Set(this.#engine.postings(term, 'text')))
    const [first, ...rest] = sets as [Set<string>, ...Array<Set<string>>]
    return new Set([...first].filter((ref) => rest.every((set) => set.has(ref))))
  }

  #termsWithPrefix(prefix: string): string[] {
    this.#sortedTerms ??= [...this.#engine.terms()].sort()
    return termsWithPrefix(this.#sortedTerms, prefix)
  }
}
