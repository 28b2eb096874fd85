// Speaker corrections on the seeds: kept in a file, found again after a re-import that moved the text,
// shown as confirmed, and renames or merges carried into the ledger.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { loadCorpusDir } from '../corpus'
import { segmentParagraphs } from '../corpus/paragraphs'
import { BUNDLED_CORPUS } from '../testing/test-paths'
import { SpeakerCorrections, SpeakerStoreError } from './corrections'
import { SpeakerService } from './service'

let articles: Map<string, Article>
beforeAll(async () => {
  articles = new Map((await loadCorpusDir(BUNDLED_CORPUS)).articles.map((a) => [a.id, a]))
})

const GRUSHKO = '001_878b15e8f2a5934d'
const dir = () => mkdtempSync(join(tmpdir(), 'stance-speakers-'))

/** The article as a re-import with a new first paragraph gives it: every paragraph one further down. */
function reimported(article: Article): Article {
  const body = `Editor's note: this story was updated.\n\n${article.body}`
  return { ...article, body, paragraphs: segmentParagraphs(body, { title: article.title }) }
}

describe('speaker corrections', () => {
  it('a corrected paragraph keeps its speaker after a restart and a re-import, shown as confirmed', () => {
    const path = join(dir(), 'speakers.json')
    const article = articles.get(GRUSHKO)!
    const service = new SpeakerService(new SpeakerCorrections(path))
    const before = service.timeline(articles, { name: 'Alexander Grushko', kind: 'person' }, [])!
    const moved = before.statements[0]!
    service.correct(article, moved.paragraph, { name: 'Sergei Shoigu', kind: 'person' })
    expect(JSON.parse(readFileSync(path, 'utf8')).corrections).toHaveLength(1)

    const again = new Map(articles)
    again.set(GRUSHKO, reimported(article))
    const restarted = new SpeakerService(new SpeakerCorrections(path))
    const shoigu = restarted.timeline(again, { name: 'Shoigu', kind: 'person' }, [])!
    const corrected = shoigu.statements.find((s) => s.confirmed)!
    expect(corrected.text).toBe(moved.text)
    expect(corrected.paragraph).toBe(moved.paragraph + 1)
    const grushko = restarted.timeline(again, { name: 'Grushko', kind: 'person' }, [])!
    expect(grushko.statements).toHaveLength(before.statements.length - 1)
  })

  it('a correction to nobody empties the paragraph; the comparison shows corrections as confirmed', () => {
    const service = new SpeakerService(new SpeakerCorrections(null))
    const article = articles.get(GRUSHKO)!
    const entry = service.list(articles).find((e) => e.name === 'Alexander Grushko')!
    const first = service.timeline(articles, entry, [])!.statements[0]!
    service.correct(article, first.paragraph, null)
    expect(service.list(articles).find((e) => e.name === 'Alexander Grushko')!.count).toBe(entry.count - 1)
    const comparison = {
      topic: 'x',
      columns: [{ articleId: GRUSHKO, passages: [{ paragraph: first.paragraph, speaker: 'Alexander Grushko' }] }],
    } as unknown as Parameters<SpeakerService['applyTo']>[0]
    const passage = service.applyTo(comparison, articles).columns[0]!.passages[0]!
    expect(passage).toMatchObject({ speaker: null, speakerConfirmed: true })
  })

  it('renames everywhere, and merges into an existing speaker keeping the old name as an alias', () => {
    const service = new SpeakerService(new SpeakerCorrections(null))
    service.rename({ name: 'Russian Foreign Ministry', kind: 'organisation' }, 'Foreign Ministry of Russia')
    const names = service.list(articles).map((e) => e.name)
    expect(names).toContain('Foreign Ministry of Russia')
    expect(names).not.toContain('Russian Foreign Ministry')
    const shoigu = service.list(articles).find((e) => e.name === 'Sergei Shoigu')!
    service.rename({ name: 'Sergei Shoigu', kind: 'person' }, 'Alexander Grushko')
    const merged = service.list(articles).find((e) => e.name === 'Alexander Grushko')!
    expect(merged.aliases).toContain('Sergei Shoigu')
    expect(service.list(articles).some((e) => e.name === 'Sergei Shoigu')).toBe(false)
    expect(merged.count).toBeGreaterThan(shoigu.count)
  })

  it('leaves a damaged file untouched and says which file', () => {
    const path = join(dir(), 'speakers.json')
    writeFileSync(path, '{"version": 1, "corrections": [')
    expect(() => new SpeakerCorrections(path)).toThrow(SpeakerStoreError)
    expect(() => new SpeakerCorrections(path)).toThrow(path)
    expect(readFileSync(path, 'utf8')).toBe('{"version": 1, "corrections": [')
  })
})
