// Library articles whose body and paragraphs stay bytes of articles.jsonl until something asks for them: a
// warm start lists and searches 21k articles (the index cache named by what library.json says, not by the
// bodies) before any body is parsed. The bytes sit outside the JS heap, so holding them costs the garbage
// collector nothing, where 27 MB of parsed bodies survived (and were copied by) every collection of the start.
import { createHash } from 'node:crypto'
import type { Article, ArticleSummary, Paragraph } from '../../shared/types'
import { storedLine, type LibraryEntry } from './meta'

interface Text {
  body: string
  paragraphs: Paragraph[]
}

/** Where one article's line is, and what it must be: the entry's id and content hash. */
export type StoreLine = Pick<LibraryEntry, 'id' | 'hash' | 'offset' | 'length'>

/** One article's line in the store, parsed and checked against its entry the first time it is asked for. */
export class StoredText {
  #bytes: Buffer | null
  #text: Text | null
  readonly #onDamage: (id: string) => void

  /** `source`: the store's bytes, or the text already parsed (and checked) from them. */
  constructor(
    readonly line: StoreLine,
    source: Buffer | Text,
    onDamage: (id: string) => void = () => undefined,
  ) {
    this.#bytes = Buffer.isBuffer(source) ? source : null
    this.#text = Buffer.isBuffer(source) ? null : source
    this.#onDamage = onDamage
  }

  /** Whether the line has been parsed yet. */
  get parsed(): boolean {
    return this.#text !== null
  }

  get text(): Text {
    if (this.#text) return this.#text
    const { offset, length } = this.line
    const stored = storedLine((this.#bytes as Buffer).toString('utf8', offset, offset + length), this.line)
    // A body whose bytes changed after its id and hash were checked: never served; empty until the
    // library is repaired (onDamage rebuilds the metadata without it, as a full read would have).
    if (!stored) this.#onDamage(this.line.id)
    this.#text = stored ? { body: stored.body, paragraphs: stored.paragraphs } : { body: '', paragraphs: [] }
    this.#bytes = null
    return this.#text
  }
}

/** A library article whose body and paragraphs are read through its StoredText when first asked for. */
class StoredArticleText {
  readonly #stored: StoredText
  /** The summary it was made from: the list shows that one rather than a copy made anew. */
  readonly #summary: ArticleSummary

  // Own enumerable accessors, not a class's getters: a spread or a structured clone of the article copies them.
  static readonly #text: PropertyDescriptorMap = {
    body: {
      get(this: StoredArticleText) {
        return this.#stored.text.body
      },
      enumerable: true,
    },
    paragraphs: {
      get(this: StoredArticleText) {
        return this.#stored.text.paragraphs
      },
      enumerable: true,
    },
  }

  constructor(summary: ArticleSummary, stored: StoredText) {
    Object.assign(this, summary)
    this.#stored = stored
    this.#summary = summary
    Object.defineProperties(this, StoredArticleText.#text)
  }

  static storedOf(article: object): StoredText | undefined {
    return #stored in article ? (article as StoredArticleText).#stored : undefined
  }

  static summaryOf(article: object): ArticleSummary | undefined {
    return #summary in article ? (article as StoredArticleText).#summary : undefined
  }
}

/** An article of `summary` whose text is `stored`, parsed when first read. */
export function articleOver(summary: ArticleSummary, stored: StoredText): Article {
  return new StoredArticleText(summary, stored) as unknown as Article
}

/** The stored text behind an article made by articleOver (undefined for any other article). */
export const storedTextOf = (article: Article): StoredText | undefined => StoredArticleText.storedOf(article)

/** The summary a library article was made from (its text not read), undefined for any other article. */
export const storedSummaryOf = (article: Article): ArticleSummary | undefined => StoredArticleText.summaryOf(article)

/**
 * Names what the index holds of a library article without its body: the stored line's content hash (title,
 * date, body) and place (a line is never rewritten: another version of the article is another line, another
 * offset), and the title, source and paragraph count it is listed with. See bench/README.md for what it trusts.
 */
export function storedPrint(article: ArticleSummary, line: StoreLine): string {
  return createHash('sha1')
    .update(
      `${line.hash}\u0000${line.offset}\u0000${line.length}\u0000${article.paragraphCount}\u0000${article.title}\u0000${article.source ?? ''}`,
    )
    .digest('base64url')
    .slice(0, 20)
}

/** storedPrint of an article read from the library, undefined for any other (its body names it). */
export function storedPrintOf(article: Article): string | undefined {
  const stored = storedTextOf(article)
  return stored && storedPrint(article, stored.line)
}
