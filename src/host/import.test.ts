// The browser host during an import of 1,000 Reuters stories: importText returns at once, status keeps
// answering promptly (the work runs in worker threads) and shows the figures moving, then the library
// lists the stories and search finds them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppStatus, ArticleSummary, SearchPage } from '../shared/types'
import { openWorkspace } from '../core/workspace/open-workspace'
import { BUNDLED_CORPUS, REUTERS_FILE } from '../core/testing/test-paths'
import { createHandlers } from '../backend/handlers'
import { hostPlatform } from './platform'
import { startHost, TOKEN_HEADER, type RunningHost } from './server'

let host: RunningHost
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stance-host-import-'))
  const renderer = join(dir, 'renderer')
  mkdirSync(renderer, { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head></head><body></body></html>')
  const workspace = await openWorkspace({ corpusDir: BUNDLED_CORPUS, userDataDir: join(dir, 'data') })
  host = await startHost({ handlers: createHandlers(workspace, hostPlatform), rendererDir: renderer })
})

afterAll(async () => {
  await host?.close()
  rmSync(dir, { recursive: true, force: true })
})

async function call<T>(method: string, args: unknown[]): Promise<{ status: number; body: T }> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(args),
  })
  return { status: response.status, body: (response.status === 204 ? undefined : await response.json()) as T }
}

describe('browser host: import', () => {
  it('keeps answering status with progress while 1,000 stories import and index', async () => {
    const slice = readFileSync(REUTERS_FILE, 'utf8').split('\n').slice(0, 1000).join('\n')
    const delay = monitorEventLoopDelay({ resolution: 5 })
    delay.enable()
    const started = performance.now()
    const reply = await call('importText', ['reuters-slice.jsonl', slice])
    expect(reply.status).toBe(204)
    const returnedMs = performance.now() - started

    const seen: AppStatus[] = []
    let slowest = 0
    for (;;) {
      const asked = performance.now()
      const { body } = await call<AppStatus>('status', [])
      slowest = Math.max(slowest, performance.now() - asked)
      seen.push(body)
      if (!body.import?.running && body.index.ready) break
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    delay.disable()

    // Parsing, storing and indexing happen in workers: status answers throughout. The times are printed,
    // not asserted (wall-clock limits fail under load; the bench measures import speed).
    console.log(
      `import returned in ${returnedMs.toFixed(0)} ms; slowest status ${slowest.toFixed(0)} ms; event loop max ${(delay.max / 1e6).toFixed(0)} ms`,
    )
    expect(seen.some((s) => s.import?.running)).toBe(true)
    expect(seen.some((s) => !s.index.ready && s.index.total > 0)).toBe(true)

    const final = seen.at(-1)!.import!
    expect(final).toMatchObject({ running: false, done: 1000 })
    const list = await call<ArticleSummary[]>('listArticles', [])
    expect(list.body).toHaveLength(5 + final.added)
    expect(list.body[0]?.date?.startsWith('1987')).toBe(true)
    const page = await call<SearchPage>('search', [{ query: 'cocoa' }])
    expect(page.body.hits.length).toBeGreaterThan(0)
    expect(page.body.total).toBeGreaterThanOrEqual(page.body.hits.length)
  })

  it('refuses a file type it cannot import, naming the file', async () => {
    const reply = await call<{ error: string }>('importText', ['notes.docx', 'PK'])
    expect(reply.status).toBe(400)
    expect(reply.body.error).toContain('notes.docx')
  })
})
