import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_ID } from './limits'
import { parsePassageLink, passageLink, passageLinkIn } from './passage-link'

describe('passage links', () => {
  it('round-trips any article id an import keeps (up to MAX_ID) and paragraph', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: MAX_ID, unit: 'grapheme' }).filter((s) => !/\p{Cc}/u.test(s)),
        fc.option(fc.nat({ max: 999_999 })),
        (id, paragraph) => {
          expect(parsePassageLink(passageLink(id, paragraph))).toEqual({ articleId: id, paragraph })
        },
      ),
    )
  })

  it('writes the documented form', () => {
    expect(passageLink('000_f6b6277f5f03b554', 4)).toBe('stance-reader://open?article=000_f6b6277f5f03b554&paragraph=5')
    expect(passageLink('a b&c', null)).toBe('stance-reader://open?article=a+b%26c')
  })

  it.each([
    ['another scheme', 'https://open?article=x'],
    ['javascript', 'javascript:alert(1)//stance-reader://open?article=x'],
    ['another action', 'stance-reader://delete?article=x'],
    ['a path', 'stance-reader://open/../../etc/passwd?article=x'],
    ['credentials', 'stance-reader://user:pw@open?article=x'],
    ['a port', 'stance-reader://open:80?article=x'],
    ['a fragment', 'stance-reader://open?article=x#y'],
    ['no article', 'stance-reader://open?paragraph=2'],
    ['an empty article', 'stance-reader://open?article=&paragraph=2'],
    ['two articles', 'stance-reader://open?article=a&article=b'],
    ['an unknown parameter', 'stance-reader://open?article=a&file=/etc/passwd'],
    ['paragraph 0 (they count from 1)', 'stance-reader://open?article=a&paragraph=0'],
    ['a negative paragraph', 'stance-reader://open?article=a&paragraph=-1'],
    ['a fractional paragraph', 'stance-reader://open?article=a&paragraph=1.5'],
    ['a huge paragraph', 'stance-reader://open?article=a&paragraph=99999999'],
    ['a control character', 'stance-reader://open?article=a%00b'],
    ['an id longer than any import keeps', `stance-reader://open?article=${'x'.repeat(MAX_ID + 1)}`],
    ['not a string', 42],
  ])('refuses %s', (_what, raw) => {
    expect(parsePassageLink(raw)).toBeNull()
  })

  it('finds the link among command-line arguments', () => {
    const argv = ['/opt/Stance Reader/stance-reader', '--no-sandbox', 'stance-reader://open?article=a&paragraph=3']
    expect(passageLinkIn(argv)).toEqual({ articleId: 'a', paragraph: 2 })
    expect(passageLinkIn(['app', 'stance-reader://evil?x=1'])).toBeNull()
  })
})
