// The browser host: the built renderer and the same handler table as the app, over HTTP on
// 127.0.0.1 only. Every request needs the per-run token; foreign Origin or Host headers get 403,
// so neither another web page nor a DNS-rebinding attack can reach the user's notes.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import type { Api } from '../shared/api'
import { API_METHODS } from '../shared/methods'
import { SECURITY_HEADERS } from '../backend/csp'
import { contentType, resolveStaticPath } from '../backend/static-files'
import { MAX_EXISTING_EXPORT, MAX_IMPORT_CHARS, ValidationError } from '../backend/validation'
import { httpError, TOKEN_HEADER } from '../shared/client'
import { errorKind, errorMessage, kindOfStatus } from '../shared/errors'

export { TOKEN_HEADER } from '../shared/client'
export const TOKEN_COOKIE = 'stance_token'
const MAX_BODY = 1024 * 1024
/** UTF-8 takes up to 3 bytes a character and JSON doubles a newline; plus room for the file name. */
const MAX_IMPORT_BODY = MAX_IMPORT_CHARS * 3 + MAX_BODY
/** A Markdown export updated in place comes with the file it updates (validation caps it at 16 M characters). */
const MAX_EXPORT_BODY = MAX_EXISTING_EXPORT * 3 + MAX_BODY

export interface HostOptions {
  handlers: Api
  /** The built renderer (out/renderer). */
  rendererDir: string
  port?: number
  /** Random per run unless given (tests). */
  token?: string
}

export interface RunningHost {
  server: Server
  port: number
  token: string
  /** The URL to open, token included. */
  url: string
  close(): Promise<void>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

const apiMethods = new Set<string>(API_METHODS)

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(32).toString('base64url')
  let port = 0
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => sendError(response, error))
  })
  // Headers and body must arrive promptly; a stalled client cannot hold a socket forever.
  server.headersTimeout = 10_000
  server.requestTimeout = 120_000

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    checkHostAndOrigin(request, port)
    const [rawPath = '/', query = ''] = (request.url ?? '/').split('?', 2)
    if (rawPath.startsWith('/api/')) {
      if (!tokenMatches(request.headers[TOKEN_HEADER], token)) throw new HttpError(403, 'missing or wrong token')
      await handleApi(request, response, rawPath.slice('/api/'.length))
      return
    }
    const fromQuery = new URLSearchParams(query).get('token')
    const queryOk = tokenMatches(fromQuery ?? undefined, token)
    if (!queryOk && !tokenMatches(readCookie(request, TOKEN_COOKIE), token)) {
      throw new HttpError(403, 'missing or wrong token: open the URL the host printed')
    }
    await serveStatic(request, response, rawPath, queryOk)
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') throw new HttpError(405, 'API calls are POST')
    if (!apiMethods.has(method)) throw new HttpError(404, `no such API method: ${method.slice(0, 100)}`)
    const type = request.headers['content-type'] ?? ''
    if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'API calls send application/json')
    const limit =
      method === 'importText' || method === 'importBytes'
        ? MAX_IMPORT_BODY
        : method === 'exportHighlights'
          ? MAX_EXPORT_BODY
          : MAX_BODY
    const body = await readBody(request, limit)
    let args: unknown
    try {
      args = JSON.parse(body)
    } catch {
      throw new ValidationError(`${method}: the request body is not valid JSON`)
    }
    if (!Array.isArray(args)) throw new ValidationError(`${method}: the request body must be a JSON array of arguments`)
    const handler = options.handlers[method as keyof Api] as (...args: unknown[]) => Promise<unknown>
    const result = await handler(...args)
    if (result === undefined) {
      response.writeHead(204, { ...SECURITY_HEADERS, 'cache-control': 'no-store' }).end()
      return
    }
    sendJson(response, 200, result)
  }

  async function serveStatic(request: IncomingMessage, response: ServerResponse, rawPath: string, setCookie: boolean) {
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new HttpError(405, 'method not allowed')
    // Browsers ask for it on their own; the app has none, and a 404 would be noise in the console.
    if (rawPath === '/favicon.ico') {
      response.writeHead(204, SECURITY_HEADERS).end()
      return
    }
    const file = resolveStaticPath(options.rendererDir, rawPath)
    if (!file) throw new HttpError(400, 'bad path')
    let content: Buffer
    try {
      content = await readFile(file)
    } catch {
      throw new HttpError(404, 'not found')
    }
    const type = contentType(file)
    const headers: Record<string, string> = { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store' }
    if (setCookie) headers['set-cookie'] = `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`
    // The page learns the token from a <meta> tag on later loads, when the URL no longer carries it.
    if (type.startsWith('text/html')) {
      content = Buffer.from(
        content.toString('utf8').replace(/<head>/i, `<head>\n    <meta name="stance-token" content="${token}" />`),
      )
    }
    response.writeHead(200, headers)
    response.end(request.method === 'HEAD' ? undefined : content)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** Host must name this server (not a rebound DNS name); Origin, when sent, must be this server. */
function checkHostAndOrigin(request: IncomingMessage, port: number): void {
  const allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  const host = request.headers.host?.toLowerCase()
  if (!host || !allowed.has(host)) throw new HttpError(403, 'foreign Host header')
  const origin = request.headers.origin
  if (origin !== undefined && !(origin.startsWith('http://') && allowed.has(origin.slice(7).toLowerCase()))) {
    throw new HttpError(403, 'foreign Origin header')
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') throw new HttpError(403, 'cross-site request')
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readCookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      // Keep reading (and dropping) the rest so the client sees the 413 rather than a reset;
      // the connection closes after the reply, and requestTimeout bounds a never-ending body.
      request.removeAllListeners('data')
      request.resume()
      reject(new HttpError(413, `request body larger than ${limit} bytes`))
    }
    if (Number(request.headers['content-length'] ?? 0) > limit) return tooLarge()
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge()
      else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value)
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  })
  response.end(body)
}

/** Bad request → 400, unknown article or highlight → 404, index still building → 503, else 500; never a stack trace. */
function sendError(response: ServerResponse, error: unknown): void {
  // The error's kind sets the status; a request refused before it reached a handler has its own status.
  const kind = error instanceof HttpError ? kindOfStatus(error.status) : errorKind(error)
  const reply = httpError({ kind, message: error instanceof Error ? errorMessage(error) : 'internal error' })
  const status = error instanceof HttpError ? error.status : reply.status
  if (status === 500) console.error(error)
  if (response.headersSent) {
    response.destroy()
    return
  }
  if (status === 413) response.setHeader('connection', 'close')
  sendJson(response, status, reply.body)
}
