// Who speaks in each paragraph: the person, body or described people whose position it reports.
// Found from reporting verbs ("Peskov said", "said the president", "according to Mr. Grushko", "traders
// said"), with pronouns carried from the last speaker, and role descriptions ("the Kremlin spokesman said")
// from the one holder of that role the article names, earlier or later (roles.ts). Names are then
// made whole per article (names.ts): "Peskov" is "Dmitry Peskov", "GM" is "General Motors Corp".
import type { Article } from '../../shared/types'
import type { Speaker } from './kind'
import { canonicalNames, headingSet, type ArticleSpeakers } from './names'
import { analyseParagraph, type Attribution, type Run } from './parse'
import { KnownNames } from './known'
import { mentionOf } from './mentions'
import { blankQuotes, hideTickers } from './quotes'
import { learn, namesSomeoneElse, newState, notice, remember, resolve } from './resolve'

export type { Speaker, SpeakerKind } from './kind'
export type { ArticleSpeakers } from './names'

const cache = new WeakMap<Article, ArticleSpeakers>()

/** Speakers of every non-chrome paragraph with their kinds and aliases. Cached per article object. */
export function attributionsOf(article: Article): ArticleSpeakers {
  let result = cache.get(article)
  if (!result) {
    const paragraphs = article.paragraphs.map((p) => ({
      index: p.index,
      text: article.body.slice(p.start, p.end),
      chrome: p.kind === 'chrome',
      heading: p.kind === 'heading',
      headline: p.headline,
      section: p.section,
    }))
    result = readSpeakers(paragraphs)
    cache.set(article, result)
  }
  return result
}

/** Takes in an attribution read from the persisted cache (cache.ts) as the article's own. */
export function seedAttributions(article: Article, speakers: ArticleSpeakers): void {
  if (!cache.has(article)) cache.set(article, speakers)
}

/** Whether the article's speakers are worked out already (in memory). */
export const hasAttributions = (article: Article): boolean => cache.has(article)

const names = new WeakMap<Article, Map<number, string | null>>()

/** The canonical speaker name of every non-chrome paragraph, by paragraph index. Cached per article object. */
export function speakersOf(article: Article): Map<number, string | null> {
  let result = names.get(article)
  if (!result) {
    result = new Map([...attributionsOf(article).byParagraph].map(([index, s]) => [index, s?.name ?? null]))
    names.set(article, result)
  }
  return result
}

/** Who said a paragraph, for the speaker filter (cached per article; warmed in the background). */
export const speakerOf = (article: Article, paragraph: number) => speakersOf(article).get(paragraph) ?? null

/**
 * Works out and caches the speakers of those of `articles` not done yet, and says how many that was: the
 * workspace warms the cache in the background so that a first comparison does not pay for it. An article
 * whose attribution fails is left alone here; the comparison that needs it reports the error.
 */
export function warmSpeakers(articles: Iterable<Article>): number {
  let computed = 0
  for (const article of articles) {
    if (cache.has(article)) continue
    try {
      attributionsOf(article)
      computed++
    } catch {
      // see above
    }
  }
  return computed
}

export interface SpeakerInput {
  index: number
  text: string
  chrome?: boolean
  heading?: boolean
  /** The article's own headline: it owns no section. */
  headline?: boolean
  /** Index of the section heading this paragraph is under. */
  section?: number
}

/** Canonical speaker names by paragraph index (for text that is not an Article). */
export function attributeSpeakers(paragraphs: SpeakerInput[]): Map<number, string | null> {
  return new Map([...readSpeakers(paragraphs).byParagraph].map(([index, s]) => [index, s?.name ?? null]))
}

const headOf = (attribution: Attribution): string | undefined => {
  const subject = attribution.subject
  if (subject.type === 'group') return subject.head
  if (subject.type === 'run') return subject.run.role.at(-1)
  return undefined
}

export function readSpeakers(paragraphs: SpeakerInput[]): ArticleSpeakers {
  // Chrome is never read below, so it is not analysed either.
  const analysed = paragraphs.map((p) => ({
    ...p,
    parts: p.chrome ? { runs: [], attributions: [] } : analyseParagraph(p.text, Boolean(p.heading)),
  }))

  // First pass: everything the whole article says about who holds which role (a headline may come first).
  const whole = new KnownNames()
  for (const p of analysed) if (!p.chrome) for (const run of p.parts.runs) learn(whole, run) // captions run names together

  const seen = new KnownNames()
  const state = newState()
  const speakers = new Map<number, Speaker | null>()
  let previous: { index: number; speaker: Speaker | null } | null = null
  for (const p of analysed) {
    if (p.chrome) continue
    let speaker: Speaker | null = null
    let attributed = false
    let runIndex = 0
    const runs = p.parts.runs
    seen.learnBracketed(p.text)
    const blank = blankQuotes(hideTickers(p.text)) // as the runs' positions count
    const absorbRunsBefore = (position: number) => {
      while (runIndex < runs.length && (runs[runIndex] as Run).position < position) {
        const mention = mentionOf(runs[runIndex] as Run, runs[runIndex - 1], runs[runIndex + 1], blank)
        if (mention) state.mentioned.push(mention)
        notice(seen, whole, state, runs[runIndex++] as Run)
      }
    }
    for (const attribution of p.parts.attributions) {
      absorbRunsBefore(attribution.position)
      const found = resolve(attribution, seen, whole, state)
      if (found === undefined) continue // not an attribution after all ("according to the interview")
      attributed = true
      speaker = found
      // A report whose author is not known says nothing of who "he" or "it" is next.
      const unknownWriting = !found && attribution.subject.type === 'statement' && attribution.subject.writing
      if (!attribution.cited && !unknownWriting) remember(found, state, headOf(attribution), attribution.inStatement)
      // Who the speaker addresses in the same sentence ("Volcker told committee chairman St. Germain") is not a new subject.
      const sentenceEnd = p.text.slice(attribution.position).search(/[.!?]["'\u201D]?(?:\s|$)/)
      absorbRunsBefore(sentenceEnd < 0 ? Infinity : attribution.position + sentenceEnd)
      if (found && state.lastPerson === found) state.otherPersonSince = false
      break
    }
    absorbRunsBefore(Infinity)
    if (!seen.lead && speakers.size === 0) seen.learnLead(p.text)
    if (!attributed && previous && continuesQuote(p, runs, previous, whole)) speaker = previous.speaker
    speakers.set(p.index, speaker)
    previous = { index: p.index, speaker }
  }
  for (const p of paragraphs)
    if (p.heading && !p.headline && !speakers.get(p.index))
      speakers.set(p.index, sectionSpeaker(p.index, paragraphs, speakers))
  const names = canonicalNames(
    speakers,
    analysed.flatMap((p) => p.parts.runs),
    whole,
    analysed.filter((p) => !p.chrome).map((p) => p.text),
  )
  return { ...names, headings: headingSet(paragraphs.filter(isSectionHeading).map((p) => p.index)) }
}

/**
 * A section heading ("Treaty with Japan") states nothing itself: the comparison may show it with its section's
 * speaker, but the reader and the ledger do not file it as a statement.
 */
const isSectionHeading = (p: SpeakerInput) => Boolean(p.heading && !p.headline && !p.chrome)

/** A section heading ("Treaty with Japan") speaks with its section when everyone attributed there is one speaker. */
function sectionSpeaker(heading: number, paragraphs: SpeakerInput[], speakers: Map<number, Speaker | null>) {
  const said = new Map<string, Speaker>()
  for (const p of paragraphs) {
    const speaker = p.section === heading && !p.chrome ? speakers.get(p.index) : null
    if (speaker) said.set(speaker.name, speaker)
  }
  return said.size === 1 ? ([...said.values()][0] as Speaker) : null
}

const SOMEONE_ELSE =
  /\b(?:one|another|a|an)\s+(?!of\b)(?:[\w-]+\s+){1,6}(?:said|says|added|commented)\b|\b(?:said|says|commented)\s+(?:one|another|a|an)\s+(?!of\b)\w/i

/**
 * A paragraph that opens with a quotation right after an attributed one continues that speaker's quote,
 * unless someone else is named outside the quotation: an attribution we could not read may be theirs.
 */
function continuesQuote(
  p: SpeakerInput,
  runs: Run[],
  previous: { index: number; speaker: Speaker | null },
  whole: KnownNames,
): boolean {
  return (
    !p.heading &&
    previous.index === p.index - 1 &&
    /^\s*["\u201C\u00AB]/.test(p.text) &&
    // ('"…," said one arbitrager': someone else, described and not named, speaks; '"…," one said' may be one of them.)
    !SOMEONE_ELSE.test(p.text.replace(/["\u201C][^"\u201D]*["\u201D]/g, ' ')) &&
    !runs.some((run) => namesSomeoneElse(run, previous.speaker?.name ?? null, whole))
  )
}
