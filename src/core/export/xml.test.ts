import fc from 'fast-check'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { attributes, xmlText } from './xml'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
})
/** What XML 1.0 can hold of a string: the rest becomes U+FFFD. */
const holdable = (s: string) => s.replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')

describe('XML escaping', () => {
  it('any string comes back as written, in element text and in an attribute', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (text, attr) => {
        const xml = `<P${attributes({ name: attr })}>${xmlText(text)}</P>`
        expect(XMLValidator.validate(xml)).toBe(true)
        expect(xml).not.toMatch(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u)
        const parsed = parser.parse(xml).P as { '#text'?: string; name: string } | string
        const back = typeof parsed === 'string' ? { '#text': parsed, name: '' } : parsed
        expect(back.name).toBe(holdable(attr))
        expect(back['#text'] ?? '').toBe(holdable(text))
      }),
    )
  })

  it('leaves out attributes without a value', () => {
    expect(attributes({ a: 'x', b: null, c: undefined, d: 0, e: false })).toBe(' a="x" d="0" e="false"')
  })
})
