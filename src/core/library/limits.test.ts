// Issue 11 cases 5 and 6: limits stated in shared/limits.ts and enforced at import, each refusal a line
// of the report, so nothing is stored that the API cannot serve or that would stall search.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { MAX_ARTICLE_CHARS, MAX_ID } from '../../shared/limits'
import { Library } from './library'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-limits-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

it('refuses an id longer than the API accepts and an article over the size limit, by line', async () => {
  const lines = [
    { id: 'ok-1', title: 'Fine', body: 'A normal article about the arms race.' },
    { id: 'x'.repeat(5_000), title: 'Long id', body: 'Body.' },
    { id: 'huge', title: 'Huge', body: 'word '.repeat(MAX_ARTICLE_CHARS / 5 + 10) },
    { id: 'y'.repeat(MAX_ID), title: 'Id at the limit', body: 'Still fine.' },
  ].map((r) => JSON.stringify(r))
  const library = await Library.open(join(dir, 'library'))
  const report = await library.importText('limits.jsonl', lines.join('\n'))
  expect(report.added).toBe(2)
  expect(report.skipped).toEqual([
    { file: 'limits.jsonl', line: 2, reason: 'id is 5,000 characters; the limit is 256' },
    {
      file: 'limits.jsonl',
      line: 3,
      reason: `article "Huge" is 2,000,054 characters; the limit is 2,000,000: split it into several articles`,
    },
  ])
  expect(
    library
      .list()
      .map((a) => a.id)
      .sort(),
  ).toEqual(['ok-1', 'y'.repeat(MAX_ID)])
})
