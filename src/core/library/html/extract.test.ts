import { describe, expect, it } from 'vitest'
import { extractHtml } from './extract'
import { htmlRecord } from './index'
import { writtenDate } from './written-date'

const story = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the story: the minister said on Thursday that talks on the treaty would go on, and that both sides had agreed to meet again before the end of the year in Tokyo.</p>`,
  ).join('\n')

const bbcLike = `<!doctype html><html lang="en-GB"><head>
<title>Talks &amp; treaties - BBC News</title>
<meta property="og:title" content="Talks &amp; treaties - BBC News">
<meta property="og:site_name" content="BBC News">
<meta property="article:published_time" content="2019-09-05T23:30:00-05:00">
<link rel="canonical" href="https://www.bbc.com/news/world-123">
<script>var x = "<p>not text</p>";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/video">Video</a></li><li><a href="/world">World</a></li><li><a href="/us">US &amp; Canada</a></li></ul></nav>
<article><h1>Talks &amp; treaties</h1>
<figure><img src="a.jpg"><figcaption>Delegates arrive in Tokyo. Photo: Jane Doe/Reuters</figcaption></figure>
<p>Se&ntilde;or Tanaka &mdash; with &frac12; of the votes &mdash; spoke <a title="a>b" href="#">first</a>.</p>
<aside><p>Related: <aside>nested</aside> tail of the aside</p></aside>
${story(6)}
</article>
<footer>Copyright BBC</footer>
</body></html>`

describe('extractHtml', () => {
  const page = extractHtml(bbcLike)
  const text = page.blocks.map((b) => b.text).join('\n')

  it('decodes every entity and leaks no attribute or aside text', () => {
    expect(text).toContain('Señor Tanaka — with ½ of the votes — spoke first.')
    expect(text).not.toMatch(/a>b|nested|tail of the aside|not text/)
  })

  it('leaves the navigation menu and footer out', () => {
    expect(text).not.toMatch(/Home|US & Canada|Copyright BBC/)
  })

  it('reads the headline without the site suffix, the site, language and canonical URL', () => {
    expect(page).toMatchObject({
      title: 'Talks & treaties',
      siteName: 'BBC News',
      language: 'en',
      url: 'https://www.bbc.com/news/world-123',
    })
  })

  it('keeps the day the page gives in its own offset, whatever the machine zone', () => {
    // 23:30 at -05:00 is already the 6th in UTC: the article's day is the 5th
    expect(page.date).toBe('2019-09-05')
    expect(page.dateBasis).toBe('page date (article:published_time)')
  })

  it('dims the photo caption in the stored paragraphs', () => {
    const { record } = htmlRecord('talks.html', bbcLike)
    const caption = record!.paragraphs.find((p) => record!.body.slice(p.start, p.end).startsWith('Delegates'))
    expect(caption).toMatchObject({ kind: 'chrome' })
    expect(['caption', 'credit']).toContain(caption!.chrome)
  })

  it('lets the source the user names win over the site name', () => {
    expect(htmlRecord('talks.html', bbcLike).record!.source).toBe('BBC News')
    expect(htmlRecord('talks.html', bbcLike, { source: 'BBC World' }).record!.source).toBe('BBC World')
  })

  it('falls back to JSON-LD datePublished, then <time datetime>, then the byline', () => {
    const ld = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Deal reached","datePublished":"2020-03-01T01:00:00+09:00","author":{"name":"Ann Lee"}}</script></head><body><article><h1>Deal</h1>${story(4)}</article></body></html>`
    expect(extractHtml(ld)).toMatchObject({ title: 'Deal reached', date: '2020-03-01', author: 'Ann Lee' })
    const time = `<html><body><article><h1>Deal</h1><time datetime="2021-06-30T22:00:00-07:00">June 30</time>${story(4)}</article></body></html>`
    expect(extractHtml(time).date).toBe('2021-06-30')
    const byline = `<html><body><article><h1>Deal</h1><p class="byline">By Ann Lee, March 6, 1987</p>${story(4)}</article></body></html>`
    expect(extractHtml(byline).date).toBe('1987-03-06')
  })

  it('keeps the whole page, chrome marked, when the article found is far shorter than the page', () => {
    // Many short lines and one link-heavy block: nothing Readability takes for an article but a snippet.
    const lines = Array.from(
      { length: 60 },
      (_, i) => `<div><a href="/s${i}">Statement line ${i} on the arms treaty talks</a></div>`,
    ).join('')
    const html = `<html><head><title>Statement</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div id="main">${lines}</div><p>Send a message now</p></body></html>`
    const result = htmlRecord('statement.html', html)
    expect(result.note?.reason).toMatch(/whole page was kept/)
    expect(result.record!.body).toContain('Statement line 59 on the arms treaty talks')
    const home = result.record!.paragraphs.find((p) => result.record!.body.slice(p.start, p.end).startsWith('Home'))
    expect(home).toMatchObject({ kind: 'chrome', chrome: 'navigation' })
  })

  it('tolerates broken markup', () => {
    const page = extractHtml('<p>Unclosed <i>italic<p>Next & last <3')
    expect(page.blocks.map((b) => b.text)).toEqual(['Unclosed italic', 'Next & last <3'])
  })
})

describe('writtenDate', () => {
  it.each([
    ['2015-07-24T05:36:09+01:00', '2015-07-24'],
    ['2019-09-05T23:30:00-05:00', '2019-09-05'],
    ['July 24, 2015', '2015-07-24'],
    ['Jul. 4 2015 at noon', '2015-07-04'],
    ['24 July 2015', '2015-07-24'],
    ['Fri, 24 Jul 2015 05:36:09 GMT', '2015-07-24'],
    ['24 de julio de 2015', '2015-07-24'],
    ['24. Juli 2015', '2015-07-24'],
    ['Fri Mar 13 21:30:09 EST 2015', '2015-03-13'],
    ['2016年10月14日07:17', '2016-10-14'],
    ['07.12.2017', '2017-12-07'],
  ])('%s is %s', (text, day) => expect(writtenDate(text)).toBe(day))

  it('reads no date where none is written', () => {
    expect(writtenDate('February 30, 2015')).toBeNull()
    expect(writtenDate('the 1990s')).toBeNull()
    expect(writtenDate(null)).toBeNull()
  })
})
