// Highlights over the store: made on the current text of an article, placed again on whatever text
// the article has now, labelled with stances. Placement is cached per highlight and article text,
// so listing 10,000 highlights does not re-anchor them all on every save.
import { randomUUID } from 'node:crypto'
import {
  DEFAULT_STANCES,
  HIGHLIGHT_COLORS,
  type Article,
  type Highlight,
  type HighlightPatch,
  type NewHighlight,
  type PlacedHighlight,
} from '../../shared/types'
import type { HighlightStore } from './store/store'
import { InvalidError, NotFoundError } from '../../shared/errors'
import type { StoreData } from './store/schema'
import { uniqueTags } from '../../shared/tags'
import { anchor, describe, textHash } from './anchor'

/** A request that cannot be carried out as given (bad range, colour, label...). */
export class HighlightError extends InvalidError {
  override name = 'HighlightError'
}

export type ArticleLookup = (id: string) => Article | undefined

const MAX_NOTE = 20_000
const MAX_TAGS = 50
const MAX_TOPICS = 100
const MAX_LABEL = 40

export class Highlights {
  #store: HighlightStore
  #article: ArticleLookup
  #now: () => Date
  #placed = new WeakMap<Highlight, { body: string; placed: PlacedHighlight }>()
  #hashes = new Map<string, { body: string; hash: string }>()

  constructor(store: HighlightStore, article: ArticleLookup, now: () => Date = () => new Date()) {
    this.#store = store
    this.#article = article
    this.#now = now
  }

  /** The article set changed (import, reload): look articles up there; placements follow the new text. */
  articlesChanged(articles: ReadonlyMap<string, Article>): void {
    this.#article = (id) => articles.get(id)
  }

  /** Every highlight, placed on its article's current text; orphans included. */
  list(): PlacedHighlight[] {
    return this.#store.read().highlights.map((h) => this.#place(h))
  }

  get(id: string): PlacedHighlight {
    return this.#place(this.#find(id))
  }

  add(input: NewHighlight): PlacedHighlight {
    const article = this.#requireArticle(input.articleId)
    const range = trimRange(article.body, input.start, input.end)
    const at = this.#now().toISOString()
    const highlight: Highlight = {
      id: newId(this.#store.read().highlights),
      articleId: article.id,
      ...describe(article.body, range.start, range.end, this.#hash(article)),
      color: checkColor(input.color),
      note: checkNote(input.note ?? ''),
      tags: cleanTags(input.tags ?? []),
      stance: this.#checkStance(input.stance ?? null),
      topic: input.topic?.trim() || null,
      topics: cleanTopics([...(input.topic ? [input.topic] : []), ...(input.topics ?? [])]),
      createdAt: at,
      updatedAt: at,
    }
    this.#store.update((data) =>
      data.highlights.some((h) => h.id === highlight.id)
        ? data
        : { ...data, highlights: [...data.highlights, highlight] },
    )
    return this.#place(highlight)
  }

  update(id: string, patch: HighlightPatch): PlacedHighlight {
    const current = this.#find(id)
    const changes: Partial<Highlight> = {}
    if (patch.color !== undefined) changes.color = checkColor(patch.color)
    if (patch.note !== undefined) changes.note = checkNote(patch.note)
    if (patch.tags !== undefined) changes.tags = cleanTags(patch.tags)
    if (patch.stance !== undefined) changes.stance = this.#checkStance(patch.stance)
    if (patch.topics !== undefined) changes.topics = cleanTopics(patch.topics)
    const updated = { ...current, ...changes, updatedAt: this.#now().toISOString() }
    this.#store.update(replace(updated))
    return this.#place(updated)
  }

  /** Removes the highlight and returns it, so the caller can offer undo (see restore). */
  delete(id: string): Highlight {
    const removed = this.#find(id)
    this.#store.update((data) => ({ ...data, highlights: data.highlights.filter((h) => h.id !== id) }))
    return removed
  }

  /** Put back a deleted highlight as it was, id and dates included. */
  restore(highlight: Highlight): PlacedHighlight {
    const existing = this.#store.read().highlights.find((h) => h.id === highlight.id)
    if (existing) return this.#place(existing)
    if (!highlight.quote) throw new HighlightError('A highlight must hold a quote')
    const copy: Highlight = {
      ...highlight,
      tags: [...highlight.tags],
      ...(highlight.topics ? { topics: [...highlight.topics] } : {}),
    }
    this.#store.update((data) =>
      data.highlights.some((h) => h.id === copy.id) ? data : { ...data, highlights: [...data.highlights, copy] },
    )
    return this.#place(copy)
  }

  /** Attach an orphan (or move any highlight) to a new range; its note, tags and stance stay. */
  reattach(id: string, articleId: string, start: number, end: number): PlacedHighlight {
    const current = this.#find(id)
    const article = this.#requireArticle(articleId)
    const range = trimRange(article.body, start, end)
    const updated: Highlight = {
      ...current,
      articleId: article.id,
      ...describe(article.body, range.start, range.end, this.#hash(article)),
      updatedAt: this.#now().toISOString(),
    }
    this.#store.update(replace(updated))
    return this.#place(updated)
  }

  /** The shipped stance labels, then the user's own in the order added. */
  stances(): string[] {
    return mergeStances(this.#store.read().stances)
  }

  addStance(label: string): string[] {
    const clean = label.trim().replace(/\s+/g, ' ')
    if (!clean || clean.length > MAX_LABEL)
      throw new HighlightError(`A stance label must be 1 to ${MAX_LABEL} characters`)
    if (this.stances().some((s) => s.toLowerCase() === clean.toLowerCase())) return this.stances()
    const data = this.#store.update((d) =>
      d.stances.some((s) => s.toLowerCase() === clean.toLowerCase()) ? d : { ...d, stances: [...d.stances, clean] },
    )
    return mergeStances(data.stances)
  }

  #place(stored: Highlight): PlacedHighlight {
    // Stores before topics were a list hold the one topic a highlight was made in.
    const h = stored.topics ? stored : { ...stored, topics: stored.topic ? [stored.topic] : [] }
    const article = this.#article(h.articleId)
    if (!article) return { ...h, status: 'orphan' }
    const cached = this.#placed.get(stored)
    if (cached && cached.body === article.body) return cached.placed
    const where = anchor(article.body, h, this.#hash(article))
    const placed: PlacedHighlight =
      where.status === 'orphan' || where.start === undefined || where.end === undefined
        ? { ...h, status: 'orphan' }
        : {
            ...h,
            status: where.status,
            current: { start: where.start, end: where.end, paragraph: paragraphAt(article, where.start) },
          }
    this.#placed.set(stored, { body: article.body, placed })
    return placed
  }

  #hash(article: Article): string {
    const known = this.#hashes.get(article.id)
    if (known && known.body === article.body) return known.hash
    const hash = textHash(article.body)
    this.#hashes.set(article.id, { body: article.body, hash })
    return hash
  }

  #find(id: string): Highlight {
    const found = this.#store.read().highlights.find((h) => h.id === id)
    if (!found) throw new NotFoundError(`No highlight with id "${id}"`)
    return found
  }

  #requireArticle(id: string): Article {
    const article = this.#article(id)
    if (!article) throw new NotFoundError(`No article with id "${id}"`)
    return article
  }

  #checkStance(stance: string | null): string | null {
    if (stance === null || stance.trim() === '') return null
    const known = this.stances().find((s) => s.toLowerCase() === stance.trim().toLowerCase())
    if (!known) throw new HighlightError(`Unknown stance label "${stance}"; known labels: ${this.stances().join(', ')}`)
    return known
  }
}

const replace = (updated: Highlight) => (data: StoreData) => ({
  ...data,
  highlights: data.highlights.map((h) => (h.id === updated.id ? updated : h)),
})

function mergeStances(own: string[]): string[] {
  const out: string[] = [...DEFAULT_STANCES]
  for (const s of own) if (!out.some((o) => o.toLowerCase() === s.toLowerCase())) out.push(s)
  return out
}

/** A selection's surrounding whitespace is not part of what the reader meant to mark. */
function trimRange(body: string, start: number, end: number): { start: number; end: number } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start >= end) {
    throw new HighlightError(`Range [${start}, ${end}) is not inside the article (${body.length} characters)`)
  }
  while (start < end && /\s/.test(body[start]!)) start++
  while (end > start && /\s/.test(body[end - 1]!)) end--
  if (start === end) throw new HighlightError('A highlight must contain some text, not only spaces')
  return { start, end }
}

function checkColor(color: string): Highlight['color'] {
  if (!(HIGHLIGHT_COLORS as readonly string[]).includes(color))
    throw new HighlightError(`Unknown colour "${color}"; use one of ${HIGHLIGHT_COLORS.join(', ')}`)
  return color as Highlight['color']
}

function checkNote(note: string): string {
  if (note.length > MAX_NOTE) throw new HighlightError(`A note may hold at most ${MAX_NOTE} characters`)
  return note.replace(/\r\n?/g, '\n').trim()
}

/** Tags as Obsidian reads them (shared/tags.ts: what the editor shows before saving), no duplicates. */
export function cleanTags(tags: string[]): string[] {
  const out = uniqueTags(tags)
  if (out.length > MAX_TAGS) throw new HighlightError(`At most ${MAX_TAGS} tags`)
  return out
}

/** Topic names, trimmed, each once (case does not make another topic). */
export function cleanTopics(topics: string[]): string[] {
  const out: string[] = []
  for (const raw of topics) {
    const topic = raw.trim().replace(/\s+/g, ' ')
    if (topic && !out.some((t) => t.toLowerCase() === topic.toLowerCase())) out.push(topic)
  }
  if (out.length > MAX_TOPICS) throw new HighlightError(`A highlight can be filed under at most ${MAX_TOPICS} topics`)
  return out
}

/** Short random ids (12 hex digits of a UUID), checked against the ids in use. */
function newId(existing: Highlight[]): string {
  for (;;) {
    const id = randomUUID().replace(/-/g, '').slice(0, 12)
    if (!existing.some((h) => h.id === id)) return id
  }
}

function paragraphAt(article: Article, offset: number): number {
  const paragraphs = article.paragraphs
  let lo = 0
  let hi = paragraphs.length - 1
  let found = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const p = paragraphs[mid]!
    if (p.start <= offset) {
      found = p.index
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}
