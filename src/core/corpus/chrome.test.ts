import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { normalizeForMatch } from '../text/text'
import { BUNDLED_CORPUS, GOLD_FILE, SEEDS_DIR } from '../testing/test-paths'
import { detectChrome } from './chrome'
import { loadCorpusDir } from './load'

interface Gold {
  topics: Array<{ name: string; articles: Record<string, { never: string[] }> }>
}

/**
 * What the seeds' README says is noise, per article: lines quoted as chrome, lines quoted as
 * section headings, and the line from which everything is a trailer.
 */
function noiseFromReadme() {
  const readme = readFileSync(join(SEEDS_DIR, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('What is noise'))
  const noise = new Map<string, { chrome: string[]; headings: string[]; trailerFrom?: string }>()
  for (const bullet of section.split('\n').filter((line) => /^- \d{3}:/.test(line))) {
    const id = bullet.slice(2, 5)
    if (/truncated/.test(bullet)) continue
    const entry = { chrome: [] as string[], headings: [] as string[], trailerFrom: undefined as string | undefined }
    for (const sentence of bullet.slice(7).split(/(?<=[.)])\s+(?=["“A-Z])/)) {
      const quoted = [...sentence.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string)
      const from = /everything from "([^"]+)" on/.exec(sentence)
      if (from) entry.trailerFrom = from[1]
      else if (/section heading/.test(sentence)) entry.headings.push(...quoted)
      else entry.chrome.push(...quoted)
    }
    noise.set(id, entry)
  }
  return noise
}

const textOf = (article: Article, index: number) => {
  const p = article.paragraphs[index]
  return p ? article.body.slice(p.start, p.end) : ''
}

let articles: Map<string, Article>

beforeAll(async () => {
  const loaded = await loadCorpusDir(BUNDLED_CORPUS)
  articles = new Map(loaded.articles.map((a) => [a.id, a]))
})

describe('chrome in the seeds, as their README describes it', () => {
  const noise = noiseFromReadme()

  it('reads a usable description from the README', () => {
    expect([...noise.keys()].sort()).toEqual(['000', '001', '002'])
    expect(noise.get('000')?.chrome.length).toBeGreaterThanOrEqual(3)
  })

  it('marks every line the README calls noise as chrome, and its headings as headings', () => {
    for (const [prefix, entry] of noise) {
      const article = [...articles.values()].find((a) => a.id.startsWith(prefix)) as Article
      const find = (line: string) => article.paragraphs.find((p) => normalizeForMatch(textOf(article, p.index)) === normalizeForMatch(line))
      for (const line of entry.chrome) expect(find(line)?.kind, `${prefix}: ${line}`).toBe('chrome')
      for (const line of entry.headings) expect(find(line)?.kind, `${prefix}: ${line}`).toBe('heading')
      if (entry.trailerFrom) {
        const start = find(entry.trailerFrom)
        expect(start, entry.trailerFrom).toBeDefined()
        const after = article.paragraphs.filter((p) => p.index >= (start?.index ?? 0))
        expect(after.length).toBeGreaterThan(5)
        for (const p of after) expect(p.chrome, textOf(article, p.index)).toBe('trailer')
        const before = article.paragraphs.filter((p) => p.index < (start?.index ?? 0))
        expect(before.every((p) => p.kind !== 'chrome')).toBe(true)
      }
    }
  })

  it('keeps each gold "never" snippet in chrome exactly when it is README noise, and in text otherwise', () => {
    const gold = JSON.parse(readFileSync(GOLD_FILE, 'utf8')) as Gold
    let chromeCount = 0
    let textCount = 0
    for (const topic of gold.topics) {
      for (const [file, labels] of Object.entries(topic.articles)) {
        const article = articles.get(file.replace(/\.txt$/, '')) as Article
        const entry = noise.get(file.slice(0, 3))
        const trailerStart = entry?.trailerFrom
          ? article.paragraphs.find((p) => normalizeForMatch(textOf(article, p.index)) === normalizeForMatch(entry.trailerFrom as string))?.index
          : undefined
        for (const snippet of labels.never) {
          const holders = article.paragraphs.filter((p) => normalizeForMatch(textOf(article, p.index)).includes(normalizeForMatch(snippet)))
          expect(holders.length, `${topic.name} / ${file}: "${snippet}" not found`).toBeGreaterThan(0)
          for (const p of holders) {
            const line = normalizeForMatch(textOf(article, p.index))
            const isNoise =
              (trailerStart !== undefined && p.index >= trailerStart) || (entry?.chrome ?? []).some((n) => normalizeForMatch(n) === line)
            expect(p.kind === 'chrome', `${topic.name} / ${file}: "${snippet}" in ¶${p.index}`).toBe(isNoise)
            if (isNoise) chromeCount++
            else textCount++
          }
        }
      }
    }
    // Both kinds occur, so the test checks both directions.
    expect(chromeCount).toBeGreaterThan(3)
    expect(textCount).toBeGreaterThan(3)
  })

  it('recognises the photo caption beside the credit lines', () => {
    const article = articles.get('000_f6b6277f5f03b554') as Article
    const chrome = article.paragraphs.filter((p) => p.kind === 'chrome').map((p) => p.chrome)
    expect(chrome).toEqual(['navigation', 'credit', 'caption', 'credit'])
  })

  it('finds no chrome in the two articles that have none', () => {
    for (const id of ['003_f4263936914beb7f', '004_526565fff0cb2d37']) {
      expect(articles.get(id)?.paragraphs.filter((p) => p.kind === 'chrome')).toEqual([])
    }
  })
})

describe('chrome rules on pages that are not in the seeds', () => {
  it('sees navigation, credits, captions, bylines and trailers by their shape', () => {
    const page = [
      'Home › World › Europe',
      'Share this article',
      'Ministers meet in Brussels to discuss the budget for next year.',
      'European Commission President Ursula von der Leyen',
      'John Thys/AFP',
      'The ministers agreed on a draft, officials said on Monday, after talks lasting into the night.',
      'Critics said the plan did not go far enough.',
      'By Jane Doe',
      'Reporting by Jan Strupczewski; Editing by Alex Richardson',
      'You may also like',
      'Markets rally as inflation eases',
    ]
    expect(detectChrome(page)).toEqual([
      'navigation',
      'navigation',
      undefined,
      'caption',
      'credit',
      undefined,
      undefined,
      'byline',
      'byline',
      'trailer',
      'trailer',
    ])
  })

  it('leaves ordinary sentences alone, even short ones or ones with a slash or "according to"', () => {
    const lines = [
      'By 2021, the treaty will have expired.',
      'Prices rose sharply last week (according to the ministry), traders said.',
      'He said the U.S./Russia talks would resume.',
      'Read the full statement below.',
      'Related talks are planned for June.',
    ]
    expect(detectChrome(['Intro paragraph of the story goes here.', ...lines]).every((r) => r === undefined)).toBe(true)
  })
})
