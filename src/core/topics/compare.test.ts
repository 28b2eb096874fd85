// The comparison on the real seed corpus, judged by the hand-made gold labels (read, never copied here).
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article, Comparison, Topic } from '../../shared/types'
import { loadCorpusDir, segmentParagraphs } from '../corpus'
import { SearchIndex } from '../search'
import { BUNDLED_CORPUS, GOLD_FILE } from '../testing/test-paths'
import { normalizeForMatch } from '../text/text'
import { compare, scanCandidates } from './compare'
import { presetTopics } from './presets'

interface GoldArticle {
  mentioned: boolean
  core: string[]
  related: string[]
  never: string[]
}
const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as {
  topics: Array<{ name: string; articles: Record<string, GoldArticle> }>
}

let articles: Article[]
beforeAll(async () => {
  articles = (await loadCorpusDir(BUNDLED_CORPUS)).articles
  expect(articles).toHaveLength(5)
})

const preset = (name: string): Topic => {
  const topic = presetTopics().find((t) => t.name === name)
  if (!topic) throw new Error(`no preset ${name}`)
  return topic
}
const idOf = (file: string) => file.replace(/\.txt$/, '')
const covers = (passageText: string, snippet: string) =>
  normalizeForMatch(passageText).includes(normalizeForMatch(snippet))

describe.each(gold.topics.map((t) => [t.name, t] as const))('gold labels: %s', (name, labels) => {
  let comparison: Comparison
  beforeAll(() => {
    comparison = compare(preset(name), articles, scanCandidates(articles))
  })

  it.each(Object.entries(labels.articles))('%s: mentioned, core covered, never shown', (file, label) => {
    const column = comparison.columns.find((c) => c.articleId === idOf(file))
    expect(column, `column for ${file}`).toBeDefined()
    expect(column!.mentioned).toBe(label.mentioned)
    expect(column!.passages.length > 0).toBe(label.mentioned)
    for (const snippet of label.core)
      expect(
        column!.passages.some((p) => covers(p.text, snippet)),
        `core snippet not covered: ${snippet}`,
      ).toBe(true)
    for (const snippet of label.never)
      expect(
        column!.passages.some((p) => covers(p.text, snippet)),
        `never snippet shown: ${snippet}`,
      ).toBe(false)
  })
})

describe('compare on the seeds', () => {
  it('gives one column per article, oldest first', () => {
    const comparison = compare(preset('Arms race'), articles, scanCandidates(articles))
    expect(comparison.columns.map((c) => c.date)).toEqual([
      '2019-03-19',
      '2019-07-04',
      '2019-09-05',
      '2019-09-24',
      '2025-01-24',
    ])
    expect(comparison.topic).toBe('Arms race')
    expect(comparison.terms).toContain('arms race')
  })

  it('returns passages in reading order, with offsets into the body and marks inside the text', () => {
    const comparison = compare(preset('Arms race'), articles, scanCandidates(articles))
    for (const column of comparison.columns) {
      const article = articles.find((a) => a.id === column.articleId)!
      const indexes = column.passages.map((p) => p.paragraph)
      expect(indexes).toEqual([...indexes].sort((a, b) => a - b))
      for (const passage of column.passages) {
        expect(article.body.slice(passage.start, passage.end)).toBe(passage.text)
        expect(article.paragraphs[passage.paragraph]?.kind).not.toBe('chrome')
        expect(passage.marks.length).toBeGreaterThan(0)
        for (const [start, end] of passage.marks) {
          expect(start).toBeGreaterThanOrEqual(0)
          expect(end).toBeLessThanOrEqual(passage.text.length)
          expect(start).toBeLessThan(end)
        }
      }
    }
  })

  it('NATO spending: only the article with Grushko on NATO budgets, with the passage that answers it', () => {
    const comparison = compare(preset('NATO spending'), articles, scanCandidates(articles))
    const mentioned = comparison.columns.filter((c) => c.mentioned).map((c) => c.articleId)
    expect(mentioned).toEqual(['001_878b15e8f2a5934d'])
    const column = comparison.columns.find((c) => c.mentioned)!
    const texts = column.passages.map((p) => normalizeForMatch(p.text))
    expect(texts.some((t) => t.includes('increase defense spending to 5% of gdp'))).toBe(true)
    expect(texts.some((t) => t.includes("nato's total military spending"))).toBe(true)
    // "This, according to Mr. Grushko, …" answers the paragraph before it: a reader counts it too.
    expect(texts.some((t) => t.startsWith('this, according to mr. grushko'))).toBe(true)
    // The US military budget in 002 is not NATO's; Ukraine's NATO membership is not spending.
    expect(texts.some((t) => t.includes('join nato'))).toBe(false)
    expect(column.passages.every((p) => p.speaker === 'Alexander Grushko')).toBe(true)
  })

  it('gives the same result from the search index as from a full scan', () => {
    const index = SearchIndex.build(articles)
    for (const topic of presetTopics()) {
      expect(compare(topic, articles, index)).toEqual(compare(topic, articles, scanCandidates(articles)))
    }
  })

  it('filters by article, source and date range; undated articles fall outside any range', () => {
    const topic = preset('Arms race')
    const scan = scanCandidates(articles)
    expect(compare(topic, articles, scan, { sources: ['TASS'] }).columns.map((c) => c.articleId)).toEqual([
      '000_f6b6277f5f03b554',
    ])
    expect(compare(topic, articles, scan, { from: '2019-07-01', to: '2019-09-30' }).columns.map((c) => c.date)).toEqual(
      ['2019-07-04', '2019-09-05', '2019-09-24'],
    )
    const undated = { ...articles[0]!, id: 'zzz-undated', date: null }
    const all = compare(topic, [undated, ...articles], scan)
    expect(all.columns.at(-1)?.articleId).toBe('zzz-undated')
    expect(
      compare(topic, [undated, ...articles], scan, { from: '2000-01-01' }).columns.some((c) => c.date === null),
    ).toBe(false)
    expect(compare(topic, articles, scan, { articleIds: ['002_127fa4766937f40d'] }).columns).toHaveLength(1)
  })
})

/** A hand-made article, segmented by the real segmenter. */
function article(id: string, body: string, date = '2020-01-01'): Article {
  const paragraphs = segmentParagraphs(body)
  return {
    id,
    title: id,
    source: 'Test',
    date,
    dateline: null,
    language: 'en',
    origin: `${id}.txt`,
    paragraphCount: paragraphs.length,
    body,
    paragraphs,
  }
}

describe('false friends in text nobody labelled', () => {
  const scanOf = (list: Article[]) => scanCandidates(list)

  it('"treaty" alone, or Japan alone, is not the Japan peace treaty', () => {
    const texts = [
      article(
        'inf',
        'The INF Treaty collapsed in August, the minister said.\n\nOfficials met in Osaka, Japan, to discuss trade.',
      ),
      article(
        'korea',
        'Missiles in South Korea and Japan worry Moscow, Putin said.\n\nA peace treaty between Armenia and Azerbaijan is close, the envoy said.',
      ),
      article(
        'yes',
        'Tokyo wants a peace treaty with Moscow that settles the southern Kurils, the prime minister said.',
      ),
    ]
    const comparison = compare(preset('Japan peace treaty'), texts, scanOf(texts))
    expect(Object.fromEntries(comparison.columns.map((c) => [c.articleId, c.mentioned]))).toEqual({
      inf: false,
      korea: false,
      yes: true,
    })
  })

  it('a horse race is not an arms race, and a heading carries its section only for its own topic', () => {
    const body = [
      'Markets were calm on Monday as traders watched the horse race at Ascot.',
      'Arms Control Talks',
      'Both sides agreed to keep talking next month.',
      'They will meet in Geneva.',
    ].join('\n\n')
    const texts = [article('mixed', body)]
    const comparison = compare(preset('Arms race'), texts, scanOf(texts))
    const passages = comparison.columns[0]!.passages.map((p) => p.text)
    expect(passages).toEqual([
      'Arms Control Talks',
      'Both sides agreed to keep talking next month.',
      'They will meet in Geneva.',
    ])
  })

  it('a heading that only names the co-term counts together with a term in the paragraph', () => {
    const body = [
      'The minister spoke for an hour about trade and energy.',
      'Relations With Japan',
      'Moscow still hopes to sign a peace treaty soon, the spokesman said.',
      'The next round is planned for spring.',
    ].join('\n\n')
    const texts = [article('cohead', body)]
    expect(texts[0]!.paragraphs[1]?.kind).toBe('heading')
    const comparison = compare(preset('Japan peace treaty'), texts, scanOf(texts))
    expect(comparison.columns[0]!.passages.map((p) => p.paragraph)).toEqual([2])
  })
})

describe('inflected terms whose stem is not in the text', () => {
  it('finds "buying" for the term "buy" (the stem "bui" is not written anywhere)', () => {
    const body = 'The central bank said it was buying dollars.\n\nNothing else happened.'
    const article: Article = {
      id: 'x',
      title: 'X',
      source: null,
      date: '1987-03-01',
      dateline: null,
      language: 'en',
      origin: 'x.md',
      paragraphCount: 2,
      body,
      paragraphs: segmentParagraphs(body),
    }
    const topic: Topic = { id: 't', name: 'Buying', description: '', terms: ['buy'], coTerms: [], preset: false }
    const result = compare(topic, [article], scanCandidates([article]))
    expect(result.columns[0]?.mentioned).toBe(true)
    expect(result.columns[0]?.passages[0]?.text).toContain('buying dollars')
  })
})
