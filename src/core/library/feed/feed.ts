// A saved RSS or Atom feed (.rss, .atom, .xml) as one article per item: its full content where the feed
// carries it (content:encoded, Atom content), else its summary; the item's date in its own offset; the
// channel's title as the source (unless the user names one). Parsed by feedsmith (fast-xml-parser based).
import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import { parseFeed } from 'feedsmith'
import type { LoadProblem, Paragraph } from '../../../shared/types'
import { errorMessage } from '../../../shared/errors'
import { textBlocks } from '../html/blocks'
import { parseDocument, type DomElement } from '../html/dom'
import { pageParagraphs } from '../html/paragraphs'
import { writtenDate } from '../html/written-date'
import type { ImportRecord } from '../records'

export interface FeedImport {
  records: Array<ImportRecord & { paragraphs: Paragraph[] }>
  problems: LoadProblem[]
}

type Loose = Record<string, unknown> | undefined

/** Feed text fields come as strings or as `{ value }` objects (Atom's typed text). */
const str = (value: unknown): string | null => {
  const text = typeof value === 'string' ? value : (value as Loose)?.value
  return typeof text === 'string' && text.trim() ? text.trim() : null
}

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value)

interface FeedItem {
  key: string | null
  title: string | null
  html: string | null
  date: string | null
  author: string | null
  url: string | null
}

function rssItem(item: Loose): FeedItem {
  const dc = item?.dc as Loose
  const link = str(item?.link)
  return {
    key: str(item?.guid) ?? link,
    title: str(item?.title),
    html: str((item?.content as Loose)?.encoded) ?? str(item?.description),
    date: str(item?.pubDate) ?? str(first(dc?.dates)) ?? str(dc?.date),
    author: str(first(item?.authors)) ?? str(first(dc?.creators)) ?? str(dc?.creator),
    url: link,
  }
}

function atomItem(entry: Loose): FeedItem {
  const links = (Array.isArray(entry?.links) ? entry.links : []) as Array<Record<string, unknown>>
  const link = links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0]
  const author = first(entry?.authors) as Loose
  return {
    key: str(entry?.id) ?? str(link?.href),
    title: str(entry?.title),
    html: str(entry?.content) ?? str(entry?.summary),
    date: str(entry?.published) ?? str(entry?.updated),
    author: str(author?.name),
    url: str(link?.href),
  }
}

/** Feed content is HTML (or plain text, which reads the same through the HTML parser). */
function itemText(html: string, title: string | null, author: string | null) {
  const root = parseDocument(`<!doctype html><html><body>${html}</body></html>`).body as DomElement
  return pageParagraphs(textBlocks(root), title, author)
}

export function parseFeedFile(fileName: string, xml: string, options: { source?: string | null } = {}): FeedImport {
  let parsed: ReturnType<typeof parseFeed>
  try {
    parsed = parseFeed(xml)
  } catch (error) {
    const why = errorMessage(error)
    return { records: [], problems: [{ file: fileName, reason: `not an RSS or Atom feed (${why})` }] }
  }
  const feed = parsed.feed as Loose
  const atom = parsed.format === 'atom'
  const rawItems = ((atom ? feed?.entries : feed?.items) ?? []) as Loose[]
  const items = rawItems.map(atom ? atomItem : rssItem)
  const channel = str(feed?.title)
  // RSS names it in <language>; Atom in xml:lang on its root
  const declared = str(feed?.language) ?? /<(?:feed|rss|channel)\b[^>]*\bxml:lang="([A-Za-z-]+)"/.exec(xml)?.[1] ?? 'en'
  const language = declared.slice(0, 2).toLowerCase()
  const base = basename(fileName).replace(/\.[^.]+$/, '')
  const records: FeedImport['records'] = []
  const problems: LoadProblem[] = []
  items.forEach((item, i) => {
    const origin = `${fileName}:${i + 1}`
    const { body, paragraphs } = itemText(item.html ?? '', item.title, item.author)
    if (!body && !item.title) {
      problems.push({ file: fileName, line: i + 1, reason: `item ${i + 1} has no title and no text` })
      return
    }
    const date = writtenDate(item.date)
    const key = item.key ?? `${item.title}\u0000${item.date}`
    const record: ImportRecord & { paragraphs: Paragraph[] } = {
      id: `${base}-${createHash('sha256').update(key).digest('base64url').slice(0, 10)}`,
      title: item.title ?? body.slice(0, 80),
      body,
      paragraphs,
      date,
      source: options.source ?? channel,
      dateline: null,
      language,
      origin,
      ...(date
        ? { dateBasis: 'feed item date' }
        : item.date
          ? { dateBasis: `feed date "${item.date}" could not be read` }
          : {}),
      ...(item.author ? { author: item.author } : {}),
      ...(item.url ? { url: item.url } : {}),
    }
    records.push(record)
  })
  if (!items.length) problems.push({ file: fileName, reason: 'the feed has no items' })
  return { records, problems }
}
