// The HTML importer on saved pages chosen at random before tuning and never looked at while tuning
// (testdata/NOTICE): the figures a new page can expect. Only Readability's own metadata is the reference.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pageDirs, scorePage, scoreTable } from './page-check'

describe('saved news pages (held out)', () => {
  const scores = pageDirs(join(import.meta.dirname, 'testdata', 'readability-heldout')).map((dir) => scorePage(dir))

  it('extracts the article text, headline and date', () => {
    process.stdout.write(`\nHTML import, held-out pages\n${scoreTable(scores)}\n`)
    expect(scores.length).toBeGreaterThanOrEqual(8)
    const mean = scores.reduce((sum, s) => sum + s.f1, 0) / scores.length
    expect(mean).toBeGreaterThanOrEqual(0.95)
    for (const s of scores) expect(s.f1, s.page).toBeGreaterThanOrEqual(0.8)
    expect(scores.filter((s) => s.titleRight).length / scores.length).toBeGreaterThanOrEqual(0.75)
    for (const s of scores.filter((s) => s.expectedDate)) expect(s.date, s.page).toBe(s.expectedDate)
  })
})
