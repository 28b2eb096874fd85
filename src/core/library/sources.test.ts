// A folder whose saved pages share a file name in different subfolders imports every page.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readSourcePath } from './sources'

const pages = join(import.meta.dirname, 'html/testdata/readability')
const dir = mkdtempSync(join(tmpdir(), 'stance-sources-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('readSourcePath', () => {
  it('gives same-named pages in different subfolders their own ids, the same on every import', async () => {
    for (const [folder, page] of [
      ['a', 'bbc-1'],
      ['b', 'ars-1'],
    ] as const) {
      mkdirSync(join(dir, folder))
      copyFileSync(join(pages, page, 'source.html'), join(dir, folder, 'index.html'))
    }
    const first = await readSourcePath(dir)
    const ids = first.records.map((record) => record.id)
    expect(ids).toHaveLength(2)
    expect(ids[0]).toBe('index')
    expect(ids[1]).toMatch(/^index-[0-9a-f]{8}$/)
    expect(first.notes).toContainEqual({ file: join('b', 'index.html'), reason: expect.stringContaining(ids[1]!) })
    expect((await readSourcePath(dir)).records.map((record) => record.id)).toEqual(ids)
  })
})
