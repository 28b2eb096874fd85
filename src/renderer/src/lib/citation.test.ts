import { describe, expect, it } from 'vitest'
import { citation, withCitation } from './citation'

const TASS = {
  title: 'Russia can ensure nuclear parity avoiding arms race — Kremlin spokesman',
  source: 'TASS',
  date: '2019-09-24',
}

describe('citation', () => {
  it('names outlet, date, title and paragraph', () => {
    expect(citation(TASS, 2)).toBe(
      '— TASS, 24 Sep 2019, “Russia can ensure nuclear parity avoiding arms race — Kremlin spokesman”, paragraph 3',
    )
  })

  it('says so when the outlet or date is unknown, and adds the link when known', () => {
    expect(citation({ title: 'T', source: null, date: null, url: 'https://example.org/a' }, null)).toBe(
      '— unknown source, undated, “T” <https://example.org/a>',
    )
  })

  it('puts the citation under the copied text', () => {
    expect(withCitation('  Russia will not participate in it. ', TASS, 0)).toBe(
      'Russia will not participate in it.\n\n— TASS, 24 Sep 2019, “Russia can ensure nuclear parity avoiding arms race — Kremlin spokesman”, paragraph 1',
    )
  })
})
