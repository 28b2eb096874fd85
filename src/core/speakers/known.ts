// What an article has taught the attribution so far: who holds which role, which bodies and companies it named.
import type { Holder } from './roles'
import { COMPANY_SUFFIXES } from './words'

/** The holder of a role the article mentions without a name ("an analyst"). */
export const SOMEONE = '\u0000someone'

/** What the article has taught us so far: who holds which role, which bodies it named. */
export class KnownNames {
  /** "kremlin spokesman" → "Peskov". */
  readonly roles: Holder[] = []
  /** "russian foreign ministry" → "Russian Foreign Ministry". */
  readonly bodies: Holder[] = []
  readonly persons = new Set<string>()
  /** Every word of a person's full name ("Kim" of "Kim Mahn-je"): "Kim told reporters" is that person. */
  readonly personWords = new Set<string>()
  /** Companies by name, in the order the article names them ("Kowloon-Canton Railway Corp"). */
  readonly companies: string[] = []
  /** The company the story opens with ("Acme Corp reported …"): what "the company said" means after others spoke. */
  lead: string | undefined
  readonly #known = new Set<string>()

  learn(list: 'roles' | 'bodies', words: string[], name: string): void {
    const key = `${list}|${words.join(' ')}|${name}`
    if (this.#known.has(key)) return
    this.#known.add(key)
    this[list].push({ words, name })
    if (list === 'bodies' && COMPANY_SUFFIXES.has(name.split(' ').at(-1)?.toLowerCase().replace(/\./g, '') ?? ''))
      this.companies.push(name)
  }

  /** The story's first paragraph opens with a company's name (learned from it): that company leads the story. */
  learnLead(text: string): void {
    const plain = (t: string) => t.replace(/[.<>]/g, '').replace(/\s+/g, ' ').trim()
    const opening = plain(text).replace(/^The /, '')
    // ("Aluminum Co of Canada Ltd" opens with "Aluminum Co", which is not the company.)
    this.lead = this.companies.find(
      (name) => opening.startsWith(`${plain(name)} `) && !opening.startsWith(`${plain(name)} of `),
    )
  }

  /** Reuters writes an unlisted company's name in angle brackets ("<DHL Worldwide Express>"): a company, suffix or not. */
  learnBracketed(text: string): void {
    for (const [, inside] of text.matchAll(/<([^<>]{2,60})>/g)) {
      const name = (inside as string).replace(/\s+/g, ' ').trim()
      if (/\p{Ll}/u.test(name) && !this.companies.includes(name)) this.companies.push(name) // not a ticker
    }
  }
}
