// `cli compare --format md|csv|json` on 1,000 real Reuters articles: the Markdown report and the CSV carry
// exactly the passages of the JSON, article for article and passage for passage, with stance labels.
import { writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { FORMULA_START } from '../core/export/csv'
import { beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { reutersLines } from '../core/testing/library'
import { normalizeForMatch } from '../core/text/text'
import { runCli, tempFolder } from './testing'

interface JsonColumn {
  articleId: string
  date: string | null
  source: string | null
  title: string
  mentioned: boolean
  passages: Array<{ paragraph: number; text: string; speaker: string | null }>
}

const folder = tempFolder('stance-cli-report-')
let corpus: string
let store: string
const cli = (...args: string[]) => runCli(['compare', ...args], { cwd: folder() })
const topic = ['--topic', 'Oil prices', '--terms', 'oil prices, crude oil']
let json: { topic: string; terms: string[]; columns: JsonColumn[] }

beforeAll(async () => {
  corpus = join(folder(), 'reuters-1000.jsonl')
  writeFileSync(corpus, reutersLines(1, 1000))
  store = join(folder(), 'highlights.json')
  const out = await cli(...topic, '--corpus', corpus, '--json')
  expect(out.code, out.stderr).toBe(0)
  json = JSON.parse(out.stdout)
})

const mentioned = () => json.columns.filter((c) => c.mentioned)
const same = (a: string, b: string) => normalizeForMatch(a) === normalizeForMatch(b)
const parseCsv = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
/** A cell a spreadsheet would run as a formula is written with a leading ' (as the highlights CSV does). */
const asWritten = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text)

describe('cli compare reports', () => {
  it('CSV: one row a passage, in the order of the JSON, properly quoted', async () => {
    const out = await cli(...topic, '--corpus', corpus, '--format', 'csv', '--store', store)
    expect(out.code, out.stderr).toBe(0)
    const rows = parseCsv(out.stdout)
    const expected = mentioned().flatMap((c) => c.passages.map((p) => ({ c, p })))
    expect(expected.length).toBeGreaterThan(10)
    expect(rows).toHaveLength(expected.length)
    expect(Object.keys(rows[0] as object)).toEqual([
      'date',
      'source',
      'title',
      'articleId',
      'paragraph',
      'speaker',
      'stance',
      'text',
    ])
    rows.forEach((row, i) => {
      const { c, p } = expected[i]!
      expect(row).toMatchObject({
        date: c.date ?? '',
        source: c.source ?? '',
        title: asWritten(c.title),
        articleId: c.articleId,
        paragraph: String(p.paragraph + 1),
        speaker: asWritten(p.speaker ?? ''),
        text: asWritten(p.text),
      })
    })
  })

  it('Markdown: front matter, a section per mentioning article with its passages, then the others and the search', async () => {
    const file = join(folder(), 'report.md')
    const out = await cli(...topic, '--corpus', corpus, '--format', 'md', '--out', file, '--store', store)
    expect(out.code, out.stderr).toBe(0)
    const text = readFileSync(file, 'utf8')
    const [, front, body] = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/) ?? []
    const meta = parseYaml(front as string)
    expect(meta).toMatchObject({ topic: 'Oil prices', checked: json.columns.length, mentioned: mentioned().length })
    expect(meta.passages).toBe(mentioned().reduce((n, c) => n + c.passages.length, 0))
    const sections = (body as string).split(/^## /m).slice(1)
    const articles = sections.filter((s) => s.includes('- Article: `'))
    expect(articles.map((s) => s.match(/- Article: `([^`]+)`/)?.[1])).toEqual(mentioned().map((c) => c.articleId))
    articles.forEach((section, i) => {
      const column = mentioned()[i]!
      const quotes = section
        .split(/\n\*\*¶/)
        .slice(1)
        .map((part) => ({
          paragraph: Number(part.match(/^(\d+)/)?.[1]) - 1,
          text: part
            .split('\n')
            .filter((l) => l.startsWith('>'))
            .map((l) => l.replace(/^> ?/, ''))
            .join(' ')
            .replace(/\\([\\`*_[\]<>#|])/g, '$1'),
        }))
      expect(quotes.map((q) => q.paragraph)).toEqual(column.passages.map((p) => p.paragraph))
      quotes.forEach((q, k) => expect(same(q.text, column.passages[k]!.text), q.text).toBe(true))
    })
    expect(sections.at(-2)).toMatch(new RegExp(`^Not mentioned \\(${json.columns.length - mentioned().length}\\)`))
    expect(sections.at(-1)).toMatch(
      new RegExp(
        `^Search\n\nchecked ${json.columns.length.toLocaleString('en-US')} articles for: oil prices, crude oil\\.`,
      ),
    )
  })

  it('--mentioned-only and --articles limit the output; the readable form counts the others', async () => {
    const only = JSON.parse((await cli(...topic, '--corpus', corpus, '--json', '--mentioned-only')).stdout)
    expect(only.columns).toEqual(mentioned())
    const two = mentioned()
      .slice(0, 2)
      .map((c) => c.articleId)
    const some = JSON.parse(
      (await cli(...topic, '--corpus', corpus, '--format', 'json', '--articles', two.join(','))).stdout,
    )
    expect(some.columns.map((c: JsonColumn) => c.articleId)).toEqual(two)
    const human = await cli(...topic, '--corpus', corpus, '--width', '100')
    expect(human.stdout).toContain(`Not mentioned in ${json.columns.length - mentioned().length} articles`)
    const bad = await cli(...topic, '--corpus', corpus, '--format', 'pdf')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--format must be one of md, csv, json, not "pdf"/)
    const unknown = await cli(...topic, '--corpus', corpus, '--articles', 'reuters-1,nope')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/no article with id "nope"/)
  })

  it('shows the stance labels of highlights made for the topic, on the passage and the article', async () => {
    const column = mentioned()[0]!
    const passage = column.passages[0]!
    const add = await runCli(
      ['highlight', 'add', '--article', column.articleId, '--quote', passage.text.trim().slice(0, 40)].concat([
        '--stance',
        'opposes',
        '--topic',
        'Oil prices',
        '--store',
        store,
        '--corpus',
        corpus,
      ]),
      { cwd: folder() },
    )
    expect(add.code, add.stderr).toBe(0)
    const csv = await cli(...topic, '--corpus', corpus, '--format', 'csv', '--store', store)
    const rows = parseCsv(csv.stdout)
    expect(rows[0]).toMatchObject({ articleId: column.articleId, stance: 'opposes' })
    expect(rows.filter((r) => r.stance !== '')).toHaveLength(1)
    const md = await cli(...topic, '--corpus', corpus, '--format', 'md', '--store', store, '--mentioned-only')
    expect(md.stdout).toContain('- Stance: opposes')
    expect(md.stdout).not.toMatch(/^- \d{4}-\d\d-\d\d · .*\(`reuters-/m) // the others are counted, not listed
  })
})
