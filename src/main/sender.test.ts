import { describe, expect, it } from 'vitest'
import { isTrustedSender, originOf } from './sender'
import { APP_URL } from './app-url'

describe('isTrustedSender', () => {
  const dev = 'http://localhost:5173/'

  it('accepts the app page in its top frame, on any path of the app origin', () => {
    expect(isTrustedSender({ url: APP_URL, isTop: true }, APP_URL)).toBe(true)
    expect(isTrustedSender({ url: 'app://stance/index.html#/reader/000', isTop: true }, APP_URL)).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5173/index.html', isTop: true }, dev)).toBe(true)
  })

  it('refuses iframes, even on the app origin', () => {
    expect(isTrustedSender({ url: APP_URL, isTop: false }, APP_URL)).toBe(false)
  })

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(null, APP_URL)).toBe(false)
    expect(isTrustedSender(undefined, APP_URL)).toBe(false)
  })

  it('refuses other origins, schemes, hosts and ports', () => {
    const foreign = [
      'https://example.com/',
      'file:///home/user/evil.html',
      'app://other/index.html',
      'http://localhost:5174/',
      'http://127.0.0.1:5173/',
      'https://stance/index.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      'javascript:alert(1)',
      '',
      'not a url',
    ]
    for (const url of foreign) {
      expect(isTrustedSender({ url, isTop: true }, APP_URL), url).toBe(false)
    }
    expect(isTrustedSender({ url: APP_URL, isTop: true }, dev)).toBe(false)
  })

  it('has no origin for URLs without a host', () => {
    expect(originOf('about:blank')).toBeNull()
    expect(originOf('file:///etc/passwd')).toBeNull()
    expect(originOf('app://stance/x')).toBe('app://stance')
  })
})
