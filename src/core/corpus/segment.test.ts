import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { SEEDS_DIR } from '../testing/test-paths'
import { segmentParagraphs } from './paragraphs'
import { detectMode, splitBlocks } from './segment'

const seeds = readdirSync(SEEDS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({ name, body: readFileSync(join(SEEDS_DIR, name), 'utf8') }))

const WIRE = [
  'Showers continued throughout the week in',
  'the Bahia cocoa zone, alleviating the drought since early',
  'January and improving prospects for the coming temporao.',
  '    The dry period means the temporao will be late this year.',
  '    Arrivals for the week ended February 22 were 155,221 bags',
  'of 60 kilos making a cumulative total for the season of 5.93',
  'mln against 5.81 at the same stage last year.',
].join('\n')

describe('splitBlocks', () => {
  it('makes one paragraph a non-blank line in web-saved seeds', () => {
    for (const { name, body } of seeds) {
      expect(detectMode(body), name).toBe('lines')
      const lines = body.split('\n').filter((line) => line.trim() !== '')
      expect(splitBlocks(body).map((b) => body.slice(b.start, b.end)), name).toEqual(lines.map((line) => line.trim()))
    }
  })

  it('joins hard-wrapped wire lines, starting a paragraph on each indented line', () => {
    expect(detectMode(WIRE)).toBe('wrapped')
    const texts = splitBlocks(WIRE).map((b) => WIRE.slice(b.start, b.end))
    expect(texts).toHaveLength(3)
    expect(texts[0]).toMatch(/^Showers continued[\s\S]*temporao\.$/)
    expect(texts[2]).toMatch(/^Arrivals for the week[\s\S]*last year\.$/)
  })

  it('can be told the mode when auto-detection would guess wrong', () => {
    expect(splitBlocks(WIRE, 'lines')).toHaveLength(7)
    expect(splitBlocks('Short line one\nShort line two', 'lines')).toHaveLength(2)
    expect(splitBlocks('Short line one\nShort line two', 'wrapped')).toHaveLength(1)
  })
})

const bodyArbitrary = fc
  .array(
    fc.oneof(
      fc.constantFrom('\n', '\n\n', '\r\n', '    ', '\t', '\u00A0', ' ', 'Treaty with Japan', '© A B/TASS', 'All news', 'Related Topics'),
      fc.string({ maxLength: 120 }),
      fc.lorem({ maxCount: 30, mode: 'sentences' }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''))

describe('segmentParagraphs properties', () => {
  it('offsets slice back to trimmed, non-empty paragraphs, in order, covering all non-whitespace', () => {
    fc.assert(
      fc.property(bodyArbitrary, fc.constantFrom('auto', 'lines', 'wrapped') as fc.Arbitrary<'auto' | 'lines' | 'wrapped'>, (body, mode) => {
        const paragraphs = segmentParagraphs(body, { mode })
        const covered = new Uint8Array(body.length)
        let previousEnd = 0
        paragraphs.forEach((p, i) => {
          expect(p.index).toBe(i)
          expect(p.start).toBeGreaterThanOrEqual(previousEnd)
          expect(p.end).toBeGreaterThan(p.start)
          const text = body.slice(p.start, p.end)
          expect(text.trim()).toBe(text)
          covered.fill(1, p.start, p.end)
          previousEnd = p.end
          if (p.section !== undefined) {
            expect(p.section).toBeLessThan(i)
            expect(paragraphs[p.section]?.kind).toBe('heading')
          }
        })
        for (let i = 0; i < body.length; i++) if (/\S/.test(body[i] as string)) expect(covered[i]).toBe(1)
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same paragraphs for the same text (stable indexes)', () => {
    fc.assert(
      fc.property(bodyArbitrary, (body) => {
        expect(segmentParagraphs(body)).toEqual(segmentParagraphs(body))
      }),
    )
  })
})
