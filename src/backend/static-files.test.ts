import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentType, resolveStaticPath } from './static-files'

const root = mkdtempSync(join(tmpdir(), 'stance-static-'))
mkdirSync(join(root, 'assets'))
writeFileSync(join(root, 'index.html'), '<!doctype html>')

describe('resolveStaticPath', () => {
  it('maps ordinary paths inside the root, / to index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'))
    expect(resolveStaticPath(root, '/index.html')).toBe(join(root, 'index.html'))
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'))
    expect(resolveStaticPath(root, '/assets/a%20b.css')).toBe(join(root, 'assets', 'a b.css'))
  })

  it('refuses traversal in every spelling', () => {
    const attacks = [
      '/../package.json',
      '/assets/../../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/%2E%2E/etc/passwd',
      '/..%2fpackage.json',
      '/..%2Fpackage.json',
      '/%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
      '/..\\package.json',
      '/assets/%00.js',
      '/index.html%00.png',
      '/index.html\u0000',
      '/./index.html',
      '/%',
      '/%zz',
      'index.html',
    ]
    for (const path of attacks) expect(resolveStaticPath(root, path), path).toBeNull()
  })

  it('keeps an absolute-looking path inside the root', () => {
    expect(resolveStaticPath(root, '//etc/passwd')?.startsWith(root + sep)).toBe(true)
  })

  it('names content types so browsers do not sniff', () => {
    expect(contentType('a/index.html')).toMatch(/^text\/html/)
    expect(contentType('a/x.js')).toMatch(/^text\/javascript/)
    expect(contentType('a/x.unknown')).toBe('application/octet-stream')
  })
})
