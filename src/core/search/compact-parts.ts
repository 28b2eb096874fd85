// The postings and weights of a built lunr index as three flat typed arrays (see compact.ts).

/** lunr.Index.toJSON() output. */
interface LunrJson {
  fields: string[]
  fieldVectors: Array<[string, number[]]>
  invertedIndex: Array<[string, { _index: number }]>
  pipeline: string[]
}

export interface CompactParts {
  fields: string[]
  pipeline: string[]
  /** Document refs, numbered in the order lunr added them. */
  refs: string[]
  /** Index terms, numbered as lunr numbered them (its `_index`). */
  terms: string[]
  /** Postings of term t in field f are `[offsets[t * fields + f], offsets[t * fields + f + 1])`. */
  offsets: Uint32Array
  docs: Uint32Array
  /** lunr's weights are rounded to thousandths: kept as whole thousandths, they come back exact. */
  weights: Int32Array
  /** Sum of each field's length over all documents (lunr's average field length times the documents), when known. */
  lengthSums?: number[]
}

/** The postings of a lunr index as typed arrays (run where lunr built it: the worker). */
export function compactFromLunr(json: LunrJson): CompactParts {
  const fields = json.fields
  const F = fields.length
  const fieldNo = new Map(fields.map((f, i) => [f, i]))
  const terms: string[] = []
  for (const [term, posting] of json.invertedIndex) terms[posting._index] = term

  const refs: string[] = []
  const docNo = new Map<string, number>()
  const vectors: Array<{ doc: number; field: number; elements: number[] }> = []
  const counts = new Uint32Array(terms.length * F + 1)
  for (const [fieldRef, elements] of json.fieldVectors) {
    const slash = fieldRef.indexOf('/')
    const field = fieldNo.get(fieldRef.slice(0, slash)) as number
    const ref = fieldRef.slice(slash + 1)
    let doc = docNo.get(ref)
    if (doc === undefined) {
      doc = refs.push(ref) - 1
      docNo.set(ref, doc)
    }
    vectors.push({ doc, field, elements })
    for (let i = 0; i < elements.length; i += 2) counts[(elements[i] as number) * F + field]!++
  }
  const offsets = new Uint32Array(terms.length * F + 1)
  for (let i = 0, sum = 0; i < offsets.length; i++) {
    offsets[i] = sum
    sum += counts[i] as number
  }
  const fill = offsets.slice()
  const total = offsets[offsets.length - 1] as number
  const docs = new Uint32Array(total)
  const weights = new Int32Array(total)
  // fieldVectors come in document order, so every posting list ends up sorted by document.
  for (const { doc, field, elements } of vectors) {
    for (let i = 0; i < elements.length; i += 2) {
      const slot = (elements[i] as number) * F + field
      const at = fill[slot]!++
      docs[at] = doc
      weights[at] = Math.round((elements[i + 1] as number) * 1000)
    }
  }
  return { fields, pipeline: json.pipeline, refs, terms, offsets, docs, weights }
}
