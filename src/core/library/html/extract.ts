// A saved web page as an article: parsed by linkedom (a real HTML parser), the article picked out by
// Mozilla Readability (chosen by measurement over jsdom and defuddle: see README "Importing"), its
// metadata from the page. When Readability keeps far less than the page holds, the whole page is kept
// (chrome marked) rather than losing text silently.
import { Readability } from '@mozilla/readability'
import type { IsoDate } from '../../../shared/types'
import { textBlocks, wordCount, type TextBlock } from './blocks'
import { parseDocument, type DomElement } from './dom'
import { pageMeta, type PageMeta } from './metadata'
import { headline } from './title'
import { writtenDate } from './written-date'

export interface HtmlArticle {
  title: string | null
  blocks: TextBlock[]
  date: IsoDate | null
  /** Where the date came from ("article:published_time", "byline"), or why it is missing. */
  dateBasis: string | null
  author: string | null
  /** The site's name (og:site_name, JSON-LD publisher). */
  siteName: string | null
  language: string | null
  /** Canonical URL of the page, when it names one. */
  url: string | null
  /** Set when the article found was far shorter than the page: the whole page's text was kept instead. */
  wholePage?: { articleWords: number; pageWords: number }
}

/**
 * Extraction found "far too little" below this share of the page's words, when the page has enough words
 * to tell (short pages are mostly chrome anyway).
 */
const MIN_SHARE = 0.1
const MIN_PAGE_WORDS = 250

/** Short lines only: a date inside a long paragraph is what the story is about, not when it was written. */
const dateLine = (text: string) => (text.length <= 200 ? writtenDate(text) : null)

/**
 * The date when the page declares none in its metadata: the byline, the first lines of the article, the
 * lines just above it in the page (where bylines and datelines sit), the title, then a /2015/03/18/ URL.
 */
function shownDate(article: TextBlock[], page: TextBlock[], byline: string | null, meta: PageMeta): IsoDate | null {
  const first = article[0]?.text
  const start = first ? page.findIndex((block) => block.text === first) : -1
  const above = start > 0 ? page.slice(Math.max(0, start - 30), start).reverse() : []
  for (const text of [byline, ...article.slice(0, 6).map((b) => b.text), ...above.map((b) => b.text), ...meta.titles]) {
    const found = text ? dateLine(text) : null
    if (found) return found
  }
  const path = meta.url ? /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)\//.exec(meta.url) : null
  return path ? writtenDate(`${path[1]}-${path[2]}-${path[3]}`) : null
}

/** "BBC News" as a byline is the site, not an author. */
const sameName = (a: string | null, b: string | null) =>
  Boolean(a && b && a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, ''))

export function extractHtml(html: string): HtmlArticle {
  // linkedom builds no <body> around a bare fragment: give it one
  const document = parseDocument(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`)
  const meta = pageMeta(document)
  const body = document.body ?? document.documentElement
  const pageBlocks = body ? textBlocks(body, true) : []
  const pageWords = pageBlocks.reduce((sum, block) => sum + wordCount(block.text), 0)
  let parsed: ReturnType<Readability<string>['parse']>
  try {
    parsed = new Readability(document as never).parse()
  } catch {
    parsed = null // a page Readability cannot walk keeps its whole text below
  }
  let blocks: TextBlock[] = []
  if (parsed?.content)
    blocks = textBlocks(parseDocument(`<!doctype html><html><body>${parsed.content}</body></html>`).body as DomElement)
  const articleWords = blocks.reduce((sum, block) => sum + wordCount(block.text), 0)
  const tooShort = !blocks.length || (pageWords >= MIN_PAGE_WORDS && articleWords < pageWords * MIN_SHARE)
  const kept = tooShort ? pageBlocks : blocks
  const byline = parsed?.byline?.replace(/\s+/g, ' ').trim() || null

  const declared = meta.published ? writtenDate(meta.published.value) : null
  const found = declared ? null : shownDate(kept, pageBlocks, byline, meta)
  const dateBasis = declared
    ? `page date (${meta.published?.from})`
    : found
      ? 'date in the byline or dateline'
      : meta.published
        ? `page date ${JSON.stringify(meta.published.value)} could not be read`
        : null
  const author = meta.author ?? byline
  const siteName = meta.siteName ?? parsed?.siteName ?? null
  return {
    title: headline(meta, parsed?.title ?? null),
    blocks: kept,
    date: declared ?? found,
    dateBasis,
    author: sameName(author, siteName) ? null : author,
    siteName,
    language: meta.language ?? (parsed?.lang ? (/^[a-z]{2,3}/i.exec(parsed.lang)?.[0]?.toLowerCase() ?? null) : null),
    url: meta.url,
    ...(tooShort ? { wholePage: { articleWords, pageWords } } : {}),
  }
}
