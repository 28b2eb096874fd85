// Speakers on the seeds (as the issue lists them) and on hand-made text where the answer must stay unknown.
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article, Comparison } from '../../shared/types'
import { loadCorpusDir } from '../corpus'
import { BUNDLED_CORPUS, GOLD_FILE } from '../test-paths'
import { normalizeForMatch } from '../text'
import { compare, scanCandidates } from './compare'
import { presetTopics } from './presets'
import { attributeSpeakers } from './speaker'

const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as {
  topics: Array<{ name: string; articles: Record<string, { core: string[] }> }>
}

let articles: Article[]
let comparisons: Comparison[]
beforeAll(async () => {
  articles = (await loadCorpusDir(BUNDLED_CORPUS)).articles
  comparisons = presetTopics().map((topic) => compare(topic, articles, scanCandidates(articles)))
})

const passagesOf = (articleId: string) =>
  comparisons.flatMap((c) => c.columns.filter((col) => col.articleId === articleId).flatMap((col) => col.passages))

describe('speakers on the seeds', () => {
  it.each([
    ['000_f6b6277f5f03b554', 'Peskov'],
    ['002_127fa4766937f40d', 'Putin'],
    ['003_f4263936914beb7f', 'Russian Foreign Ministry'],
    ['004_526565fff0cb2d37', 'Putin'],
  ])('%s: every named speaker is %s, and every core passage has one', (articleId, expected) => {
    const passages = passagesOf(articleId)
    expect(passages.length).toBeGreaterThan(0)
    for (const passage of passages) if (passage.speaker !== null) expect(passage.speaker, passage.text).toBe(expected)
    const core = gold.topics.flatMap((t) => t.articles[`${articleId}.txt`]?.core ?? [])
    for (const snippet of core) {
      const passage = passages.find((p) => normalizeForMatch(p.text).includes(normalizeForMatch(snippet)))
      expect(passage?.speaker, snippet).toBe(expected)
    }
  })

  it('001: Peskov on nuclear disarmament, Grushko on NATO', () => {
    const passages = passagesOf('001_878b15e8f2a5934d')
    const disarmament = passages.filter((p) => /disarmament/i.test(p.text))
    const nato = passages.filter((p) => /NATO/.test(p.text))
    expect(disarmament.length).toBeGreaterThan(0)
    expect(nato.length).toBeGreaterThan(0)
    for (const p of disarmament) expect(p.speaker, p.text).toBe('Peskov')
    for (const p of nato) expect(p.speaker, p.text).toBe('Grushko')
  })

  it('003: the headline credit "Foreign Ministry" is the ministry named in the text', () => {
    const arms = comparisons.find((c) => c.topic === 'Arms race')!
    const column = arms.columns.find((c) => c.articleId === '003_f4263936914beb7f')!
    expect(column.passages[0]?.paragraph).toBe(0)
    expect(column.passages[0]?.speaker).toBe('Russian Foreign Ministry')
  })
})

const speakers = (...texts: string[]) => [...attributeSpeakers(texts.map((text, index) => ({ index, text }))).values()]

describe('speakers in text nobody labelled', () => {
  it('names the reporting subject, not someone quoted inside the quotation', () => {
    expect(speakers('"Putin said that," Peskov answered when asked about the treaty.')).toEqual(['Peskov'])
  })

  it('carries pronouns and roles from an apposition, also backwards to a headline', () => {
    expect(
      speakers(
        'Talks will resume in spring, the Foreign Office spokeswoman said.',
        'Foreign Office spokeswoman Jane Marlow said on Monday the offer stood.',
        'She added that no date was fixed.',
        '"We are ready," said the spokeswoman.',
      ),
    ).toEqual(['Marlow', 'Marlow', 'Marlow', 'Marlow'])
  })

  it('stays unknown when no one is named, or the pronoun could mean two people', () => {
    expect(speakers('The deal is off, he said.')).toEqual([null])
    expect(speakers('The plant will close, an official said.')).toEqual([null])
    expect(speakers('Prices will rise, sources said.')).toEqual([null])
    expect(speakers('The plan was approved, the ministry said.')).toEqual([null])
    expect(
      speakers(
        'Prime Minister Ana Silva said the budget was final.',
        'Finance Minister Rui Costa met the unions on Tuesday.',
        'He said the talks had been useful.',
      ),
    ).toEqual(['Silva', null, null])
  })

  it('does not guess between two people who hold the same title', () => {
    expect(
      speakers('President Lula met President Macron in Brasilia.', 'Trade must grow, the president said.'),
    ).toEqual([null, null])
  })

  it('keeps a place or body whole instead of cutting it to a surname', () => {
    expect(speakers('The tariffs are unfair, South Korea said.')).toEqual(['South Korea'])
    expect(speakers('Sanctions will stay, the White House said.')).toEqual(['White House'])
    expect(speakers('The Russian Defence Ministry said the drills were over.')).toEqual(['Russian Defence Ministry'])
  })

  it('does not take a verb used otherwise for a report', () => {
    expect(speakers('Russia recalled its ambassador after the vote.')).toEqual([null])
    expect(speakers('The treaty was said to be dead.')).toEqual([null])
  })
})
