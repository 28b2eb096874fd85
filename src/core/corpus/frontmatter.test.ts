import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { FrontMatterError, parseFrontMatter, stringifyFrontMatter } from './frontmatter'

describe('parseFrontMatter', () => {
  it('returns the body after the closing line byte for byte', () => {
    const text = '---\nid: a\ndate: 2019-09-24\n---\n  body\r\nline two\n'
    const parsed = parseFrontMatter(text)
    expect(parsed.data).toEqual({ id: 'a', date: '2019-09-24' })
    expect(parsed.body).toBe('  body\r\nline two\n')
    expect(text.slice(parsed.bodyOffset)).toBe(parsed.body)
    expect(parsed.bodyLine).toBe(5)
  })

  it('treats a file without an opening --- as all body', () => {
    const parsed = parseFrontMatter('Plain text\n---\nnot yaml\n')
    expect(parsed.hasFrontMatter).toBe(false)
    expect(parsed.body).toBe('Plain text\n---\nnot yaml\n')
  })

  it('reports an unclosed block, bad YAML with its line, and a non-mapping', () => {
    expect(() => parseFrontMatter('---\nid: a\nbody')).toThrow(/never closed/)
    try {
      parseFrontMatter('---\nid: a\ntitle: [unclosed\n---\nbody')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(FrontMatterError)
      expect((error as FrontMatterError).message).toMatch(/invalid YAML/)
      expect((error as FrontMatterError).line).toBeGreaterThanOrEqual(2)
    }
    expect(() => parseFrontMatter('---\n- a\n- b\n---\nbody')).toThrow(/mapping/)
    expect(() => parseFrontMatter('---\nid: a\nid: b\n---\nbody')).toThrow(/invalid YAML/)
  })

  it('round-trips any mapping and any body', () => {
    const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,11}$/)
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }))
    const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }))
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), fc.string({ unit: 'binary' }), (data, body) => {
        const parsed = parseFrontMatter(stringifyFrontMatter(data, body))
        expect(parsed.data).toEqual(data)
        expect(parsed.body).toBe(body)
      }),
    )
  })
})
