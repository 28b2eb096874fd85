// Builds the compact index (compact.ts) directly, without lunr's builder: lunr keeps an object per
// posting and per field vector and spends most of a cold build making and collecting them. This counts
// terms into flat typed arrays, part by part (parts can be counted in parallel workers: see
// parallel-build.ts), then merges the parts and computes lunr's own BM25 weights with the same formula,
// in the same floating-point order, so the engine answers exactly as over lunr's build (tested).
import lunr from 'lunr'
import type { Article } from '../../shared/types'
import { indexWords } from './analyze'
import type { CompactParts } from './compact'
import { paragraphRef } from './engine'

/** The indexed fields, in lunr's order, and their boosts (what SearchIndex.build gives lunr). */
export const FIELDS = ['text', 'heading', 'title', 'source'] as const
const BOOSTS = [1, 1, 1.5, 0.5]
const F = FIELDS.length
/** lunr's BM25 constants. */
const K1 = 1.2
const B = 0.75

/** One part's term counts: postings hold term frequencies, not yet weights. */
export interface PartCounts {
  refs: string[]
  terms: string[]
  /** Postings of (term t, field f) are `[offsets[t * F + f], offsets[t * F + f + 1])`, documents ascending. */
  offsets: Uint32Array
  docs: Uint32Array
  tfs: Uint32Array
  /** Terms in each (document, field): `lengths[doc * F + f]`. */
  lengths: Uint32Array
}

/** What the weights of new documents need from the index they join: lunr's idf and average field lengths. */
export interface IndexStats {
  documents: number
  /** Documents holding each term, summed over fields (lunr's idf counts so). */
  documentsWithTerm(term: string): number
  /** Sum of field lengths over all documents, per field; null: unknown (taken as the new documents' average). */
  lengthSums: readonly number[] | null
}

class Growable {
  array = new Uint32Array(1 << 16)
  length = 0
  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = new Uint32Array(this.array.length * 2)
      bigger.set(this.array)
      this.array = bigger
    }
    this.array[this.length++] = value
  }
}

/** The lunr documents of these articles: one per non-chrome paragraph, one for a title-only brief. */
export function documentCount(articles: readonly Article[]): number {
  let count = 0
  for (const article of articles) count += article.paragraphs.filter((p) => p.kind !== 'chrome').length || 1
  return count
}

/** Counts the terms of `articles` (documents in the order SearchIndex.build adds them). */
export function countPart(articles: readonly Article[], onArticle?: (done: number) => void): PartCounts {
  const termNo = new Map<string, number>()
  const terms: string[] = []
  const refs: string[] = []
  const slots = new Growable()
  const docs = new Growable()
  const tfs = new Growable()
  const lengths = new Growable()
  const counts = new Map<number, number>()
  const stems = new Map<string, string | null>()

  /** Term numbers of a field value, with their counts, and its length. */
  const countField = (value: string): { counts: Array<[number, number]>; length: number } => {
    counts.clear()
    let length = 0
    for (const term of indexWords(value, stems)) {
      let t = termNo.get(term)
      if (t === undefined) {
        t = terms.push(term) - 1
        termNo.set(term, t)
      }
      counts.set(t, (counts.get(t) ?? 0) + 1)
      length++
    }
    return { counts: [...counts], length }
  }
  const addField = (doc: number, field: number, counted: { counts: Array<[number, number]>; length: number }) => {
    lengths.array[doc * F + field] = counted.length
    for (const [t, tf] of counted.counts) {
      slots.push(t * F + field)
      docs.push(doc)
      tfs.push(tf)
    }
  }

  articles.forEach((article, i) => {
    // Title and source are the same for every paragraph of an article: counted once.
    const title = countField(article.title)
    const source = countField(article.source ?? '')
    const addDoc = (ref: string, text: string, heading: string) => {
      const doc = refs.push(ref) - 1
      for (let f = 0; f < F; f++) lengths.push(0)
      addField(doc, 0, countField(text))
      addField(doc, 1, countField(heading))
      addField(doc, 2, title)
      addField(doc, 3, source)
    }
    const slice = (index: number | undefined) => {
      const p = index === undefined ? undefined : article.paragraphs[index]
      return p ? article.body.slice(p.start, p.end) : ''
    }
    let added = 0
    for (const paragraph of article.paragraphs) {
      if (paragraph.kind === 'chrome') continue
      addDoc(paragraphRef(article.id, paragraph.index), slice(paragraph.index), slice(paragraph.section))
      added++
    }
    if (added === 0) addDoc(paragraphRef(article.id, null), '', '')
    onArticle?.(i + 1)
  })

  // Group the postings by slot (a counting sort: documents stay ascending within each slot).
  const offsets = new Uint32Array(terms.length * F + 1)
  for (let i = 0; i < slots.length; i++) offsets[(slots.array[i] as number) + 1]!++
  for (let s = 1; s < offsets.length; s++) offsets[s]! += offsets[s - 1] as number
  const fill = offsets.slice(0, -1)
  const outDocs = new Uint32Array(slots.length)
  const outTfs = new Uint32Array(slots.length)
  for (let i = 0; i < slots.length; i++) {
    const at = fill[slots.array[i] as number]!++
    outDocs[at] = docs.array[i] as number
    outTfs[at] = tfs.array[i] as number
  }
  return { refs, terms, offsets, docs: outDocs, tfs: outTfs, lengths: lengths.array.slice(0, lengths.length) }
}

/** lunr.idf. */
function idf(documentsWithTerm: number, documents: number): number {
  const x = (documents - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5)
  return Math.log(1 + Math.abs(x))
}

/** lunr's field weight (Builder.createFieldVectors), in whole thousandths as compact.ts keeps them. */
function weight(idfValue: number, tf: number, fieldLength: number, averageLength: number, boost: number): number {
  let score = (idfValue * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (fieldLength / averageLength)) + tf)
  score *= boost
  return Math.round((Math.round(score * 1000) / 1000) * 1000)
}

/**
 * One compact index from parts counted in document order (part 0's documents first). With `stats`, the
 * weights use that index's figures plus these documents' own (a side index for documents added to it);
 * without, these documents are the whole index, as a lunr build over them would be.
 */
export function mergeParts(parts: readonly PartCounts[], stats?: IndexStats): CompactParts {
  const termNo = new Map<string, number>()
  const terms: string[] = []
  const localToGlobal = parts.map((part) =>
    Uint32Array.from(part.terms, (term) => {
      let t = termNo.get(term)
      if (t === undefined) {
        t = terms.push(term) - 1
        termNo.set(term, t)
      }
      return t
    }),
  )
  const refs = parts.flatMap((part) => part.refs)
  const firstDoc: number[] = []
  let docTotal = 0
  for (const part of parts) {
    firstDoc.push(docTotal)
    docTotal += part.refs.length
  }

  // Postings per global slot, and documents per term over all fields (lunr's idf).
  const offsets = new Uint32Array(terms.length * F + 1)
  const withTerm = new Float64Array(terms.length)
  parts.forEach((part, p) => {
    const map = localToGlobal[p] as Uint32Array
    for (let t = 0; t < part.terms.length; t++) {
      const g = map[t] as number
      for (let f = 0; f < F; f++) {
        const n = (part.offsets[t * F + f + 1] as number) - (part.offsets[t * F + f] as number)
        offsets[g * F + f + 1]! += n
        withTerm[g]! += n
      }
    }
  })
  for (let s = 1; s < offsets.length; s++) offsets[s]! += offsets[s - 1] as number

  const lengthSums = [0, 0, 0, 0]
  for (const part of parts)
    for (let i = 0; i < part.lengths.length; i++) lengthSums[i % F]! += part.lengths[i] as number
  const documents = docTotal + (stats?.documents ?? 0)
  const averages = lengthSums.map((sum, f) => {
    const known = stats?.lengthSums?.[f] ?? (stats ? (sum / Math.max(1, docTotal)) * stats.documents : 0)
    return (sum + known) / documents
  })
  const idfs = Float64Array.from(terms, (term, t) =>
    idf((withTerm[t] as number) + (stats?.documentsWithTerm(term) ?? 0), documents),
  )

  const total = offsets[offsets.length - 1] as number
  const docs = new Uint32Array(total)
  const weights = new Int32Array(total)
  const fill = offsets.slice(0, -1)
  parts.forEach((part, p) => {
    const map = localToGlobal[p] as Uint32Array
    const base = firstDoc[p] as number
    for (let t = 0; t < part.terms.length; t++) {
      const g = map[t] as number
      const termIdf = idfs[g] as number
      for (let f = 0; f < F; f++) {
        const boost = BOOSTS[f] as number
        const average = averages[f] as number
        let at = fill[g * F + f] as number
        for (let i = part.offsets[t * F + f] as number, end = part.offsets[t * F + f + 1] as number; i < end; i++) {
          const doc = part.docs[i] as number
          docs[at] = base + doc
          weights[at] = weight(termIdf, part.tfs[i] as number, part.lengths[doc * F + f] as number, average, boost)
          at++
        }
        fill[g * F + f] = at
      }
    }
  })
  // What lunr's Index keeps is its search pipeline: the stemmer alone.
  const pipeline = [(lunr.stemmer as unknown as { label: string }).label]
  return { fields: [...FIELDS], pipeline, refs, terms, offsets, docs, weights, lengthSums }
}

/** The compact index over `articles`, built in this thread. */
export function buildParts(articles: readonly Article[]): CompactParts {
  return mergeParts([countPart(articles)])
}
