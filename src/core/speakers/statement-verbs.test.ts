// Statements put out in writing and statement verbs read in wire English, on hand-made wire text.
import { describe, expect, it } from 'vitest'
import { attributeSpeakers } from './speaker'

const speakers = (...texts: string[]) => [...attributeSpeakers(texts.map((text, index) => ({ index, text }))).values()]

describe('statements and statement verbs', () => {
  it('reads "a Ministry communique said", "a Treasury release said" as the body named before the writing', () => {
    expect(
      speakers(
        'Peru will cut fuel imports, a Mining and Energy Ministry communique said.',
        'Banks may open accounts at any branch, a Treasury release said.',
        'The Acme announcement said it would merge.',
      ),
    ).toEqual(['Mining and Energy Ministry', 'Treasury', 'Acme'])
    // A date or a lower-case word before the writing names no one.
    expect(speakers('The March announcement said the issue would fund it.')).toEqual([null])
    expect(speakers('Prices rose, a press release said.')).toEqual([null])
  })

  it('reads "reported last week that", "announced on Monday it would", "disclosed in a filing with X that"', () => {
    expect(
      speakers(
        'The Labour Department reported last week that jobless claims rose.',
        'Acme Corp announced on March nine it would close a plant.',
        'Acme Corp disclosed in a filing with the Securities and Exchange Commission that it holds 6 pct of Zeta Inc.',
      ),
    ).toEqual(['Labour Department', 'Acme Corp', 'Acme Corp'])
    // A place or a relative clause after the verb is no time phrase.
    expect(
      speakers('Acme Corp announced in Tokyo that it would.', 'Acme Corp reported in the quarter that ended a loss.'),
    ).toEqual([null, null])
  })

  it('reads a clause without "that" after "announced", "reported", "denied" but not their objects', () => {
    expect(
      speakers(
        'Trade Minister Ana Ruiz announced on radio the country would curb imports.',
        'Acme Corp said sales rose. The company also announced a new cheap printer will be sold in May.',
        'The Tokyo Shimbun reported Baker phoned Miyazawa.',
      ),
    ).toEqual(['Ana Ruiz', 'Acme Corp', 'Tokyo Shimbun'])
    expect(
      speakers('Acme Corp announced a dividend of five cts.', 'Zeta Inc reported a loss of two mln dlrs last year.'),
    ).toEqual([null, null])
  })

  it('reads party members in the plural as people: "Republicans in Congress", "Democrats and Republicans"', () => {
    expect(
      speakers(
        'Republicans in Congress said the plan was sound.',
        'Democrats and Republicans said the vote would pass.',
        'Democrats said they would wait.',
      ),
    ).toEqual(['Republicans in Congress', 'Democrats and Republicans', 'Democrats'])
    expect(speakers('Westpac Banking Corp in New Zealand said rates rose.')).toEqual(['Westpac Banking Corp'])
  })

  it('reads views stated: "praised", "hailed", "faulted … for", "dismissed the reports", "…, accusing it of"', () => {
    expect(
      speakers(
        'Senator Ann Doyle praised the choice of a new envoy.',
        'Senator Tom Reed faulted the auditors for missing the losses.',
        'Finance Minister Jan Kole dismissed press reports the currency would be devalued.',
        'The Federal Trade Commission sued Zeta Inc, accusing it of misleading buyers.',
        'Yesterday, Beta Group filed a suit against Zeta Inc charging it with fraud.',
      ),
    ).toEqual(['Ann Doyle', 'Tom Reed', 'Jan Kole', 'Federal Trade Commission', 'Beta Group'])
    expect(
      speakers(
        'A judge dismissed a lawsuit by the union.',
        'The plan was widely praised as a cure.',
        'The bank will begin charging interest in May.',
      ),
    ).toEqual([null, null, null])
  })

  it('reads "with dealers attributing the fall to …": the people in a phrase with its own subject', () => {
    expect(
      speakers(
        'The rand fell against the dollar with foreign exchange dealers attributing the fall to unrest.',
        'Bonds ended steady, with many analysts saying the market awaits the trade figures.',
      ),
    ).toEqual(['foreign exchange dealers', 'analysts'])
    expect(speakers('Acme Corp sold shares, saying it needed cash.')).toEqual(['Acme Corp'])
  })

  it('reads "Some House Democrats, including Speaker Jim Wright, said" as the people before those included', () => {
    expect(
      speakers(
        'Some Senate Republicans, including Senator Bob Dole of Kansas, said they would vote no.',
        'Rates will rise, senior economists, including Ken Sato of Fuji Bank, said.',
        'Costs fell on savings, including the sale of its offices, said Ann Ruiz.',
      ),
    ).toEqual(['Senate Republicans', 'senior economists', 'Ann Ruiz'])
  })
})
