import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CSP, devCsp, META_CSP } from './csp'

describe('Content-Security-Policy', () => {
  it('is the same in index.html as in the headers, less frame-ancestors (which a <meta> cannot carry)', () => {
    const html = readFileSync('src/renderer/index.html', 'utf8')
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(META_CSP)
    expect(`${META_CSP}; frame-ancestors 'none'`).toBe(CSP)
  })

  it('allows no remote sources, inline script or eval', () => {
    const directives = new Map(CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(CSP).not.toMatch(/unsafe-eval|https?:|\*/)
    expect(directives.get('script-src')?.join(' ')).not.toContain('unsafe-inline')
  })

  it('in dev, adds only the dev server websocket', () => {
    expect(devCsp('http://localhost:5173/')).toBe(
      CSP.replace("connect-src 'self'", "connect-src 'self' ws://localhost:5173"),
    )
  })
})
