// The search command as a user runs it: a real process, from a folder other than the repo.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, tempFolder } from './testing'

const elsewhere = tempFolder('stance-cli-')
const cliSearch = (...args: string[]) => runCli(['search', ...args], { cwd: elsewhere() })

describe('cli search', () => {
  it('lists the TASS article first for "peace treaty" as JSON with the true total, using the bundled corpus', async () => {
    const { code, stdout } = await cliSearch('peace treaty', '--json')
    expect(code).toBe(0)
    const page = JSON.parse(stdout) as {
      total: number
      passages: number
      hits: Array<{ articleId: string; score: number; passages: number; snippets: string[] }>
    }
    expect(Object.keys(page).sort()).toEqual(['hits', 'passages', 'total'])
    expect(page.total).toBe(page.hits.length)
    const hits = page.hits
    expect(hits[0]?.articleId).toBe('000_f6b6277f5f03b554')
    expect(Object.keys(hits[0]!).sort()).toEqual(['articleId', 'passages', 'score', 'snippets'])
    expect(hits[0]?.snippets.some((s) => s.includes('peace treaty'))).toBe(true)
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score)
  })

  it('pages with --limit and --offset, and sorts by date', async () => {
    const all = JSON.parse((await cliSearch('nuclear', '--json')).stdout) as {
      total: number
      hits: Array<{ articleId: string }>
    }
    expect(all.total).toBeGreaterThan(2)
    const second = JSON.parse((await cliSearch('nuclear', '--json', '--limit', '1', '--offset', '1')).stdout) as {
      total: number
      hits: Array<{ articleId: string }>
    }
    expect(second.total).toBe(all.total)
    expect(second.hits.map((h) => h.articleId)).toEqual([all.hits[1]?.articleId])
    const byDate = JSON.parse((await cliSearch('nuclear', '--json', '--sort', 'date')).stdout) as {
      hits: Array<{ articleId: string }>
    }
    expect(new Set(byDate.hits.map((h) => h.articleId))).toEqual(new Set(all.hits.map((h) => h.articleId)))
    const bad = await cliSearch('nuclear', '--sort', 'size')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--sort')
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
