// The app and `cli import` share the user's library: while a workspace is open, articles the CLI
// (a separate process) imports into the same folder appear in its list, its reader and its search.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseSource } from '../library'
import { openWorkspace } from './open-workspace'
import { storePaths } from '../fs/paths'
import { BUNDLED_CORPUS, REPO_ROOT } from '../testing/test-paths'
import { reutersLines } from '../testing/library'
import { hostBundle } from '../testing/host-bundle'

const dir = mkdtempSync(join(tmpdir(), 'stance-ws-shared-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function cliImport(file: string, library: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // the CLI as bundled from this checkout for the run (scripts/unit-host.ts)
    const child = spawn(process.execPath, [hostBundle().cli, 'import', file, '--library', library], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`cli import exited ${code}: ${err}`))))
  })
}

describe('Workspace with a library another process imports into', () => {
  it('lists, reads and finds what `cli import` added while it was open', async () => {
    const ws = await openWorkspace({ corpusDir: BUNDLED_CORPUS, userDataDir: dir })
    await ws.importText('first.jsonl', reutersLines(1, 30))
    await ws.imported()
    await ws.ready()
    const before = (await ws.status()).articleCount

    const text = reutersLines(31, 80)
    const file = join(dir, 'second.jsonl')
    writeFileSync(file, text)
    await cliImport(file, storePaths(dir).library)
    const added = parseSource('second.jsonl', text).records

    // The status poll notices within a few seconds (it looks at most every 2 s).
    const deadline = Date.now() + 15_000
    let count = before
    while (count === before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      await ws.imported()
      count = (await ws.status()).articleCount
    }
    expect(count).toBe(before + added.length)
    const listed = new Set((await ws.listArticles()).map((a) => a.id))
    for (const record of added) expect(listed.has(record.id)).toBe(true)
    const one = added.find((r) => r.body.length > 200)!
    expect((await ws.getArticle(one.id)).body).toBe(one.body)
    await ws.ready()
    const word = one.title.split(/\W+/).find((w) => w.length > 6)!
    expect((await ws.search({ query: word })).hits.some((hit) => hit.articleId === one.id)).toBe(true)
    ws.dispose()
  })
})
