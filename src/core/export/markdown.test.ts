import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import MarkdownIt from 'markdown-it'
import { parse as parseYaml } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, PlacedHighlight } from '../../shared/types'
import { loadCorpusDir } from '../corpus'
import { Highlights } from '../highlights/service'
import { openStore } from '../highlights/store/store'
import { exportFileName, exportMarkdown, ExportMergeError, highlightsExporter } from './index'

const md = new MarkdownIt()
const AT = '2025-02-01T12:00:00.000Z'
const TASS = '000_f6b6277f5f03b554'
const XINHUA = '003_f4263936914beb7f'

let articles: Map<string, Article>
let dir: string
let placed: PlacedHighlight[]
let current: Map<string, Article>

type FrontMatter = Record<string, unknown>

function splitFrontMatter(text: string) {
  const m = /^---\n([\s\S]*?)\n---\n\n?/.exec(text)
  expect(m, 'front matter').not.toBeNull()
  return { data: parseYaml(m![1]!) as FrontMatter, body: text.slice(m![0].length) }
}

beforeAll(async () => {
  articles = new Map((await loadCorpusDir(resolve(__dirname, '../../../corpus'))).articles.map((a) => [a.id, a]))
  dir = mkdtempSync(join(tmpdir(), 'export-'))
  current = new Map(articles)
  const highlights = new Highlights(openStore(join(dir, 'h.json')), (id) => current.get(id))
  const add = (articleId: string, quote: string, extra: object) => {
    const body = articles.get(articleId)!.body
    const start = body.indexOf(quote)
    expect(start, quote).toBeGreaterThanOrEqual(0)
    return highlights.add({ articleId, start, end: start + quote.length, color: 'yellow', ...extra })
  }
  const tassBody = articles.get(TASS)!.body
  const twoParagraphs = tassBody.slice(
    tassBody.indexOf('"Yes, but Russia will not'),
    tassBody.indexOf('He also recalled that Russia chose') + 34,
  )
  add(TASS, twoParagraphs, {
    color: 'red',
    stance: 'opposes',
    note: 'Refuses the race.\n\n- but keeps parity',
    tags: ['arms race', 'INF'],
    topic: 'Arms race',
  })
  add(XINHUA, 'Russia is open to discussing solutions aimed at preventing an arms race', {
    color: 'green',
    stance: 'supports',
    topic: 'Arms race',
  })
  add(TASS, 'Russia is capable of ensuring nuclear parity', {
    color: 'blue',
    stance: 'conditional',
    topic: 'Arms race',
  })
  add(TASS, 'One of the participants of the meeting provided TASS with a recording', {
    color: 'purple',
    note: 'sourcing',
    topic: 'Arms race',
  })
  add(XINHUA, 'the ministry said in a statement', { topic: 'Other topic' })
  // The TASS article is revised: the sourcing sentence is gone, so that highlight is an orphan.
  const tass = articles.get(TASS)!
  current.set(TASS, {
    ...tass,
    body: tass.body.replace(
      'One of the participants of the meeting provided TASS with a recording of the conversation.',
      '',
    ),
  })
  placed = highlights.list()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const speakers: Record<string, string> = { [TASS]: 'Dmitry Peskov', [XINHUA]: 'Russian Foreign Ministry' }
const input = (list = placed) => ({
  scope: { kind: 'topic' as const, topic: 'Arms race' },
  highlights: list,
  article: (id: string) => articles.get(id),
  exportedAt: AT,
  speakerFor: (h: PlacedHighlight) => speakers[h.articleId],
})

describe('Markdown export', () => {
  it('has the front matter, one section per article in date order, callouts and block ids', () => {
    const { markdown, count } = exportMarkdown(input())
    expect(count).toBe(4)
    const { data, body } = splitFrontMatter(markdown)
    expect(data).toEqual({
      title: 'Arms race: highlights',
      topic: 'Arms race',
      scope: 'topic',
      'exported-at': AT,
      tags: ['stance-reader', 'INF', 'arms-race'],
      highlights: 4,
      articles: 2,
      orphans: 1,
      sources: ['TASS', 'Xinhua'],
      'published-from': '2019-03-19',
      'published-to': '2019-09-24',
    })

    const tokens = md.parse(body, {})
    const headings = tokens.flatMap((t, i) => (t.type === 'heading_open' ? [`${t.tag} ${tokens[i + 1]!.content}`] : []))
    expect(headings).toEqual([
      'h1 Arms race: highlights',
      `h2 2019-03-19 · Xinhua · ${articles.get(XINHUA)!.title}`,
      `h2 2019-09-24 · TASS · ${articles.get(TASS)!.title}`,
      'h2 Orphaned highlights',
    ])
    // Top-level blockquotes are the callouts; the first inline of each is its title line.
    const callouts = tokens.flatMap((t, i) =>
      t.type === 'blockquote_open' && t.level === 0
        ? [tokens.slice(i, tokens.findIndex((x, j) => j > i && x.type === 'blockquote_close' && x.level === 0) + 1)]
        : [],
    )
    expect(callouts).toHaveLength(4)
    const titles = callouts.map((c) => c.find((t) => t.type === 'inline')!.content.split('\n')[0])
    expect(titles).toEqual([
      '[!quote|green] supports · Russian Foreign Ministry',
      '[!quote|blue] conditional · Dmitry Peskov',
      '[!quote|red] opposes · Dmitry Peskov',
      `[!warning|purple] Orphan · 2019-09-24 · TASS · ${articles.get(TASS)!.title}`,
    ])
    // The two-paragraph quote stays inside its callout as separate paragraphs, then note and tags.
    const opposes = callouts[2]!.filter((t) => t.type === 'inline').map((t) => t.content)
    expect(opposes.length).toBeGreaterThanOrEqual(4)
    expect(opposes[1]).toMatch(/^He also recalled that Russia chose/)
    expect(opposes.join('\n')).toContain('**Note:** Refuses the race.')
    expect(callouts[2]!.some((t) => t.type === 'bullet_list_open')).toBe(true)
    // Paragraph, the day it was made and the link back, then its tags (no colour tag unless asked).
    const [where, tagLine] = opposes.at(-1)!.split('\n')
    const h = placed.find((x) => x.stance === 'opposes')!
    expect(where).toBe(
      `¶ ${h.current!.paragraph + 1} · highlighted ${h.createdAt.slice(0, 10)} · [Open in Stance Reader](stance-reader://open?article=${TASS}&paragraph=${h.current!.paragraph + 1})`,
    )
    expect(tagLine).toBe('#arms-race #INF')
    // Each article section opens with the article's details.
    expect(body).toContain(`Source: TASS · Published: 2019-09-24 · Article id: ${TASS.replace(/_/g, '\\_')}`)
    // Every callout is followed by its block id paragraph.
    const ids = tokens.filter((t) => t.type === 'inline' && t.content.startsWith('^hl-')).map((t) => t.content)
    expect(ids.sort()).toEqual(
      placed
        .filter((h) => h.topic === 'Arms race')
        .map((h) => `^hl-${h.id}`)
        .sort(),
    )
  })

  it('is deterministic: same highlights in any order give the same bytes', () => {
    const first = exportMarkdown(input()).markdown
    expect(exportMarkdown(input([...placed].reverse())).markdown).toBe(first)
  })

  it('escapes article text so it cannot change the structure', () => {
    const hostile =
      '# Not a heading $5 and $6 ==mark== %%hidden%% [link](javascript:alert(1)) <script>alert(1)</script> *bold* #tag ^block\n- not a list\n1. not numbered\n<!-- stance-reader:end -->'
    const h: PlacedHighlight = {
      ...placed[0]!,
      quote: hostile,
      status: 'exact',
      note: 'see <!-- stance-reader:end --> here',
      tags: ['a b', '#c!'],
    }
    const { markdown } = exportMarkdown({ ...input([h]), scope: { kind: 'all' } })
    const { body } = splitFrontMatter(markdown)
    const tokens = md.parse(body, {})
    const all = tokens.flatMap((t) => [t, ...(t.children ?? [])])
    expect(all.filter((t) => /html|link_open|heading_open|list/.test(t.type)).map((t) => t.type)).toEqual([
      'heading_open',
      'heading_open',
      'link_open',
    ])
    // The one link is the export's own link back.
    expect(all.find((t) => t.type === 'link_open')!.attrGet('href')).toMatch(/^stance-reader:\/\/open\?article=/)
    // The only emphasis is the export's own "Note:" label.
    expect(all.filter((t) => t.type === 'em_open' || t.type === 'strong_open').map((t) => t.type)).toEqual([
      'strong_open',
    ])
    const text = all
      .filter((t) => t.type === 'text')
      .map((t) => t.content)
      .join('')
    expect(text).toContain(
      '# Not a heading $5 and $6 ==mark== %%hidden%% [link](javascript:alert(1)) <script>alert(1)</script> *bold* #tag ^block',
    )
    expect(body.match(/^<!-- stance-reader:end -->$/gm)).toHaveLength(1)
    expect(body).toContain('\n> #a-b #c\n')
    const colored = exportMarkdown({ ...input([h]), scope: { kind: 'all' }, colorTags: true }).markdown
    expect(colored).toContain(`\n> #a-b #c #color/${h.color}\n`)
  })

  it('updates the generated part in place and keeps what the user wrote around it', () => {
    const first = exportMarkdown(input()).markdown
    const edited = first
      .replace('---\n\n', '---\n\nMy reading notes, written by hand.\n\n')
      .replace('scope: topic\n', 'scope: topic\naliases:\n  - arms\n')
      .concat('\n## My conclusions\n\nPeskov and the ministry agree.\n')
    const fewer = placed.filter((h) => h.articleId !== XINHUA)
    const later = { ...input(fewer), exportedAt: '2025-03-01T00:00:00.000Z' }
    const { markdown } = exportMarkdown(later, edited, 'arms.md')
    const { data, body } = splitFrontMatter(markdown)
    expect(data.aliases).toEqual(['arms'])
    expect(data['exported-at']).toBe('2025-03-01T00:00:00.000Z')
    expect([data.articles, data.highlights, data.orphans]).toEqual([1, 3, 1])
    expect(body.startsWith('My reading notes, written by hand.\n\n<!-- stance-reader:begin -->')).toBe(true)
    expect(body).toMatch(/<!-- stance-reader:end -->\n\n## My conclusions\n\nPeskov and the ministry agree.\n$/)
    expect(body).not.toContain('Xinhua')
    // Exporting the same again changes nothing.
    expect(exportMarkdown(later, markdown, 'arms.md').markdown).toBe(markdown)
  })

  it('adds to a file of the user without markers, and refuses broken markers', () => {
    const { markdown } = exportMarkdown(input(), '# My own note\n\nText.\n', 'note.md')
    expect(markdown).toMatch(/^---\n[\s\S]*---\n\n# My own note\n\nText.\n\n<!-- stance-reader:begin -->/)
    const broken = () => exportMarkdown(input(), 'text\n<!-- stance-reader:begin -->\nno end\n', 'broken.md')
    expect(broken).toThrow(ExportMergeError)
    expect(broken).toThrow(/broken.md: the generated part cannot be found/)
  })

  it('exports for the workspace with speakers from the comparison engine', () => {
    const exporter = highlightsExporter({ highlights: { list: () => placed }, now: () => new Date(AT) })
    const result = exporter({ scope: { kind: 'topic', topic: 'arms race' } }, current)
    expect(result.fileName).toBe('arms-race-highlights.md')
    expect(result.count).toBe(4)
    // 000 is Peskov's; 003 reports the Foreign Ministry: whatever name the engine gives, it is in the title.
    const titles = (result.content as string).split('\n').filter((l) => l.startsWith('> [!quote'))
    expect(titles).toHaveLength(3)
    expect(titles.filter((t) => /Peskov/.test(t))).toHaveLength(2)
  })

  it('writes front matter Obsidian Properties can hold, also when updating a file of an earlier version', () => {
    const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
    const holdable = (data: FrontMatter) =>
      Object.values(data).every((v) => scalar(v) || (Array.isArray(v) && v.every(scalar)))
    for (const scope of [{ kind: 'all' as const }, { kind: 'article' as const, articleId: TASS }, input().scope]) {
      const { data } = splitFrontMatter(exportMarkdown({ ...input(), scope }).markdown)
      expect(holdable(data), JSON.stringify(data)).toBe(true)
      expect(data.tags).toContain('stance-reader')
    }
    // An export written before: nested articles and counts, a null source, the user's own tags and alias.
    const old = [
      '---',
      'title: "Arms race: highlights"',
      'topic: Arms race',
      'scope: topic',
      'exported-at: 2025-01-01',
      'articles:',
      '  - id: x',
      '    source: null',
      'counts:',
      '  articles: 1',
      'tags: [reading, INF]',
      'aliases: [arms]',
      '---',
      '',
      'Mine.',
      '',
      '<!-- stance-reader:begin -->',
      'old',
      '<!-- stance-reader:end -->',
      '',
    ].join('\n')
    const { data, body } = splitFrontMatter(exportMarkdown(input(), old, 'arms.md').markdown)
    expect(holdable(data), JSON.stringify(data)).toBe(true)
    expect(data.counts).toBeUndefined()
    expect(data.tags).toEqual(['reading', 'INF', 'stance-reader', 'arms-race'])
    expect(data.aliases).toEqual(['arms'])
    expect(body.startsWith('Mine.\n\n<!-- stance-reader:begin -->')).toBe(true)
  })

  it('keeps block ids when exported again after changes', () => {
    const ids = (text: string) => text.match(/\^hl-[\w-]+/g)!.sort()
    const first = exportMarkdown(input()).markdown
    const changed = placed.map((h) => ({ ...h, note: `${h.note} (edited)`, stance: null }))
    const again = exportMarkdown(input(changed), first, 'arms.md').markdown
    expect(ids(again)).toEqual(ids(first))
    expect(ids(first)).toEqual(
      placed
        .filter((h) => h.topic === 'Arms race')
        .map((h) => `^hl-${h.id}`)
        .sort(),
    )
  })

  it('names files by scope', () => {
    expect(exportFileName({ kind: 'topic', topic: 'Japan peace treaty' })).toBe('japan-peace-treaty-highlights.md')
    expect(exportFileName({ kind: 'all' })).toBe('all-highlights.md')
    expect(exportFileName({ kind: 'all' }, undefined, 'qdpx')).toBe('all-highlights.qdpx')
  })
})
