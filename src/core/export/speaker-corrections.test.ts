// Highlight exports name the speaker the user corrected a passage to, as the comparison and the
// Speakers view show it, not the one the attribution found.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { loadCorpusDir } from '../corpus'
import { Highlights } from '../highlights/service'
import { openStore } from '../highlights/store/store'
import { SpeakerCorrections } from '../speakers/corrections'
import { SpeakerService } from '../speakers/service'
import { BUNDLED_CORPUS } from '../testing/test-paths'
import { highlightsExporter } from './index'

const GRUSHKO = '001_878b15e8f2a5934d'
const QUOTE = 'On the issue of Ukraine, Mr. Grushko stressed'

let articles: Map<string, Article>
let highlights: Highlights
let paragraph: number

beforeAll(async () => {
  articles = new Map((await loadCorpusDir(BUNDLED_CORPUS)).articles.map((a) => [a.id, a]))
  const dir = mkdtempSync(join(tmpdir(), 'stance-export-speakers-'))
  highlights = new Highlights(openStore(join(dir, 'highlights.json')), (id) => articles.get(id))
  const article = articles.get(GRUSHKO)!
  const start = article.body.indexOf(QUOTE)
  expect(start).toBeGreaterThan(0)
  const placed = highlights.add({ articleId: GRUSHKO, start, end: start + QUOTE.length, color: 'yellow' })
  paragraph = placed.current!.paragraph
})

/** The callout title of the one highlight in the article's Markdown export. */
function calloutOf(speakers?: SpeakerService): string {
  const exporter = highlightsExporter({ highlights, ...(speakers ? { speakers } : {}) })
  const file = exporter({ scope: { kind: 'article', articleId: GRUSHKO }, format: 'md' }, articles)
  const line = (file.content as string).split('\n').find((l) => l.startsWith('> [!'))
  expect(line, 'a callout').toBeDefined()
  return line as string
}

describe('Markdown export with speaker corrections', () => {
  it('names the attributed speaker when the passage was not corrected', () => {
    const service = new SpeakerService(new SpeakerCorrections(null))
    expect(calloutOf(service)).toContain('Alexander Grushko')
    expect(calloutOf()).toContain('Alexander Grushko')
  })

  it('names the corrected speaker, and none where the user said nobody speaks', () => {
    const service = new SpeakerService(new SpeakerCorrections(null))
    service.correct(articles.get(GRUSHKO)!, paragraph, { name: 'Sergei Lavrov', kind: 'person' })
    const corrected = calloutOf(service)
    expect(corrected).toContain('Sergei Lavrov')
    expect(corrected).not.toContain('Grushko')

    service.correct(articles.get(GRUSHKO)!, paragraph, null)
    expect(calloutOf(service)).not.toMatch(/Grushko|Lavrov/)
  })

  it('names a renamed speaker by the new name', () => {
    const service = new SpeakerService(new SpeakerCorrections(null))
    service.rename({ name: 'Alexander Grushko', kind: 'person' }, 'A. V. Grushko')
    expect(calloutOf(service)).toContain('A. V. Grushko')
  })

  it('the correction reaches the CSV export too', () => {
    const service = new SpeakerService(new SpeakerCorrections(null))
    service.correct(articles.get(GRUSHKO)!, paragraph, { name: 'Sergei Lavrov', kind: 'person' })
    const exporter = highlightsExporter({ highlights, speakers: service })
    const csv = exporter({ scope: { kind: 'article', articleId: GRUSHKO }, format: 'csv' }, articles).content as string
    expect(csv).toContain('Sergei Lavrov')
    expect(csv).not.toContain('Alexander Grushko')
  })
})
