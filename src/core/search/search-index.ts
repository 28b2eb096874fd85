// Full-text search over paragraphs with lunr: one lunr document per non-chrome paragraph.
// The index holds terms only; snippets are cut from the article bodies by offsets.
import lunr from 'lunr'
import type { Article, SearchHit } from '../../shared/types'
import { hasPhrase } from '../text/text'
import { termsOf } from './analyze'
import { hasPositive, parseQuery, prefixTerm, type ParsedQuery, type QueryWord } from './query'
import { byRank, descending, topK, type ParagraphScore, type RankedArticle } from './rank'
import { matcherOf, snippetsOf } from './snippet'
import { lunrEngine, parseRef, type SearchEngine } from './engine'
import { buildLunrIndex } from './lunr-build'

export { lunrEngine, paragraphRef, parseRef, type SearchEngine } from './engine'

/** Bump when the analyzer or fields change: a cached index of another version must be rebuilt. */
export const SEARCH_INDEX_VERSION = 1

export interface SerializedSearchIndex {
  version: number
  lunr: object
}

/** Where a result points: its article and paragraph (null for a title-only brief). */
interface Place {
  article: Article
  /** The article's number here (its position in the list given). */
  no: number
  paragraph: number | null
}

type EngineResult = ReturnType<SearchEngine['query']>[number]

const FIELDS = ['text', 'heading', 'title', 'source'] as const
const MATCH_FIELDS = [...FIELDS]

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

  static build(articles: readonly Article[]): SearchIndex {
    const index = buildLunrIndex(articles)
    return new SearchIndex(lunrEngine(index), index, articles)
  }

  /**
   * Over an index that answers lunr.Index's `query()` and exposes its postings: the compact engine the
   * index cache loads (search/compact.ts) is a SearchEngine itself; a lunr.Index is wrapped.
   * `articles` must be the ones it was built from.
   */
  static fromIndex(index: SearchEngine | lunr.Index, articles: readonly Article[]): SearchIndex {
    const engine = index as Partial<SearchEngine>
    if (typeof engine.postings === 'function' && typeof engine.terms === 'function')
      return SearchIndex.fromEngine(index as SearchEngine, articles)
    return SearchIndex.fromEngine(lunrEngine(index as lunr.Index), articles)
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

  /** Articles ranked by their matching paragraphs, each with its best passages as snippets. */
  search(query: string, limit = 50): SearchHit[] {
    const parsed = parseQuery(query)
    if (!hasPositive(parsed)) return []
    // Rank first, then cut snippets for the shown hits only: a common word matches thousands of articles.
    const shown = topK(this.#rank(parsed, this.#query(parsed)), limit, byRank)
    const matcher = matcherOf(parsed)
    return shown.map(({ articleId, score, paragraphs }) => ({
      articleId,
      score,
      snippets: snippetsOf(this.#articles.get(articleId) as Article, paragraphs, matcher),
    }))
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

  #query(parsed: ParsedQuery): EngineResult[] {
    return this.#engine.query((q) => {
      const add = (word: QueryWord, presence: lunr.Query.presence, fields: string[] = MATCH_FIELDS) =>
        q.term(word.term, {
          usePipeline: false,
          presence,
          fields,
          ...(word.prefix ? { wildcard: lunr.Query.wildcard.TRAILING } : {}),
        })
      for (const word of parsed.optional) add(word, lunr.Query.presence.OPTIONAL)
      for (const word of parsed.required) add(word, lunr.Query.presence.REQUIRED)
      for (const word of parsed.excluded) add(word, lunr.Query.presence.PROHIBITED, ['text', 'heading', 'title'])
      // A phrase's words must all be in the paragraph text; their order is checked below.
      for (const terms of parsed.phraseTerms)
        for (const term of terms) add({ term, prefix: false }, lunr.Query.presence.REQUIRED, ['text'])
    })
  }

  /** Every article with a matching paragraph, scored, in the order first met (ranking is `byRank`). */
  #rank(parsed: ParsedQuery, results: EngineResult[]): Array<RankedArticle<ParagraphScore>> {
    const groups: Array<{ article: Article; no: number; paragraphs: ParagraphScore[] }> = []
    const groupAt = (this.#groupAt ??= new Int32Array(this.#articleCount).fill(-1))
    const wanted = new Set([...parsed.optional, ...parsed.required].map((w) => w.term)).size
    for (const result of results) {
      const place = this.#placeOf(result)
      if (!place) continue
      const { article, paragraph } = place
      if (parsed.phrases.length > 0 && !hasPhrases(article, paragraph, parsed.phrases)) continue
      let at = groupAt[place.no] as number
      if (at < 0) at = groupAt[place.no] = groups.push({ article, no: place.no, paragraphs: [] }) - 1
      // Coordination, as Lucene's classic scoring: a paragraph with all the words beats one with few.
      // (Counted only for queries of several words: with one, it is 1 whatever the count.)
      const coordination = wanted > 1 ? (Math.min(wanted, matchedTerms(result)) / wanted) ** 2 : 1
      ;(groups[at] as (typeof groups)[number]).paragraphs.push({ paragraph, score: result.score * coordination })
    }
    return groups.map(({ article, no, paragraphs }, order) => {
      groupAt[no] = -1
      // Results come best first, so most lists are in order already (a sort per article costs more).
      if (!descending(paragraphs)) paragraphs.sort((a, b) => b.score - a.score)
      // The best paragraph counts most; each further one adds half as much as the one before.
      const score = paragraphs.reduce((sum, p, i) => sum + p.score / 2 ** i, 0)
      return { articleId: article.id, score: Math.round(score * 1e4) / 1e4, paragraphs, order }
    })
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
    const sorted = this.#sortedTerms
    let low = 0
    let high = sorted.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((sorted[mid] as string) < prefix) low = mid + 1
      else high = mid
    }
    const terms: string[] = []
    for (let i = low; i < sorted.length && (sorted[i] as string).startsWith(prefix); i++)
      terms.push(sorted[i] as string)
    return terms
  }
}

function hasPhrases(article: Article, paragraph: number | null, phrases: string[]): boolean {
  const p = paragraph === null ? undefined : article.paragraphs[paragraph]
  if (!p) return false
  const text = article.body.slice(p.start, p.end)
  return phrases.every((phrase) => hasPhrase(text, phrase))
}

/** How many different query terms a result matched (the keys of its match data). */
function matchedTerms(result: EngineResult): number {
  return result.matchedTermCount ?? Object.keys(result.matchData.metadata).length
}
