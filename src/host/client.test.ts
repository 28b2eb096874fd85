// One client for both transports: the same handler table answered over HTTP (the browser host) and as
// Electron's IPC answers it (a Reply, structured-cloned, errors rejected as data for the contextBridge).
// Every failure must reach the renderer with the same kind and message either way.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Api } from '../shared/api'
import { createApiClient, httpTransport, replyOf } from '../shared/client'
import { ApiError, errorKind, errorMessage } from '../shared/errors'
import { openWorkspace } from '../core/workspace/open-workspace'
import { createHandlers } from '../backend/handlers'
import { hostPlatform } from './platform'
import { startHost, type RunningHost } from './server'

let host: RunningHost
let userData: string
let http: Api
let ipc: Api

beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'stance-client-'))
  const renderer = join(userData, 'renderer')
  mkdirSync(renderer, { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Stance Reader</title>')
  const workspace = await openWorkspace({ corpusDir: 'corpus', userDataDir: join(userData, 'data') })
  const handlers = createHandlers(workspace, hostPlatform)
  host = await startHost({ handlers, rendererDir: renderer })
  http = createApiClient(httpTransport(fetch, host.token, `http://127.0.0.1:${host.port}`))
  // As src/main/ipc.ts answers and src/preload/index.ts calls: IPC copies the Reply by structured clone.
  ipc = createApiClient(
    (method, args) =>
      replyOf(() => (handlers[method] as (...a: unknown[]) => unknown)(...args)).then((r) => structuredClone(r)),
    { rejectWithData: true },
  )
})

afterAll(async () => {
  await host?.close()
  rmSync(userData, { recursive: true, force: true })
})

async function failure(call: Promise<unknown>): Promise<unknown> {
  try {
    await call
  } catch (error) {
    return error
  }
  throw new Error('the call succeeded')
}

describe('createApiClient over HTTP and over IPC', () => {
  it('answers the same when a call succeeds', async () => {
    expect(await ipc.listTopics()).toEqual(await http.listTopics())
  })

  it.each<[string, (api: Api) => Promise<unknown>, string, RegExp]>([
    ['an unknown article', (api) => api.getArticle('no-such-article'), 'not-found', /no-such-article/],
    ['arguments off the contract', (api) => api.getArticle(42 as unknown as string), 'invalid', /^getArticle:/],
    [
      'an unknown highlight',
      (api) => api.updateHighlight('no-such-highlight', { note: 'x' }),
      'not-found',
      /no-such-highlight/,
    ],
    ['an unknown topic', (api) => api.deleteTopic('no-such-topic'), 'not-found', /no-such-topic/],
    ['a preset deleted', async (api) => api.deleteTopic((await api.listTopics())[0]!.id), 'invalid', /preset/],
    [
      'a topic name taken',
      async (api) => {
        const topic = { name: 'Taken', description: '', terms: ['treaty'], coTerms: [] }
        await api.saveTopic(topic).catch(() => undefined)
        return api.saveTopic(topic)
      },
      'conflict',
      /already exists/,
    ],
  ])('refuses %s with the same kind and message', async (_name, call, kind, message) => {
    const overHttp = await failure(call(http))
    const overIpc = await failure(call(ipc))
    expect(overHttp).toBeInstanceOf(ApiError)
    expect(errorKind(overHttp)).toBe(kind)
    expect(errorMessage(overHttp)).toMatch(message)
    expect({ kind: errorKind(overIpc), message: errorMessage(overIpc) }).toEqual({
      kind: errorKind(overHttp),
      message: errorMessage(overHttp),
    })
    // What the contextBridge would copy into the page: plain data, nothing lost.
    expect(structuredClone(overIpc)).toEqual(overIpc)
  })

  it('reports a transport that fails (no host) as an internal error, not a crash', async () => {
    const gone = createApiClient(httpTransport(fetch, 'token', 'http://127.0.0.1:9'))
    const error = await failure(gone.listTopics())
    expect(errorKind(error)).toBe('internal')
    expect(errorMessage(error)).not.toBe('')
  })
})
