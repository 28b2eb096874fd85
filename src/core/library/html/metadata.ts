// What a saved page says about its article, read from the parsed page before extraction changes it:
// JSON-LD, <meta> tags, <link rel=canonical>, <time>, <html lang>. Values are as the page writes them.

import type { DomDocument } from './dom'

type Doc = DomDocument

export interface PageMeta {
  headline: string | null
  /** og:title, twitter:title, <title>, in that order. */
  titles: string[]
  h1: string[]
  /** Publication date as written, and where it was found. */
  published: { value: string; from: string } | null
  author: string | null
  siteName: string | null
  language: string | null
  url: string | null
}

type Json = Record<string, unknown>

const ARTICLE_TYPE = /article|posting|report|newsarticle|blog|webpage/i

/** Every object in the page's JSON-LD blocks (arrays and @graph flattened); a broken block is skipped. */
function jsonLd(doc: Doc): Json[] {
  const found: Json[] = []
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') {
      found.push(value as Json)
      if (Array.isArray((value as Json)['@graph'])) walk((value as Json)['@graph'])
    }
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(
        JSON.parse(
          (script.textContent ?? '').replace(/^\s*(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)|(?:\/\/\s*)?(?:-->|\]\]>)\s*$/g, ''),
        ),
      )
    } catch {
      // a broken JSON-LD block says nothing; the page's other metadata still counts
    }
  }
  return found
}

const text = (value: unknown): string | null => {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null
  if (Array.isArray(value)) return text(value[0])
  if (value && typeof value === 'object') return text((value as Json).name ?? (value as Json)['@value'])
  return null
}

function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value]).map(text).filter((n): n is string => Boolean(n))
  return list.length ? [...new Set(list)].join(', ') : null
}

function meta(doc: Doc, keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const content = doc.querySelector(`meta[${attr}="${key}" i]`)?.getAttribute('content')
      const value = content?.replace(/\s+/g, ' ').trim()
      if (value) return value
    }
  }
  return null
}

const DATE_META = [
  'article:published_time',
  'og:article:published_time',
  'datePublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article:publicationdate',
]

function publishedTime(doc: Doc, articles: Json[]): PageMeta['published'] {
  const fromMeta = meta(doc, ['article:published_time', 'og:article:published_time'])
  if (fromMeta) return { value: fromMeta, from: 'article:published_time' }
  for (const item of articles) {
    const value = text(item.datePublished) ?? text(item.dateCreated)
    if (value) return { value, from: 'JSON-LD datePublished' }
  }
  const other = meta(doc, DATE_META)
  if (other) return { value: other, from: 'page metadata' }
  const marked = doc.querySelector('[itemprop~="datePublished"][content]')?.getAttribute('content')?.trim()
  if (marked) return { value: marked, from: 'itemprop datePublished' }
  const time =
    doc.querySelector('time[itemprop~="datePublished"][datetime], time[pubdate][datetime]') ??
    doc.querySelector('article time[datetime], time[datetime]')
  const datetime = time?.getAttribute('datetime')?.trim()
  return datetime ? { value: datetime, from: '<time datetime>' } : null
}

export function pageMeta(doc: Doc): PageMeta {
  const items = jsonLd(doc)
  const typed = (item: Json) => ARTICLE_TYPE.test(String(item['@type'] ?? ''))
  const articles = [...items.filter(typed), ...items.filter((item) => !typed(item))]
  const headline = articles.map((item) => text(item.headline)).find(Boolean) ?? null
  const publisher = articles.map((item) => text((item.publisher as Json | undefined)?.name)).find(Boolean)
  const titles = [meta(doc, ['og:title']), meta(doc, ['twitter:title']), doc.title?.replace(/\s+/g, ' ').trim()]
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim()
  const lang =
    doc.documentElement?.getAttribute('lang') ??
    meta(doc, ['og:locale', 'content-language', 'language', 'dc.language']) ??
    articles.map((item) => text(item.inLanguage)).find(Boolean)
  return {
    headline,
    titles: titles.filter((t): t is string => Boolean(t)),
    h1: [...doc.querySelectorAll('h1')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean),
    published: publishedTime(doc, articles),
    author:
      articles.map((item) => names(item.author)).find(Boolean) ??
      meta(doc, ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author']) ??
      null,
    siteName: meta(doc, ['og:site_name', 'application-name']) ?? publisher ?? null,
    language: lang ? (/^[a-z]{2,3}/i.exec(lang)?.[0]?.toLowerCase() ?? null) : null,
    url: /^https?:\/\//i.test(canonical ?? '') ? (canonical as string) : (meta(doc, ['og:url']) ?? null),
  }
}
