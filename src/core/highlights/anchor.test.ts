import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe as suite, expect, it } from 'vitest'
import { SEEDS_DIR } from '../testing/test-paths'
import { anchor, describe, findQuote, textHash } from './anchor'

const SEEDS = SEEDS_DIR
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
const tass = seeds[0]!

// Words an editor might add; none is long enough to recreate a 20-character quote.
const VOCABULARY = [
  'the',
  'Moscow',
  'said',
  'treaty',
  'arms',
  ', ',
  '. ',
  '\n\n',
  'Kremlin',
  'not',
  'on Tuesday',
  '"',
  'nuclear',
  'a',
]

type Where = 'before' | 'after' | 'inside'
interface Edit {
  where: Where
  kind: 'insert' | 'delete'
  at: number
  size: number
  words: string[]
}

const editArb = (wheres: Where[]) =>
  fc.record({
    where: fc.constantFrom(...wheres),
    kind: fc.constantFrom('insert' as const, 'delete' as const),
    at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    size: fc.integer({ min: 1, max: 40 }),
    words: fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 6 }),
  })

/** A quote that occurs once in its seed: 20 to 160 characters, not all whitespace. */
const quoteArb = fc
  .record({
    seed: fc.integer({ min: 0, max: seeds.length - 1 }),
    at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    length: fc.integer({ min: 20, max: 160 }),
  })
  .map(({ seed, at, length }) => {
    const body = seeds[seed]!
    const start = Math.floor(at * (body.length - length))
    return { body, start, end: start + length }
  })
  .filter(({ body, start, end }) => {
    const quote = body.slice(start, end)
    return quote.trim().length >= 16 && body.indexOf(quote) === start && body.indexOf(quote, start + 1) === -1
  })

/** Apply edits while tracking where the quote (as edited) now sits. */
function applyEdits(body: string, start: number, end: number, edits: Edit[]) {
  let insideChanged = 0
  for (const edit of edits) {
    const [lo, hi] =
      edit.where === 'before' ? [0, start] : edit.where === 'after' ? [end, body.length] : [start + 1, end - 1]
    if (hi <= lo) continue
    const pos = lo + Math.floor(edit.at * (hi - lo))
    if (edit.kind === 'insert') {
      const text = edit.words.join(' ')
      body = body.slice(0, pos) + text + body.slice(pos)
      if (edit.where !== 'after') end += text.length
      if (edit.where === 'before') start += text.length
      if (edit.where === 'inside') insideChanged += text.length
    } else {
      const size = Math.min(edit.size, hi - pos)
      body = body.slice(0, pos) + body.slice(pos + size)
      if (edit.where !== 'after') end -= size
      if (edit.where === 'before') start -= size
      if (edit.where === 'inside') insideChanged += size
    }
  }
  return { body, start, end, insideChanged }
}

/** Share of the placed range that lies where the quote really is: below 1/2 is a wrong place. */
function inside(got: [number, number], want: [number, number]): number {
  const inter = Math.max(0, Math.min(got[1], want[1]) - Math.max(got[0], want[0]))
  return inter / (got[1] - got[0])
}

suite('describe', () => {
  it('stores the quote with 32 characters of context and a hash of the text', () => {
    const start = tass.indexOf('Russia is capable of ensuring nuclear parity')
    const selectors = describe(tass, start, start + 44)
    expect(selectors.quote).toBe('Russia is capable of ensuring nuclear parity')
    expect(selectors.prefix).toBe(tass.slice(start - 32, start))
    expect(selectors.prefix.endsWith('/TASS/. ')).toBe(true)
    expect(selectors.suffix).toHaveLength(32)
    expect(selectors.textHash).toMatch(/^[0-9a-f]{16}$/)
    expect(selectors.textHash).toBe(textHash(tass))
  })

  it('refuses empty and out-of-range ranges', () => {
    expect(() => describe(tass, 5, 5)).toThrow(RangeError)
    expect(() => describe(tass, -1, 5)).toThrow(RangeError)
    expect(() => describe(tass, 0, tass.length + 1)).toThrow(RangeError)
  })
})

suite('anchor', () => {
  const start = tass.indexOf('Russia will not participate in it')
  const selectors = describe(tass, start, start + 'Russia will not participate in it'.length)

  it('is exact on the unchanged text', () => {
    expect(anchor(tass, selectors)).toEqual({ status: 'exact', start: selectors.start, end: selectors.end })
  })

  it('moves with text inserted before it', () => {
    const edited = 'EDITOR NOTE: corrected.\n\n' + tass
    expect(anchor(edited, selectors)).toEqual({ status: 'moved', start: selectors.start + 25, end: selectors.end + 25 })
  })

  it('finds a quote with a typo fixed inside it approximately', () => {
    const edited = tass.replace('Russia will not participate in it', 'Russia would not participate in it')
    const placed = anchor(edited, selectors)
    expect(placed.status).toBe('fuzzy')
    expect(edited.slice(placed.start, placed.end)).toContain('would not participate')
  })

  it('orphans a quote that was removed, even though a similar sentence remains', () => {
    const edited = tass.replace(
      '"Yes, but Russia will not participate in it [arms race], [Russian] President Vladimir Putin said that," ',
      '',
    )
    expect(anchor(edited, selectors)).toEqual({ status: 'orphan' })
  })

  it('chooses the repeated quote whose context matches', () => {
    // "Kremlin Spokesman Dmitry Peskov" appears as a caption and again in the text of 000.
    const second = tass.indexOf('Kremlin Spokesman Dmitry Peskov said')
    const peskov = describe(tass, second, second + 'Kremlin Spokesman Dmitry Peskov'.length)
    const edited = 'Kremlin Spokesman Dmitry Peskov\n' + tass
    expect(anchor(edited, peskov)).toEqual({ status: 'moved', start: second + 32, end: peskov.end + 32 })
  })

  it('re-anchors a migrated highlight that has no context or hash', () => {
    const bare = { ...selectors, textHash: '', prefix: '', suffix: '', start: 0, end: 0 }
    expect(anchor(tass, bare)).toEqual({ status: 'moved', start: selectors.start, end: selectors.end })
  })

  it('re-anchors a share of random edits correctly and never picks a wrong place', () => {
    // [correct, total] per kind of edit; "small" inside edits stay within the fuzzy error budget.
    const tally = { outside: [0, 0], small: [0, 0], large: [0, 0], wrong: 0 }
    fc.assert(
      fc.property(
        quoteArb,
        fc.array(editArb(['before', 'after', 'inside']), { minLength: 1, maxLength: 5 }),
        (q, edits) => {
          const selectors = describe(q.body, q.start, q.end)
          const edited = applyEdits(q.body, q.start, q.end, edits)
          const placed = anchor(edited.body, selectors)
          const budget = Math.floor((q.end - q.start) * 0.15)
          const bucket =
            edited.insideChanged === 0 ? tally.outside : edited.insideChanged <= budget ? tally.small : tally.large
          bucket[1]!++
          if (placed.status === 'orphan') return
          const got: [number, number] = [placed.start!, placed.end!]
          const want: [number, number] = [edited.start, edited.end]
          const exact = got[0] === want[0] && got[1] === want[1]
          // An edit at the quote's edge may leave the edited-in words out of it: still the right passage.
          const close = inside(got, want) >= 0.9 && inside(want, got) >= 0.8
          if (edited.insideChanged === 0 ? exact : close) bucket[0]!++
          if (inside(got, want) < 0.5) tally.wrong++
          expect(inside(got, want), `placed at ${got} instead of ${want}`).toBeGreaterThanOrEqual(0.5)
        },
      ),
      { numRuns: 600, seed: 20250124 },
    )
    const share = (b: number[]) => `${b[0]}/${b[1]} (${((100 * b[0]!) / Math.max(1, b[1]!)).toFixed(1)}%)`
    console.log(
      `anchor property: re-anchored correctly with edits only outside the quote ${share(tally.outside)}, ` +
        `small edits inside ${share(tally.small)}, large edits inside ${share(tally.large)}; wrong places ${tally.wrong}`,
    )
    expect(tally.wrong).toBe(0)
    expect(tally.outside[0]! / tally.outside[1]!).toBeGreaterThanOrEqual(0.98)
    expect(tally.small[0]! / tally.small[1]!).toBeGreaterThanOrEqual(0.8)
  })

  it('never places a quote that was deleted or rewritten', () => {
    let orphans = 0
    fc.assert(
      fc.property(
        quoteArb,
        fc.constantFrom('delete', 'rewrite'),
        fc.array(editArb(['before', 'after']), { maxLength: 4 }),
        fc.array(fc.constantFrom(...VOCABULARY), { minLength: 3, maxLength: 12 }),
        (q, how, edits, words) => {
          const selectors = describe(q.body, q.start, q.end)
          const replacement = how === 'delete' ? '' : words.join(' ')
          const removed = q.body.slice(0, q.start) + replacement + q.body.slice(q.end)
          const edited = applyEdits(removed, q.start, q.start + replacement.length, edits)
          const placed = anchor(edited.body, selectors)
          expect(placed, `"${selectors.quote}" was ${how}d but placed at ${placed.start}`).toEqual({ status: 'orphan' })
          orphans++
        },
      ),
      { numRuns: 500, seed: 7 },
    )
    console.log(`anchor property: ${orphans} removed quotes, all orphaned`)
  })
})

suite('findQuote', () => {
  it('finds a typed quote exactly, or across different whitespace, and counts occurrences', () => {
    const exact = findQuote(tass, 'Kremlin Spokesman Dmitry Peskov')
    expect(exact).toMatchObject({ start: tass.indexOf('Kremlin Spokesman Dmitry Peskov') })
    expect(exact!.occurrences).toBeGreaterThan(1)
    const spaced = findQuote(tass, 'All   news Russia can ensure')
    expect(spaced).toMatchObject({ start: 0, occurrences: 1 })
    expect(tass.slice(spaced!.start, spaced!.end)).toBe('All news\n\nRussia can ensure')
    expect(findQuote(tass, 'not in the article at all')).toBeUndefined()
  })
})
