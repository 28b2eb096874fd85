// In production the renderer is served from app://stance/, not file://: a file:// page could read
// any local file the OS lets us, and would share one origin with every other file.
import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { CSP, SECURITY_HEADERS } from '../backend/csp'
import { contentType, resolveStaticPath } from '../backend/static-files'
import { APP_HOST, APP_SCHEME } from './app-url'

export { APP_URL } from './app-url'

/** Must run before app 'ready'. Standard + secure gives the scheme a real origin and secure context. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves files from `rendererDir` (out/renderer) on app://stance/…; anything else is 404. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = url.host === APP_HOST && request.method === 'GET' ? resolveStaticPath(rendererDir, url.pathname) : null
    if (!file) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(file)
      return new Response(body, {
        headers: { ...SECURITY_HEADERS, 'content-type': contentType(file), 'content-security-policy': CSP },
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
