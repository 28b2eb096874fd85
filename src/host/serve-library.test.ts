// `npm run serve -- --library DIR`: the browser host over a library folder of the user's choosing (one
// `cli import --library DIR` filled), not the one in the user data folder.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppStatus, ArticleSummary } from '../shared/types'
import { Library } from '../core/library'
import { libraryFiles } from '../core/library/store'
import { REPO_ROOT } from '../core/testing/test-paths'
import { hostBundle } from '../core/testing/host-bundle'
import { TOKEN_HEADER } from './server'

const dir = mkdtempSync(join(tmpdir(), 'stance-serve-library-'))
const libraryDir = join(dir, 'my library')
const renderer = join(dir, 'renderer')
let host: ChildProcess | undefined
afterEach(() => {
  host?.kill()
  host = undefined
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))
beforeEach(async () => {
  rmSync(libraryDir, { recursive: true, force: true })
  const library = await Library.open(libraryDir)
  await library.importPath(join(REPO_ROOT, 'src/core/library/html/testdata/readability/bbc-1/source.html'))
  mkdirSync(renderer, { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
})

/** Starts the host as `npm run serve` does (bundled: scripts/unit-host.ts); answers an api call by name. */
async function serve(): Promise<<T>(method: string) => Promise<T>> {
  const args = [hostBundle().host, '--library', libraryDir, '--user-data', join(dir, 'data')]
  const child = spawn(process.execPath, [...args, '--renderer', renderer], { cwd: REPO_ROOT })
  host = child
  let err = ''
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const url = await new Promise<URL>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const line = /Stance Reader: (\S+)/.exec(out)
      if (line) resolve(new URL(line[1]!))
    })
    child.on('exit', (code) => reject(new Error(`the host exited (${code}) before printing its address: ${err}`)))
  })
  return async <T>(method: string) => {
    const response = await fetch(new URL(`/api/${method}`, url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: url.searchParams.get('token')! },
      body: '[]',
    })
    return (await response.json()) as T
  }
}

describe('serve --library', () => {
  it('lists the articles of the library folder it is given', async () => {
    const call = await serve()
    const articles = await call<ArticleSummary[]>('listArticles')
    expect(articles.find((a) => a.id === 'source')).toMatchObject({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      date: '2015-07-24',
      source: 'BBC News',
      url: 'http://www.bbc.com/news/world-us-canada-33646704',
    })
    // the bundled corpus is still listed beside it
    expect(articles.length).toBeGreaterThan(1)
  })

  it('starts with articles.jsonl missing, says what was lost, and still serves the rest (issue 11 case 4)', async () => {
    rmSync(libraryFiles(libraryDir).store)
    const call = await serve()
    const status = await call<AppStatus>('status')
    expect(status.notices.map((n) => n.message)).toContainEqual(
      expect.stringMatching(/was damaged \(articles\.jsonl is missing\) .*0 articles kept; 1 lost/),
    )
    const articles = await call<ArticleSummary[]>('listArticles')
    expect(articles.find((a) => a.id === 'source')).toBeUndefined()
    expect(articles.length).toBeGreaterThan(1)
  })
})
