import fc from 'fast-check'
import { expect, it } from 'vitest'
import { parseJsonInSlices, type JsonSlices } from './json'
import { SliceClock } from './turn'

/** JSON.parse's answer, or the error's class: sliced must give the same. */
const outcome = async (parse: () => unknown) => {
  try {
    const value = await parse()
    // Key order too: toEqual alone would not see it.
    return { value, text: JSON.stringify(value) }
  } catch (error) {
    return { error: (error as Error).name }
  }
}

const tiny = fc.record({
  wholeBelow: fc.constant(0),
  splitFrom: fc.integer({ min: 0, max: 40 }),
  batchChars: fc.integer({ min: 1, max: 60 }),
})

/** Objects shaped like library.json (long arrays of entries beside small members), and any JSON at all. */
const entry = fc.record({
  id: fc.string(),
  title: fc.string({ unit: 'binary' }),
  offset: fc.nat(),
  tags: fc.array(fc.string()),
})
const objects = fc.oneof(
  fc.record({ schema: fc.nat(), articles: fc.array(entry), groups: fc.array(fc.array(fc.string())), key: fc.string() }),
  fc.dictionary(fc.string(), fc.array(fc.jsonValue())),
  fc.jsonValue(),
)
const layouts = fc.constantFrom<Array<number | string>>(0, 1, 2, '\t', ' \n ')

it('gives what JSON.parse gives for any JSON text, cut anywhere', async () => {
  await fc.assert(
    fc.asyncProperty(objects, layouts, tiny, async (value, space, options: JsonSlices) => {
      const text = JSON.stringify(value, null, space)
      const sliced = await outcome(() => parseJsonInSlices(text, new SliceClock(0), options))
      expect(sliced).toEqual(await outcome(() => JSON.parse(text)))
    }),
    { numRuns: 400 },
  )
})

it('refuses what JSON.parse refuses: a character dropped, added or changed, or the text cut short', async () => {
  const damage = fc.tuple(fc.nat(), fc.constantFrom('', ',', ']', '}', '"', '\\', '[', '{', ':', 'x'), fc.boolean())
  await fc.assert(
    fc.asyncProperty(objects, tiny, damage, async (value, options: JsonSlices, [where, put, cut]) => {
      const whole = JSON.stringify(value)
      const at = where % (whole.length + 1)
      const text = cut ? whole.slice(0, at) : whole.slice(0, at) + put + whole.slice(at + 1)
      const sliced = await outcome(() => parseJsonInSlices(text, new SliceClock(0), options))
      expect(sliced).toEqual(await outcome(() => JSON.parse(text)))
    }),
    { numRuns: 1000 },
  )
})

it('keeps a duplicated key and __proto__ as JSON.parse does', async () => {
  const options = { wholeBelow: 0, splitFrom: 0, batchChars: 3 }
  for (const text of ['{"a":[1,2,3],"a":[4,5]}', '{"__proto__":[1,2,3],"b":[4]}', '{"a":[1,[2,3],{"b":[4]}]}']) {
    const sliced = await outcome(() => parseJsonInSlices(text, new SliceClock(0), options))
    expect(sliced).toEqual(await outcome(() => JSON.parse(text)))
  }
})

it('refuses an element missing at the edge of a batch, where no JSON.parse of a batch would see it', async () => {
  for (const text of ['{"a":[1,,2]}', '{"a":[1,]}', '{"a":[,1]}', '{"a":[ , ]}', '{"a":[1, ,2],"b":0}']) {
    for (const batchChars of [1, 2, 3]) {
      const sliced = parseJsonInSlices(text, new SliceClock(0), { wholeBelow: 0, splitFrom: 0, batchChars })
      await expect(sliced, text).rejects.toThrow(SyntaxError)
    }
  }
})
