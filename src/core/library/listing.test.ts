import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reutersLines } from '../testing/library'
import { parseJsonInSlices } from '../slices/json'
import { SliceClock } from '../slices/turn'
import { Library } from './library'
import { libraryFiles } from './store-file'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-listing-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('library.json and the library list in slices', () => {
  it('is exactly list(), opened in slices and after another process adds and groups articles', async () => {
    const writer = await Library.open(join(dir, 'library'))
    await writer.importText('reuters.jsonl', reutersLines(2001, 3000))
    // Opened as the app opens it: library.json parsed in slices, the list worked out in slices.
    const reader = await Library.open(join(dir, 'library'))
    const first = await reader.listInSlices()
    expect(first.length).toBeGreaterThan(900)
    expect(first.some((s) => s.duplicateOf)).toBe(true) // reuters-2734 is filed again as reuters-2730
    expect(first).toEqual((await Library.open(join(dir, 'library'))).list())

    await writer.importText('reuters.jsonl', reutersLines(1, 1000))
    expect(await reader.refresh()).toBe(true)
    const again = await reader.listInSlices()
    expect(again.length).toBeGreaterThan(first.length + 900)
    expect(again).toEqual(writer.list())
    expect(reader.list()).toEqual(again)
    expect(reader.store.entries()).toEqual(writer.store.entries())
  })

  it('parses the real library.json in many batches, taking turns, to exactly what JSON.parse gives', async () => {
    const library = await Library.open(join(dir, 'library'))
    await library.importText('reuters.jsonl', reutersLines(1, 600))
    const text = await readFile(libraryFiles(library.dir).meta, 'utf8')
    let turns = 0
    const counting = Object.assign(new SliceClock(0), {
      pause: async () => {
        turns++
        await new Promise<void>((resolve) => setImmediate(resolve))
      },
    })
    const sliced = await parseJsonInSlices(text, counting, { wholeBelow: 0, splitFrom: 4096, batchChars: 8192 })
    expect(JSON.stringify(sliced)).toBe(JSON.stringify(JSON.parse(text)))
    expect((sliced as { articles: unknown[] }).articles.length).toBeGreaterThan(500)
    expect(turns).toBeGreaterThan(10)
  })
})
