// The browser host, started on port 0 over the real corpus with a fresh user data folder.
import { request } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchPage } from '../shared/types'
import { openWorkspace } from '../core/workspace/open-workspace'
import { createHandlers } from '../backend/handlers'
import { CSP } from '../backend/csp'
import { hostPlatform } from './platform'
import { startHost, TOKEN_HEADER, type RunningHost } from './server'

let host: RunningHost
let userData: string
let base: string

beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'stance-host-'))
  // A stand-in build so the test does not depend on `electron-vite build` having run.
  const renderer = join(userData, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(
    join(renderer, 'index.html'),
    '<!doctype html><html><head><title>Stance Reader</title></head><body></body></html>',
  )
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("app")')
  const workspace = await openWorkspace({ corpusDir: 'corpus', userDataDir: join(userData, 'data') })
  host = await startHost({ handlers: createHandlers(workspace, hostPlatform), rendererDir: renderer })
  base = `http://127.0.0.1:${host.port}`
})

afterAll(async () => {
  await host?.close()
  rmSync(userData, { recursive: true, force: true })
})

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** Raw HTTP, so paths reach the server exactly as written (fetch would normalise `..`). */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    if (options.body !== undefined) req.write(options.body)
    req.end()
  })
}

function api(method: string, args: unknown[], headers: Record<string, string> = {}) {
  return raw(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: JSON.stringify(args),
  })
}

describe('browser host: network', () => {
  it('listens on the loopback address only', async () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' })
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
    for (const other of others) {
      await expect(fetch(`http://${other!.address}:${host.port}/`)).rejects.toThrow()
    }
  })

  it('prints a URL with a long random token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[A-Za-z0-9_-]{40,}$`))
  })
})

describe('browser host: token', () => {
  it('refuses pages and API calls without the token', async () => {
    expect((await raw('/')).status).toBe(403)
    expect((await raw('/index.html')).status).toBe(403)
    expect((await raw('/assets/app.js')).status).toBe(403)
    expect((await raw('/?token=wrong')).status).toBe(403)
    expect((await api('listArticles', [], { [TOKEN_HEADER]: '' })).status).toBe(403)
    expect((await api('listArticles', [], { [TOKEN_HEADER]: `${host.token}x` })).status).toBe(403)
    // The cookie alone does not authorise API calls: they need the header (no cross-site form can send one).
    const cookieOnly = await raw('/api/listArticles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `stance_token=${host.token}` },
      body: '[]',
    })
    expect(cookieOnly.status).toBe(403)
  })

  it('serves the page with the token in the URL, sets a strict HttpOnly cookie, and sends the CSP', async () => {
    const page = await raw(`/?token=${host.token}`)
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toBe(CSP)
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    const cookie = String(page.headers['set-cookie'])
    expect(cookie).toContain(`stance_token=${host.token}`)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    expect(page.body).toContain(`<meta name="stance-token" content="${host.token}" />`)
  })

  it('serves later requests on the cookie alone', async () => {
    const asset = await raw('/assets/app.js', { headers: { cookie: `other=1; stance_token=${host.token}` } })
    expect(asset.status).toBe(200)
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/)
    expect(asset.body).toBe('console.log("app")')
  })
})

describe('browser host: foreign Host and Origin', () => {
  it('refuses a foreign Host header even with the token (DNS rebinding)', async () => {
    for (const hostHeader of [
      'evil.example',
      `evil.example:${host.port}`,
      '127.0.0.1:1',
      `127.0.0.1.nip.io:${host.port}`,
    ]) {
      expect((await raw(`/?token=${host.token}`, { headers: { host: hostHeader } })).status, hostHeader).toBe(403)
      expect((await api('listArticles', [], { host: hostHeader })).status, hostHeader).toBe(403)
    }
  })

  it('refuses a foreign Origin and cross-site fetches', async () => {
    for (const origin of [
      'https://evil.example',
      'null',
      `http://127.0.0.1:${host.port + 1}`,
      `https://127.0.0.1:${host.port}`,
    ]) {
      expect((await api('listArticles', [], { origin })).status, origin).toBe(403)
      expect((await raw(`/?token=${host.token}`, { headers: { origin } })).status, origin).toBe(403)
    }
    expect((await api('listArticles', [], { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
  })

  it('accepts its own origin, by address or as localhost', async () => {
    expect((await api('listArticles', [], { origin: base })).status).toBe(200)
    expect(
      (await api('listArticles', [], { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` }))
        .status,
    ).toBe(200)
  })
})

describe('browser host: static files', () => {
  const cookie = () => ({ cookie: `stance_token=${host.token}` })

  it('refuses directory traversal in every spelling', async () => {
    const attempts = [
      '/../package.json',
      '/../../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/..%2Fdata%2Fconfig.json',
      '/%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
      '/..\\package.json',
      '/index.html%00',
      '/index.html%00.png',
      '/%',
    ]
    for (const path of attempts) {
      const reply = await raw(path, { headers: cookie() })
      expect(reply.status, path).toBe(400)
      expect(reply.body, path).not.toContain('"name"')
    }
  })

  it('answers 404 for missing files and 405 for writes', async () => {
    expect((await raw('/nope.js', { headers: cookie() })).status).toBe(404)
    expect((await raw('/index.html', { method: 'PUT', headers: cookie() })).status).toBe(405)
  })
})

describe('browser host: API', () => {
  it('round-trips calls through the same handler table', async () => {
    const list = await api('listArticles', [])
    expect(list.status).toBe(200)
    const articles = JSON.parse(list.body) as { id: string; date: string }[]
    expect(articles).toHaveLength(5)
    expect(articles.map((a) => a.date)).toEqual([...articles.map((a) => a.date)].sort())

    const article = JSON.parse((await api('getArticle', ['000_f6b6277f5f03b554'])).body) as {
      body: string
      source: string
    }
    expect(article.source).toBe('TASS')
    expect(article.body).toContain('nuclear parity')

    const page = JSON.parse((await api('search', [{ query: '"peace treaty"' }])).body) as SearchPage
    expect(page.hits[0]?.articleId).toBe('000_f6b6277f5f03b554')
    expect(page.total).toBe(page.hits.length)
    // A query as a bare string (the old contract) is refused, not misread.
    expect((await api('search', ['"peace treaty"'])).status).toBe(400)
  })

  it('answers 204 for calls that return nothing', async () => {
    expect((await api('dismissNotice', ['no-such-notice'])).status).toBe(204)
  })

  it('maps validation errors to 400, unknown things to 404, with a message and no stack', async () => {
    const bad = await api('getArticle', [42])
    expect(bad.status).toBe(400)
    expect(Object.keys(JSON.parse(bad.body))).toEqual(['error', 'kind'])
    expect(JSON.parse(bad.body).error).toMatch(/^getArticle:/)

    const missing = await api('getArticle', ['no-such-article'])
    expect(missing.status).toBe(404)
    expect(JSON.parse(missing.body).error).toContain('no-such-article')
    expect(missing.body).not.toMatch(/\n\s+at /)

    expect((await api('__proto__', [])).status).toBe(404)
    expect((await api('constructor', [])).status).toBe(404)
    expect((await api('toString', [])).status).toBe(404)
  })

  it('refuses malformed requests', async () => {
    const post = (body: string, type = 'application/json') =>
      raw('/api/listArticles', { method: 'POST', headers: { 'content-type': type, [TOKEN_HEADER]: host.token }, body })
    expect((await post('{"not":"an array"}')).status).toBe(400)
    expect((await post('[1,')).status).toBe(400)
    expect((await post('[]', 'text/plain')).status).toBe(415)
    expect((await raw('/api/listArticles', { headers: { [TOKEN_HEADER]: host.token } })).status).toBe(405)
    const huge = await api('search', [{ query: 'x'.repeat(2 * 1024 * 1024) }])
    expect(huge.status).toBe(413)
  })
})
