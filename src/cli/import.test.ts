// The CLI end to end: import a Reuters slice into a library, then search and compare it headlessly.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reutersLines } from '../core/testing/library'
import { hostBundle } from '../core/testing/host-bundle'

const exec = promisify(execFile)
// the CLI as bundled from this checkout for the run (scripts/unit-host.ts)
const cli = (...args: string[]) => exec(process.execPath, [hostBundle().cli, ...args], { maxBuffer: 16 << 20 })

let dir: string
let file: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-cli-'))
  file = join(dir, 'reuters-slice.jsonl')
  await writeFile(file, reutersLines(1, 3000))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('cli import, then search and compare --library', () => {
  it('imports with a summary that lists skipped records by line, and adds nothing the second time', async () => {
    const library = join(dir, 'library')
    const first = await cli('import', file, '--library', library)
    expect(first.stdout).toMatch(/^read 3000 records from .*reuters-slice\.jsonl$/m)
    expect(first.stdout).toMatch(/^imported \d+ new articles into /m)
    expect(first.stdout).toMatch(/^ {2}reuters-slice\.jsonl:99: no title and no body$/m)
    expect(first.stdout).toMatch(/^duplicates grouped: [1-9]\d* groups of near-identical stories/m)
    expect(first.stderr).toMatch(/importing .*reuters-slice\.jsonl: \d/)
    const again = await cli('import', file, '--library', library, '--json')
    const report = JSON.parse(again.stdout) as { added: number; unchanged: number }
    expect(report.added).toBe(0)
    expect(report.unchanged).toBeGreaterThan(2900)
  })

  it('compares over the library in date order, with copies folded into one column', async () => {
    const { stdout } = await cli(
      'compare',
      '--topic',
      'Arms talks',
      '--terms',
      'arms talks, "medium-range", negotiator',
      '--library',
      join(dir, 'library'),
      '--json',
    )
    const comparison = JSON.parse(stdout) as {
      columns: Array<{ articleId: string; date: string | null; mentioned: boolean; alsoFiledAs?: string[] }>
    }
    const dates = comparison.columns.map((c) => c.date ?? '9999')
    expect(dates).toEqual([...dates].sort())
    const ids = comparison.columns.map((c) => c.articleId)
    expect(ids).toContain('reuters-2730')
    expect(ids).not.toContain('reuters-2734')
    const story = comparison.columns.find((c) => c.articleId === 'reuters-2730')!
    expect(story).toMatchObject({ mentioned: true, alsoFiledAs: ['reuters-2734'] })
  })

  it('searches a JSON Lines file given as --corpus, and names a missing library', async () => {
    const { stdout } = await cli('search', 'Vorontsov', '--corpus', file, '--json')
    const { hits } = JSON.parse(stdout) as { hits: Array<{ articleId: string }> }
    expect(hits.map((h) => h.articleId)).toContain('reuters-2730')
    await expect(cli('search', 'oil', '--library', join(dir, 'nowhere'))).rejects.toMatchObject({
      stderr: expect.stringMatching(/no library at .*nowhere/),
    })
  })
})
