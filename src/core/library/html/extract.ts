// A saved web page as an article: parsed by linkedom (a real HTML parser), the article picked out by
// Mozilla Readability (chosen by measurement over jsdom and defuddle: see README "Importing"), its
// metadata from the page. When Readability keeps far less than the page holds, the whole page is kept
// (chrome marked) rather than losing text silently.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { IsoDate } from '../../../shared/types'
import { textBlocks, wordCount, type TextBlock } from './blocks'
import { pageMeta } from './metadata'
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
const MIN_SHARE = 0.15
const MIN_PAGE_WORDS = 250

/** The date in the first blocks when the page declares none: a byline or dateline ("July 24, 2015"). */
function bylineDate(blocks: TextBlock[], byline: string | null): IsoDate | null {
  const fromByline = writtenDate(byline)
  if (fromByline) return fromByline
  for (const block of blocks.slice(0, 6)) {
    if (block.text.length > 200) continue
    const found = writtenDate(block.text)
    if (found) return found
  }
  return null
}

export function extractHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html)
  const meta = pageMeta(document)
  const body = document.body ?? document.documentElement
  const pageBlocks = body ? textBlocks(body, true) : []
  const pageWords = pageBlocks.reduce((sum, block) => sum + wordCount(block.text), 0)
  let parsed: ReturnType<Readability<string>['parse']> = null
  try {
    parsed = new Readability(document as unknown as Document).parse()
  } catch {
    parsed = null // a page Readability cannot walk keeps its whole text below
  }
  let blocks: TextBlock[] = []
  if (parsed?.content) blocks = textBlocks(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body)
  const articleWords = blocks.reduce((sum, block) => sum + wordCount(block.text), 0)
  const tooShort = !blocks.length || (pageWords >= MIN_PAGE_WORDS && articleWords < pageWords * MIN_SHARE)
  const kept = tooShort ? pageBlocks : blocks
  const byline = parsed?.byline?.replace(/\s+/g, ' ').trim() || null

  const declared = meta.published ? writtenDate(meta.published.value) : null
  const found = declared ? null : bylineDate(kept, byline)
  const dateBasis = declared
    ? `page date (${meta.published?.from})`
    : found
      ? 'date in the byline or dateline'
      : meta.published
        ? `page date ${JSON.stringify(meta.published.value)} could not be read`
        : null
  return {
    title: headline(meta, parsed?.title ?? null),
    blocks: kept,
    date: declared ?? found,
    dateBasis,
    author: meta.author ?? byline,
    siteName: meta.siteName ?? parsed?.siteName ?? null,
    language: meta.language ?? (parsed?.lang ? (/^[a-z]{2,3}/i.exec(parsed.lang)?.[0]?.toLowerCase() ?? null) : null),
    url: meta.url,
    ...(tooShort ? { wholePage: { articleWords, pageWords } } : {}),
  }
}
