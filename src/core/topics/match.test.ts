// The paragraph pre-check of comparison (mayMatch) must never skip a paragraph a term matches in:
// a skipped paragraph is never tokenized, so a wrong "no" would silently drop a passage.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseJsonLines } from '../library/records'
import { reutersLines } from '../testing/library'
import { compileTerm, findTerm, foldForMatch, mayMatch, tokenize } from './match'

const holds = (term: string, text: string) => findTerm(compileTerm(term), tokenize(text)).length > 0

describe('mayMatch', () => {
  it('is true wherever the term matches: inflections, -ies, accents, apostrophes, final sigma, wildcards', () => {
    const cases: Array<[string, string]> = [
      ['party', 'the parties met'],
      ['parties', 'a party'],
      ['policy', 'Policies of the Bank'],
      ['race', 'racing ahead'],
      ['produce missiles', 'produced such missiles'],
      ["Japan's", 'JAPAN’S surplus'],
      ['café', 'the CAFE on the corner'],
      ['cafe', 'un café crème'],
      ['ΟΔΟΣ', 'ο δρόμος ΟΔΟΣ.Α'],
      ['militar*', 'Militarisation'],
      ['guy', 'a guy said'],
    ]
    for (const [term, text] of cases) {
      expect(holds(term, text), `${term} in ${text}`).toBe(true)
      expect(mayMatch(compileTerm(term), foldForMatch(text)), `${term} in ${text}`).toBe(true)
    }
    expect(mayMatch(compileTerm('debt crisis'), foldForMatch('The crisis deepened'))).toBe(false)
  })

  it('never says no where a term of words from the text matches (generated text)', () => {
    const word = fc.constantFrom(
      'party',
      'parties',
      'Policy',
      'racing',
      'raced',
      'ÉTAT',
      'état',
      'O’Neill',
      "o'neill's",
      'ΟΔΟΣ',
      'οδος',
      'guys',
      'guy',
      'boxes',
      'Box',
      'İstanbul',
      'istanbul',
      'peaceful',
      'peace',
      'weapons',
    )
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(' ', ', ', '. ', '-', '\n', '.')), { maxLength: 12 })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(''))
    const term = fc
      .array(word, { minLength: 1, maxLength: 3 })
      .chain((words) =>
        fc.constantFrom(words.join(' '), `"${words.join(' ')}"`, `${words[0]!.replace(/[^\p{L}]/gu, '').slice(0, 4)}*`),
      )
    fc.assert(
      fc.property(text, term, (t, raw) => {
        if (/^\p{L}{0,2}\*$/u.test(raw)) return // not a valid term (checkTerm refuses it)
        if (holds(raw, t)) expect(mayMatch(compileTerm(raw), foldForMatch(t))).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('never says no where a term matches in real Reuters paragraphs', () => {
    const records = parseJsonLines('reuters.jsonl', reutersLines(1, 1500)).records
    const terms = [
      'oil',
      'crude oil prices',
      'OPEC',
      'debt crisis',
      'interest rate*',
      'U.S.',
      'trade',
      'Japan’s',
      'company',
      'said',
    ]
    let matched = 0
    for (const term of terms) {
      const pattern = compileTerm(term)
      for (const record of records) {
        for (const paragraph of record.body.split(/\n(?=\s)/)) {
          if (findTerm(pattern, tokenize(paragraph)).length === 0) continue
          matched++
          expect(mayMatch(pattern, foldForMatch(paragraph)), `${term} in ${record.id}`).toBe(true)
        }
      }
    }
    expect(matched).toBeGreaterThan(1000)
  })
})
