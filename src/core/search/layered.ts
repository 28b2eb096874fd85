// New and changed articles searchable at once: the main compact index answers for what it was built
// over, minus the documents of articles removed or changed since (hidden), and a small side index built
// in a few milliseconds answers for the rest. Results of both are merged by score; the side index's
// weights use the main index's figures (build-parts.ts), so its scores rank with the main ones.
// A full build in the background later folds the side index into a new main one.
import type lunr from 'lunr'
import type { Article } from '../../shared/types'
import { countPart, mergeParts, type IndexStats } from './build-parts'
import { CompactIndex } from './compact'
import { parseRef, type SearchEngine } from './engine'

type Result = ReturnType<SearchEngine['query']>[number]

/** A side index holds at most this many articles, and at most this share of all (or SIDE_SMALL): beyond, a
 * full build is about as quick, and the main index's figures would stand for too little of the whole. */
const SIDE_MAX = 5000
const SIDE_SHARE = 0.25
const SIDE_SMALL = 200

/** A compact index and what it was built over: the articles, or (loaded from a cache) their fingerprints. */
export interface SideBase {
  main: CompactIndex
  covered: ReadonlyMap<string, Article | string>
  fingerprint?: (article: Article) => string
}

function sameParagraphs(a: Article, b: Article): boolean {
  if (a.paragraphs === b.paragraphs) return true
  if (a.paragraphs.length !== b.paragraphs.length) return false
  return a.paragraphs.every((p, i) => {
    const q = b.paragraphs[i] as (typeof b.paragraphs)[number]
    return p.start === q.start && p.end === q.end && p.kind === q.kind && p.section === q.section
  })
}

/** Whether the index terms of `now` are those of `old` (the same object, or the same indexed content). */
function unchanged(old: Article | string, now: Article, fingerprint?: (article: Article) => string): boolean {
  if (typeof old === 'string') return fingerprint !== undefined && fingerprint(now) === old
  return (
    old === now ||
    (old.title === now.title && old.source === now.source && old.body === now.body && sameParagraphs(old, now))
  )
}

/**
 * The base's compact index, with what changed since it was built for `articles` in a side index; null
 * when too much changed for a side index to pay.
 */
export function extendEngine(base: SideBase, articles: readonly Article[]): LayeredEngine | null {
  const added: Article[] = []
  const gone: string[] = []
  const current = new Set<string>()
  for (const article of articles) {
    current.add(article.id)
    const old = base.covered.get(article.id)
    if (old === undefined) added.push(article)
    else if (!unchanged(old, article, base.fingerprint)) {
      added.push(article)
      gone.push(article.id)
    }
  }
  for (const id of base.covered.keys()) if (!current.has(id)) gone.push(id)
  if (added.length > Math.min(SIDE_MAX, Math.max(SIDE_SMALL, articles.length * SIDE_SHARE))) return null
  return LayeredEngine.over(base.main, added, gone)
}

/** The main index's figures, for weighting documents added beside it. */
export function statsOf(main: CompactIndex): IndexStats {
  const { offsets, fields } = main.parts
  const F = fields.length
  return {
    documents: main.documentCount,
    documentsWithTerm(term) {
      const t = main.termNumber(term)
      return t === undefined ? 0 : (offsets[(t + 1) * F] as number) - (offsets[t * F] as number)
    },
    lengthSums: main.parts.lengthSums ?? null,
  }
}

/** Main-index document numbers by article id (an article's documents are added one after another). */
const docsByArticle = new WeakMap<CompactIndex, Map<string, [first: number, end: number]>>()

export function articleDocs(main: CompactIndex): Map<string, [number, number]> {
  let map = docsByArticle.get(main)
  if (!map) {
    map = new Map()
    const refs = main.refs
    // Refs are `${articleId}#${paragraph}`, an article's together: only where the article changes is one cut.
    let id = ''
    let range: [number, number] = [0, 0]
    for (let doc = 0; doc < refs.length; doc++) {
      const ref = refs[doc] as string
      if (id && ref.charCodeAt(id.length) === 35 && ref.startsWith(id) && ref.indexOf('#', id.length + 1) < 0) {
        range[1] = doc + 1
        continue
      }
      id = parseRef(ref).articleId
      range = [doc, doc + 1]
      map.set(id, range)
    }
    docsByArticle.set(main, map)
  }
  return map
}

export class LayeredEngine implements SearchEngine {
  readonly main: CompactIndex
  readonly side: CompactIndex | null
  /** Main documents no longer current (their article was removed or changed), by document number. */
  readonly hidden: Uint8Array
  readonly refs: readonly string[]
  readonly #mainCount: number

  constructor(main: CompactIndex, hidden: Uint8Array, side: CompactIndex | null) {
    this.main = main
    this.side = side
    this.hidden = hidden
    this.#mainCount = main.documentCount
    this.refs = side ? [...main.refs, ...side.refs] : main.refs
  }

  /**
   * Main beside a side index over `added` (new or changed articles), hiding the main documents of the
   * articles in `gone` (removed or changed).
   */
  static over(main: CompactIndex, added: readonly Article[], gone: Iterable<string>): LayeredEngine {
    const hidden = new Uint8Array(main.documentCount)
    const docs = articleDocs(main)
    for (const id of gone) {
      const range = docs.get(id)
      if (range) hidden.fill(1, range[0], range[1])
    }
    const side = added.length > 0 ? new CompactIndex(mergeParts([countPart(added)], statsOf(main))) : null
    return new LayeredEngine(main, hidden, side)
  }

  query(build: lunr.Index.QueryBuilder): Result[] {
    const fromMain = this.main.query(build).filter((r) => !this.hidden[r.doc])
    if (!this.side) return fromMain
    const base = this.#mainCount
    const fromSide = this.side.query(build).map((r) => ({
      ref: r.ref,
      score: r.score,
      doc: r.doc + base,
      matchedTermCount: r.matchedTermCount,
      inBody: r.inBody,
      get matchData() {
        return r.matchData
      },
    }))
    // Both lists come best first: merged in one pass (main first on equal scores, as a stable sort would).
    const merged: Result[] = []
    let i = 0
    let j = 0
    while (i < fromMain.length || j < fromSide.length) {
      const a = fromMain[i]
      const b = fromSide[j]
      if (a && (!b || a.score >= b.score)) {
        merged.push(a)
        i++
      } else {
        merged.push(b as Result)
        j++
      }
    }
    return merged
  }

  postingDocs(term: string, field: string): number[] {
    const docs: number[] = []
    for (const doc of this.main.postingDocs(term, field)) if (!this.hidden[doc]) docs.push(doc)
    if (this.side) for (const doc of this.side.postingDocs(term, field)) docs.push(doc + this.#mainCount)
    return docs
  }

  postings(term: string, field: string): string[] {
    const refs = this.main.refs
    const out: string[] = []
    for (const doc of this.main.postingDocs(term, field)) if (!this.hidden[doc]) out.push(refs[doc] as string)
    if (this.side) out.push(...this.side.postings(term, field))
    return out
  }

  terms(): string[] {
    if (!this.side) return [...this.main.terms()]
    return [...new Set([...this.main.terms(), ...this.side.terms()])]
  }
}
