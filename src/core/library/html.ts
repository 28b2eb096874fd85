// Readable text from a saved web page, without a DOM: a small tolerant tag stripper.
// Script, style, navigation and page furniture go; block elements become paragraphs; entities are decoded.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  aacute: 'á',
  ccedil: 'ç',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  szlig: 'ß',
  euro: '€',
  pound: '£',
  deg: '°',
  middot: '·',
  bull: '•',
  shy: '',
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[name.toLowerCase()] ?? whole
  })
}

/** Elements whose content is never article text. */
const DROPPED = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'iframe',
  'button',
  'select',
]
const BLOCK =
  /^(p|div|h[1-6]|li|ul|ol|br|tr|table|blockquote|section|article|main|pre|figure|figcaption|dd|dt|dl|hr|address)$/i

export interface HtmlText {
  title: string | null
  /** Paragraphs separated by a blank line. */
  text: string
  /** From `<meta>`: publication date, site name, language. */
  date: string | null
  source: string | null
  language: string | null
}

function meta(html: string, names: string[]): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const key = /\b(?:name|property|itemprop)\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase()
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)
    if (key && names.includes(key) && content)
      return decodeEntities(content[1] ?? content[2] ?? content[3] ?? '').trim() || null
  }
  return null
}

function inner(html: string, tag: string): string | null {
  const match = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}\\s*>`, 'i').exec(html)
  return match ? (match[1] as string) : null
}

const flat = (html: string) =>
  decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim()

export function htmlToText(html: string): HtmlText {
  let page = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')
  const head = inner(page, 'head') ?? ''
  const titleTag = inner(head || page, 'title')
  const h1 = inner(page, 'h1')
  for (const tag of DROPPED) page = page.replace(new RegExp(`<${tag}\\b[\\s\\S]*?</${tag}\\s*>`, 'gi'), '\n')
  // The story itself when the page marks it; otherwise the whole body.
  const scope = inner(page, 'article') ?? inner(page, 'main') ?? inner(page, 'body') ?? page
  const blocks = scope
    .replace(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi, (tag, name: string) =>
      BLOCK.test(name) ? '\n\n' : tag.startsWith('</') ? '' : ' ',
    )
    .replace(/<[^>]*>/g, '')
    .split(/\n\s*\n/)
    .map((block) =>
      decodeEntities(block)
        .replace(/[ \t\r\n\f\v\u00A0]+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
  const title = meta(head, ['og:title']) ?? (titleTag ? flat(titleTag) : null) ?? (h1 ? flat(h1) : null)
  return {
    title: title || null,
    text: blocks.join('\n\n'),
    date: meta(head || page, ['article:published_time', 'datepublished', 'date', 'dc.date', 'pubdate']),
    source: meta(head || page, ['og:site_name', 'publisher', 'dc.publisher']),
    language: /<html\b[^>]*\blang\s*=\s*["']?([a-z]{2,3})/i.exec(html)?.[1]?.toLowerCase() ?? null,
  }
}
