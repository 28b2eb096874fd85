// `npm run serve -- --library DIR`: the browser host over a library folder of the user's choosing (one
// `cli import --library DIR` filled), not the one in the user data folder.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ArticleSummary } from '../shared/types'
import { Library } from '../core/library'
import { REPO_ROOT } from '../core/testing/test-paths'
import { TOKEN_HEADER } from './server'

const dir = mkdtempSync(join(tmpdir(), 'stance-serve-library-'))
let host: ChildProcess | undefined
afterAll(() => {
  host?.kill()
  rmSync(dir, { recursive: true, force: true })
})

describe('serve --library', () => {
  it('lists the articles of the library folder it is given', async () => {
    const libraryDir = join(dir, 'my library')
    const library = await Library.open(libraryDir)
    await library.importPath(join(REPO_ROOT, 'src/core/library/html/testdata/readability/bbc-1/source.html'))
    const renderer = join(dir, 'renderer')
    mkdirSync(renderer)
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
    const args = ['--import', 'tsx', 'src/host/main.ts', '--library', libraryDir, '--user-data', join(dir, 'data')]
    host = spawn(process.execPath, [...args, '--renderer', renderer], { cwd: REPO_ROOT })
    const url = await new Promise<URL>((resolve, reject) => {
      let out = ''
      host!.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const line = /Stance Reader: (\S+)/.exec(out)
        if (line) resolve(new URL(line[1]!))
      })
      host!.on('exit', (code) => reject(new Error(`the host exited (${code}) before printing its address`)))
    })
    const response = await fetch(new URL('/api/listArticles', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: url.searchParams.get('token')! },
      body: '[]',
    })
    const articles = (await response.json()) as ArticleSummary[]
    expect(articles.find((a) => a.id === 'source')).toMatchObject({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      date: '2015-07-24',
      source: 'BBC News',
      url: 'http://www.bbc.com/news/world-us-canada-33646704',
    })
    // the bundled corpus is still listed beside it
    expect(articles.length).toBeGreaterThan(1)
  })
})
