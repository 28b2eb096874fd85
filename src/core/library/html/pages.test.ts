// The HTML importer on real saved news pages (Mozilla Readability's test pages, testdata/NOTICE), against
// their expected article text and metadata. Prints the table; held-out pages are in heldout.test.ts.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { pageDirs, scorePage, scoreTable } from './page-check'

const here = join(import.meta.dirname, 'testdata')
const labels = (JSON.parse(readFileSync(join(here, 'dates.json'), 'utf8')) as { dates: Record<string, string | null> })
  .dates

describe('saved news pages (tuning set)', () => {
  const scores = pageDirs(join(here, 'readability')).map((dir) => scorePage(dir, labels))

  it('extracts the article text, headline and date', () => {
    process.stdout.write(`\nHTML import, tuning pages\n${scoreTable(scores)}\n`)
    expect(scores.length).toBeGreaterThanOrEqual(30)
    const mean = scores.reduce((sum, s) => sum + s.f1, 0) / scores.length
    expect(mean).toBeGreaterThanOrEqual(0.95)
    for (const s of scores) expect(s.f1, s.page).toBeGreaterThanOrEqual(0.8)
    expect(scores.filter((s) => s.titleRight).length / scores.length).toBeGreaterThanOrEqual(0.9)
    for (const s of scores.filter((s) => s.expectedDate)) expect(s.date, s.page).toBe(s.expectedDate)
    // none of these is a page whose article was lost: none was kept whole
    expect(scores.filter((s) => s.wholePage).map((s) => s.page)).toEqual([])
  })
})
