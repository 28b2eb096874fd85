// The article's headline: the page's own headline (JSON-LD, og:title, twitter:title, <title>, <h1>)
// without the site's name that pages add to titles (" - BBC News", "The Guardian | ").
import type { PageMeta } from './metadata'

const SEPARATOR = /\s+[-|–—·•:»/]\s+|\s+::\s+/u

const squash = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '')

/** Names a site goes by: its og:site_name and its host name ("www.bbc.co.uk" → "bbc"). */
function siteNames(meta: PageMeta): string[] {
  const names = meta.siteName ? [squash(meta.siteName)] : []
  const host = meta.url ? /^https?:\/\/(?:www\.|m\.)?([^/:]+)/i.exec(meta.url)?.[1] : undefined
  if (host) names.push(squash(host.split('.')[0] ?? ''), squash(host))
  return names.filter((name) => name.length >= 2)
}

function isSite(segment: string, sites: string[]): boolean {
  const name = squash(segment)
  if (!name) return false
  return sites.some(
    (site) => site === name || site.includes(name) || (name.includes(site) && name.length <= site.length + 8),
  )
}

/** A title without the site's name at its end or start. */
export function withoutSite(title: string, meta: PageMeta): string {
  const sites = siteNames(meta)
  let parts = title.split(SEPARATOR)
  const seps = title.match(new RegExp(SEPARATOR.source, 'gu')) ?? []
  if (parts.length < 2) return title
  // The page's <h1> is often the headline alone: a title part equal to it wins.
  const h1 = meta.h1.map(squash)
  for (let end = parts.length - 1; end >= 1; end--) {
    const head = parts.slice(0, end).reduce((acc, part, i) => (i ? `${acc}${seps[i - 1]}${part}` : part), '')
    if (h1.includes(squash(head))) return head
  }
  let first = 0
  let last = parts.length
  while (last - first > 1 && isSite(parts[last - 1] as string, sites)) last--
  while (last - first > 1 && isSite(parts[first] as string, sites)) first++
  parts = parts.slice(first, last)
  return parts.reduce((acc, part, i) => (i ? `${acc}${seps[first + i - 1]}${part}` : part), '')
}

/** The headline for a page, from the first place that names one. */
export function headline(meta: PageMeta, extracted: string | null): string | null {
  const candidates = [meta.headline, ...meta.titles, extracted, meta.h1[0]]
  const found = candidates.find((c): c is string => Boolean(c?.trim()))
  if (!found) return null
  const title = withoutSite(found.replace(/\s+/g, ' ').trim(), meta)
  // A title that is the page's <h1> plus decoration ("（CNET Japan）") is that <h1>.
  const key = squash(title)
  const h1 = meta.h1.find((h) => key.startsWith(squash(h)) && squash(h).length >= key.length / 2)
  return h1 ?? title
}
