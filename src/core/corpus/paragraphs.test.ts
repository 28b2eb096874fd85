import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SEEDS_DIR } from '../testing/test-paths'
import { segmentParagraphs } from './paragraphs'

const seed = (name: string) => readFileSync(join(SEEDS_DIR, name), 'utf8')
const texts = (body: string, ps: ReturnType<typeof segmentParagraphs>) => ps.map((p) => body.slice(p.start, p.end))

describe('headings and sections', () => {
  const body = seed('000_f6b6277f5f03b554.txt')
  const paragraphs = segmentParagraphs(body)
  const all = texts(body, paragraphs)

  it('takes the top line as the headline, which owns no section', () => {
    const headline = paragraphs.find((p) => p.headline)
    expect(headline?.kind).toBe('heading')
    expect(all[headline?.index ?? -1]).toMatch(/^Russia can ensure nuclear parity/)
    expect(paragraphs.some((p) => p.section === headline?.index)).toBe(false)
  })

  it('makes a short title-like line a section heading that owns the paragraphs below it', () => {
    const headings = paragraphs.filter((p) => p.kind === 'heading' && !p.headline)
    expect(headings).toHaveLength(1)
    const heading = headings[0]!
    const owned = paragraphs.filter((p) => p.section === heading.index)
    expect(owned.map((p) => p.index)).toEqual(paragraphs.filter((p) => p.index > heading.index).map((p) => p.index))
    expect(owned.length).toBe(3)
    // Paragraphs above the heading belong to no section.
    expect(paragraphs.filter((p) => p.index < heading.index).every((p) => p.section === undefined)).toBe(true)
  })

  it('finds no section headings in articles that have none', () => {
    for (const name of ['001_878b15e8f2a5934d.txt', '002_127fa4766937f40d.txt', '004_526565fff0cb2d37.txt']) {
      const ps = segmentParagraphs(seed(name))
      expect(ps.filter((p) => p.kind === 'heading'), name).toEqual([])
    }
  })

  it('takes a first line equal to the given title as the headline even when it ends with a full stop', () => {
    const text = 'Talks resume.\nThe two sides met again on Monday, officials said, after a pause of a year.'
    expect(segmentParagraphs(text).some((p) => p.headline)).toBe(false)
    expect(segmentParagraphs(text, { title: 'Talks resume.' })[0]?.headline).toBe(true)
  })
})

describe('front matter overrides', () => {
  const body = seed('004_526565fff0cb2d37.txt')

  it('marks a paragraph chrome by its text or its index, and un-marks a rule’s guess', () => {
    const plain = segmentParagraphs(body)
    const lastText = body.slice(plain.at(-1)!.start, plain.at(-1)!.end)
    const overridden = segmentParagraphs(body, { chrome: [2, `  ${lastText.toUpperCase()} `] })
    expect(overridden.filter((p) => p.kind === 'chrome').map((p) => [p.index, p.chrome])).toEqual([
      [2, 'override'],
      [plain.length - 1, 'override'],
    ])

    const vna = seed('001_878b15e8f2a5934d.txt')
    const byline = segmentParagraphs(vna).find((p) => p.kind === 'chrome')!
    const kept = segmentParagraphs(vna, { notChrome: [byline.index] })
    expect(kept[byline.index]?.kind).toBe('text')
  })
})
