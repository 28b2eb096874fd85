// Maps a request path to a file under the renderer's build folder, refusing anything that could
// leave it. Shared by the app:// protocol (main) and the browser host, so both refuse the same things.
import { extname, join, resolve, sep } from 'node:path'

/**
 * The absolute file for `pathname` (as it appears in the URL, still percent-encoded) inside `root`,
 * or null when the path is suspicious: `..` segments, encoded slashes or backslashes, NUL or other
 * control characters, malformed escapes. `/` serves index.html.
 */
export function resolveStaticPath(root: string, pathname: string): string | null {
  if (!pathname.startsWith('/')) return null
  // Encoded separators would let one segment become two after decoding.
  if (/%(2f|5c|00)/i.test(pathname)) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return null
  const segments = decoded.split('/').slice(1)
  if (segments.some((s) => s === '..' || s === '.')) return null
  const relative = segments.join('/') || 'index.html'
  const base = resolve(root)
  const file = resolve(join(base, relative))
  if (file !== base && !file.startsWith(base + sep)) return null
  return file
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
}

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}
