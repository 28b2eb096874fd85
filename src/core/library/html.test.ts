import { describe, expect, it } from 'vitest'
import { htmlToText } from './html'

const page = `<!doctype html><html lang="en"><head>
<title>Talks &amp; treaties - The Daily</title>
<meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2019-09-05T10:00:00Z">
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script>
</head><body>
<nav><a href="/">All news</a> <a href="/world">World</a></nav>
<article><h1>Talks &amp; treaties</h1>
<p>Moscow &#8212; the Kremlin said on
Thursday that a <b>peace treaty</b> with Japan&nbsp;remains possible.</p>
<!-- <p>commented out</p> -->
<p>Second&#x20;paragraph &lt;quoted&gt; here.<br>After a break.</p>
<ul><li>One point</li><li>Another</li></ul>
</article>
<footer>Copyright The Daily</footer>
</body></html>`

describe('htmlToText', () => {
  it('keeps the story as paragraphs and drops script, style, navigation and footer', () => {
    const result = htmlToText(page)
    expect(result.text.split('\n\n')).toEqual([
      'Talks & treaties',
      'Moscow — the Kremlin said on Thursday that a peace treaty with Japan remains possible.',
      'Second paragraph <quoted> here.',
      'After a break.',
      'One point',
      'Another',
    ])
    expect(result).toMatchObject({
      title: 'Talks & treaties - The Daily',
      date: '2019-09-05T10:00:00Z',
      source: 'The Daily',
      language: 'en',
    })
  })

  it('tolerates broken markup', () => {
    expect(htmlToText('<p>Unclosed <i>italic<p>Next & last <3').text).toBe('Unclosed italic\n\nNext & last <3')
  })
})
