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

describe("the reader's speakers of one article", () => {
  it('lists who speaks in each paragraph; a correction, one to nobody and a rename show there', () => {
    const service = new SpeakerService(new SpeakerCorrections(null))
    const article = articles.get(GRUSHKO)!
    const grushko = { name: 'Alexander Grushko', kind: 'person' } as const
    const before = service.paragraphSpeakers(article)
    expect(before.find((p) => p.paragraph === 6)).toEqual({ paragraph: 6, speaker: grushko })
    // "Not only that, Russia also requested to make this a NATO policy": nobody found; ¶16 is page chrome.
    expect(before.map((p) => p.paragraph)).not.toContain(8)
    expect(before.map((p) => p.paragraph)).not.toContain(15)

    service.correct(article, 8, grushko)
    service.correct(article, 14, null)
    service.rename({ name: 'Dmitry Peskov', kind: 'person' }, 'Dmitry S. Peskov')
    const after = service.paragraphSpeakers(article)
    expect(after.find((p) => p.paragraph === 8)).toEqual({ paragraph: 8, speaker: grushko, confirmed: true })
    expect(after.find((p) => p.paragraph === 14)).toEqual({ paragraph: 14, speaker: null, confirmed: true })
    expect(after.find((p) => p.paragraph === 2)?.speaker).toEqual({ name: 'Dmitry S. Peskov', kind: 'person' })
    expect(after.filter((p) => p.confirmed)).toHaveLength(2)
    const timeline = service.timeline(articles, grushko, [])!
    expect(timeline.statements.find((s) => s.articleId === GRUSHKO && s.paragraph === 8)?.confirmed).toBe(true)
  })

  it('names a speaker as the ledger files it, and gives a section heading no speaker of its own', () => {
    const service = new SpeakerService(new SpeakerCorrections(null))
    const seed = articles.get(GRUSHKO)!
    const body = 'Talks with Washington must go on, Kremlin spokesman Peskov said.\n\nHe said no date was set.'
    const short = { ...seed, id: 'peskov-only', body, paragraphs: segmentParagraphs(body, { title: seed.title }) }
    const library = new Map([...articles, [short.id, short]])
    expect(service.paragraphSpeakers(short)[0]?.speaker?.name).toBe('Peskov')
    expect(service.paragraphSpeakers(short, service.ledger(library)).map((p) => p.speaker?.name)).toEqual([
      'Dmitry Peskov',
      'Dmitry Peskov',
    ])

    const japan = articles.get('000_f6b6277f5f03b554')!
    const heading = japan.paragraphs.findIndex((p) => japan.body.slice(p.start, p.end) === 'Treaty with Japan')
    expect(japan.paragraphs[heading]?.kind).toBe('heading')
    expect(service.paragraphSpeakers(japan, service.ledger(library)).map((p) => p.paragraph)).not.toContain(heading)
    expect(service.timeline(library, { name: 'Dmitry Peskov', kind: 'person' }, [])!.statements).not.toContainEqual(
      expect.objectContaining({ articleId: japan.id, paragraph: heading }),
    )
    service.correct(japan, heading, { name: 'Dmitry Peskov', kind: 'person' })
    expect(
      service.paragraphSpeakers(japan, service.ledger(library)).find((p) => p.paragraph === heading)?.confirmed,
    ).toBe(true)
  })

  it('agrees with the Speakers view on every seed paragraph, by name or one of its aliases', () => {
    const service = new SpeakerService(new SpeakerCorrections(null))
    service.correct(articles.get(GRUSHKO)!, 8, { name: 'NATO critics', kind: 'role' })
    const byParagraph = new Map(
      [...articles.values()].flatMap((a) =>
        service
          .paragraphSpeakers(a, service.ledger(articles))
          .map((p) => [`${a.id}¶${p.paragraph}`, p.speaker] as const),
      ),
    )
    let statements = 0
    for (const entry of service.list(articles))
      for (const s of service.timeline(articles, entry, [])!.statements) {
        const shown = byParagraph.get(`${s.articleId}¶${s.paragraph}`)
        expect(shown?.kind, `${s.articleId} ¶${s.paragraph}`).toBe(entry.kind)
        expect([entry.name, ...entry.aliases]).toContain(shown?.name)
        statements++
      }
    expect(statements).toBe([...byParagraph.values()].filter(Boolean).length)
    expect(statements).toBeGreaterThan(40)
  })
})
