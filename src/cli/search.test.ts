// The search command as a user runs it: a real process, from a folder other than the repo.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, tempFolder } from './testing'

const elsewhere = tempFolder('stance-cli-')
const cliSearch = (...args: string[]) => runCli(['search', ...args], { cwd: elsewhere() })

describe('cli search', () => {
  it('lists the TASS article first for "peace treaty" as JSON, using the bundled corpus', async () => {
    const { code, stdout } = await cliSearch('peace treaty', '--json')
    expect(code).toBe(0)
    const hits = JSON.parse(stdout) as Array<{ articleId: string; score: number; snippets: string[] }>
    expect(hits[0]?.articleId).toBe('000_f6b6277f5f03b554')
    expect(Object.keys(hits[0]!).sort()).toEqual(['articleId', 'score', 'snippets'])
    expect(hits[0]?.snippets.some((s) => s.includes('peace treaty'))).toBe(true)
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score)
  })

  it('prints a readable list with marked terms, and names a missing corpus folder', async () => {
    const readable = await cliSearch('"arms race"', '--limit', '2')
    expect(readable.code).toBe(0)
    expect(readable.stdout).toMatch(/^1\. \d{4}-\d{2}-\d{2} · .+ · .+/m)
    expect(readable.stdout).toContain('**arms race**')
    expect(readable.stdout).not.toMatch(/^3\. /m)

    const missing = join(elsewhere(), 'no-such-corpus')
    const failed = await cliSearch('treaty', '--corpus', missing)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain(missing)
  })
})
