// One Content-Security-Policy for every way the renderer is served: the session header in the
// app, the app:// protocol responses, the browser host, and the <meta> tag in index.html
// (a test checks they agree). No remote sources, no inline or eval'd script.
// style-src allows inline styles: Svelte writes style attributes; styles cannot run code.
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** The <meta> tag's copy: browsers ignore (and complain about) frame-ancestors there; headers carry it. */
export const META_CSP = CSP.replace("; frame-ancestors 'none'", '')

/** Dev only: Vite's hot reload talks over a websocket to the dev server. */
export function devCsp(devServerUrl: string): string {
  const ws = new URL(devServerUrl)
  ws.protocol = ws.protocol === 'https:' ? 'wss:' : 'ws:'
  return CSP.replace("connect-src 'self'", `connect-src 'self' ${ws.origin}`)
}

/** Headers every HTML response carries, wherever it is served from. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
}
