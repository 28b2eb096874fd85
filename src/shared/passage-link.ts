// Links back to a passage: `stance-reader://open?article=<id>&paragraph=<n>`, written into exports and
// opened by the app (its registered protocol). A link comes from outside (any web page or file can hold
// one), so it is parsed strictly: this exact form, nothing else, and it can only ask to show a passage.
import { MAX_ID } from './limits'

export const LINK_SCHEME = 'stance-reader'

export interface PassageRef {
  articleId: string
  /** Paragraph index in the article (`Paragraph.index`, from 0), or null for the article's top. */
  paragraph: number | null
}

const MAX_LINK = 2048
const MAX_PARAGRAPH = 1_000_000

/**
 * The link to a passage; `paragraph` left out when null. The link counts paragraphs from 1, as every
 * export shows them to people (`paragraphNumber`); code counts from 0.
 */
export function passageLink(articleId: string, paragraph: number | null): string {
  const query = new URLSearchParams({ article: articleId })
  if (paragraph !== null) query.set('paragraph', String(paragraphNumber(paragraph)))
  return `${LINK_SCHEME}://open?${query.toString()}`
}

/** The passage a link asks for, or null when it is not exactly a well-formed passage link. */
export function parsePassageLink(raw: unknown): PassageRef | null {
  if (typeof raw !== 'string' || raw.length > MAX_LINK) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== `${LINK_SCHEME}:` || url.hostname !== 'open') return null
  if (url.username || url.password || url.port || (url.pathname !== '' && url.pathname !== '/') || url.hash) return null
  const keys = [...url.searchParams.keys()]
  if (keys.some((key) => key !== 'article' && key !== 'paragraph')) return null
  const ids = url.searchParams.getAll('article')
  const paragraphs = url.searchParams.getAll('paragraph')
  const articleId = ids[0]
  if (ids.length !== 1 || !articleId || articleId.length > MAX_ID || /\p{Cc}/u.test(articleId)) return null
  if (paragraphs.length > 1) return null
  if (paragraphs.length === 0) return { articleId, paragraph: null }
  const text = paragraphs[0]!
  if (!/^[1-9]\d{0,6}$/.test(text) || Number(text) > MAX_PARAGRAPH) return null
  return { articleId, paragraph: Number(text) - 1 }
}

/** A paragraph as people count it: the first is 1. */
export const paragraphNumber = (index: number): number => index + 1

/** A passage link among command-line arguments (how Windows and Linux hand one to the app), if any. */
export function passageLinkIn(argv: readonly string[]): PassageRef | null {
  for (const arg of argv) {
    if (!arg.toLowerCase().startsWith(`${LINK_SCHEME}:`)) continue
    const ref = parsePassageLink(arg)
    if (ref) return ref
  }
  return null
}
