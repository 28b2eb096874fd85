// One library for the app and the CLI: with no flags, `cli import` puts a saved page where the app keeps
// the user's library, and search, highlight and export all find it there (no orphan, no "no longer in the
// library"); --corpus still narrows to the given articles.
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { storePaths } from '../core/fs/paths'
import { REPO_ROOT } from '../core/testing/test-paths'
import { runCli, tempFolder } from './testing'

const home = tempFolder('stance-one-library-')
const userData = () => join(home(), 'userdata')
const cli = (...args: string[]) => runCli(args, { cwd: home(), env: { ...process.env, STANCE_USER_DATA: userData() } })
const page = join(REPO_ROOT, 'src/core/library/html/testdata/readability/bbc-1/source.html')
const quote = 'his failure to pass "common sense gun safety laws"'

describe('cli import, search, highlight and export with no flags', () => {
  it('work on the same articles as the app: the bundled corpus plus the user library', async () => {
    await copyFile(page, join(home(), 'obama-guns.html'))
    const imported = await cli('import', 'obama-guns.html')
    expect(imported.code, imported.stderr).toBe(0)
    expect(imported.stdout).toContain(storePaths(userData()).library)

    const found = await cli('search', 'gun safety laws', '--json')
    expect(found.code, found.stderr).toBe(0)
    const hits = (JSON.parse(found.stdout) as { hits: Array<{ articleId: string }> }).hits.map((h) => h.articleId)
    expect(hits).toContain('obama-guns')
    // the bundled corpus is still there alongside the library
    const seed = await cli('search', 'peace treaty Japan', '--json')
    expect((JSON.parse(seed.stdout) as { total: number }).total).toBeGreaterThan(0)

    const added = await cli('highlight', 'add', '--article', 'obama-guns', '--quote', quote, '--json')
    expect(added.code, added.stderr).toBe(0)
    expect(JSON.parse(added.stdout)).toMatchObject({ articleId: 'obama-guns', status: 'exact' })
    const listed = await cli('highlight', 'list', '--json')
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ articleId: 'obama-guns', status: 'exact' })])

    const out = join(home(), 'notes.md')
    const exported = await cli('export', '--all', '--out', out)
    expect(exported.code, exported.stderr).toBe(0)
    const markdown = await readFile(out, 'utf8')
    expect(markdown).toContain("Obama admits US gun laws are his 'biggest frustration'")
    expect(markdown).toContain('common sense gun safety laws')
    expect(markdown).not.toContain('no longer in the library')
    // the page's canonical address travels with it
    expect(markdown).toContain('http://www.bbc.com/news/world-us-canada-33646704')
  })

  it('--corpus still overrides: the library article is not in the bundled corpus alone', async () => {
    const only = await cli('search', 'gun safety laws', '--json', '--corpus', join(REPO_ROOT, 'corpus'))
    expect(only.code, only.stderr).toBe(0)
    const hits = (JSON.parse(only.stdout) as { hits: Array<{ articleId: string }> }).hits.map((h) => h.articleId)
    expect(hits).not.toContain('obama-guns')
  })

  it('names a page kept whole in its line of the report', async () => {
    const lines = Array.from(
      { length: 60 },
      (_, i) => `<div><a href="/s${i}">Statement line ${i} on the talks</a></div>`,
    )
    const html = `<html><head><title>Statement</title></head><body>${lines.join('')}<p>Send a message now</p></body></html>`
    await writeFile(join(home(), 'statement.html'), html)
    const imported = await cli('import', 'statement.html')
    expect(imported.code, imported.stderr).toBe(0)
    expect(imported.stdout).toMatch(
      /^ {2}statement\.html: 1 article, 1 new; the article found was \d+ of the page's \d+ words/m,
    )
  })
})
