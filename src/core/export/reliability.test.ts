// Issue 11 cases 7 and 11 for the export: the front matter ends only at a whole `---` line, a file
// that is not UTF-8 is refused, and a note cannot make headings, rules or front matter.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, PlacedHighlight } from '../../shared/types'
import { loadCorpusDir } from '../corpus'
import { Highlights } from '../highlights/service'
import { openStore } from '../highlights/store/store'
import { BUNDLED_CORPUS } from '../testing/test-paths'
import { decodeExisting, exportMarkdown, ExportMergeError } from './index'

const TOPIC = 'Arms race ---'
let dir: string
let articles: Map<string, Article>
let placed: PlacedHighlight[]

beforeAll(async () => {
  articles = new Map((await loadCorpusDir(BUNDLED_CORPUS)).articles.map((a) => [a.id, a]))
  dir = mkdtempSync(join(tmpdir(), 'export-rel-'))
  const highlights = new Highlights(openStore(join(dir, 'h.json')), (id) => articles.get(id))
  const body = articles.get('000_f6b6277f5f03b554')!.body
  const quote = 'Russia will not participate in it'
  const start = body.indexOf(quote)
  highlights.add({
    articleId: '000_f6b6277f5f03b554',
    start,
    end: start + quote.length,
    color: 'red',
    topic: TOPIC,
    note: 'My reading\n---\n# Not a heading\nAlso this\n===\n***\n  ## indented\nplain - text stays',
  })
  placed = highlights.list()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const render = (existing: string | null) =>
  exportMarkdown(
    {
      scope: { kind: 'topic', topic: TOPIC },
      highlights: placed,
      article: (id) => articles.get(id),
      exportedAt: '2025-02-01',
    },
    existing,
    'arms.md',
  ).markdown

describe('export reliability', () => {
  it('a topic whose title ends in " ---" updates in place without growing (case 7)', () => {
    const first = render(null)
    const edited = `${first}\nMy own text after the block.\n`
    const second = render(edited)
    const third = render(second)
    expect(second).toBe(edited)
    expect(third).toBe(second)
  })

  it('a file that is not UTF-8 is refused with its name (case 11)', () => {
    const latin1 = Buffer.from('---\ntitle: Caf\xe9\n---\nnotes\n', 'latin1')
    expect(() => decodeExisting(latin1, 'arms.md')).toThrow(ExportMergeError)
    expect(() => decodeExisting(latin1, 'arms.md')).toThrow('arms.md is not UTF-8 text, so it is left as it is')
    expect(decodeExisting(Buffer.from('caf\u00e9', 'utf8'))).toBe('café')
  })

  it('a note makes no heading, rule or front matter inside its callout (case 11)', () => {
    const html = new MarkdownIt().render(render(null).replace(/^---\n[\s\S]*?\n---\n/, ''))
    const inCallout = html.slice(html.indexOf('My reading'))
    expect(inCallout).not.toMatch(/<h[1-6]|<hr/)
    expect(inCallout).toContain('# Not a heading')
    expect(inCallout).toContain('plain - text stays')
  })
})
