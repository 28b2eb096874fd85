// Finding a topic's terms in a paragraph: word tokens with offsets, stemmed as the search index stems,
// and term patterns matched over them (see terms.ts for the syntax).
import lunr from 'lunr'
import type { Mark } from '../../shared/types'
import {
  breaksPhrase,
  isAcronym,
  modifies,
  negated,
  possessive,
  writtenLowerCase,
  type WrittenWord,
} from './phrase-rules'
import { termWords } from './terms'

export interface Token extends WrittenWord {
  /** Lower-cased, accents and possessive 's removed: what a wildcard prefix is compared with. */
  plain: string
  /** `plain` stemmed as the index stems it. */
  stem: string
  /** `plain` with only inflection removed (weapons → weapon, racing → rac, but peaceful stays). */
  inflected: string
}

/** One shape for every word (a prefix, or stem and inflected form), so matching stays monomorphic. */
interface WordPattern {
  /** Set for a wildcard word ("militar*"): the start every matching word has. */
  prefix: string | null
  stem: string
  inflected: string
  acronym: boolean
  /** Typed with 's: only then may the term go on after a possessive. */
  possessive: boolean
}

export interface TermPattern {
  /** The term as stored, for reporting which term matched. */
  term: string
  exact: boolean
  words: WordPattern[]
  /**
   * Strings that text folded by `foldForMatch` must all contain for the term to match in it: each word's
   * prefix, or the start its inflected form shares with every word it matches (see `needleOf`).
   */
  needles: string[]
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019\u2018][\p{L}\p{N}]+)*/gu

/** Between two words of a term, at most this many other words (unquoted terms only). */
const MAX_GAP = 1

const forms = new Map<string, { stem: string; inflected: string }>()

/**
 * Two words are the same word when both their Porter stems (as lunr's index stems, so every match is
 * among the index's candidates) and their inflection-only forms agree: Porter alone would make
 * "peaceful" a "peace" and "general" a "generous".
 */
export function wordForms(plain: string): { stem: string; inflected: string } {
  let form = forms.get(plain)
  if (form === undefined) {
    form = { stem: lunr.stemmer(new lunr.Token(plain, {})).toString(), inflected: withoutInflection(plain) }
    if (forms.size > 200_000) forms.clear() // bounded: a big import must not grow this forever
    forms.set(plain, form)
  }
  return form
}

/** English plural, -ed and -ing endings off, and a final e, so race ~ races ~ raced ~ racing. */
export function withoutInflection(word: string): string {
  let w = word
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`
  else if (/(?:ss|sh|ch|x|z)es$/.test(w)) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1)
  else if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3))
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2))
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w
}

const undouble = (w: string) => (/([^aeiouls])\1$/.test(w) ? w.slice(0, -1) : w)

/** Lower case, no accents, plain apostrophe, no possessive. */
export function plainWord(word: string): string {
  const lower = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
  return lower.endsWith("'s") && lower.length > 2 ? lower.slice(0, -2) : lower
}

type Forms = { plain: string; stem: string; inflected: string }

/** Word as written → its forms. Words repeat, so tokenizing is mostly a map lookup, not normalize + stem. */
const written = new Map<string, Forms>()

function formsOf(word: string): Forms {
  let form = written.get(word)
  if (form === undefined) {
    const plain = plainWord(word)
    form = { plain, ...wordForms(plain) }
    if (written.size > 200_000) written.clear() // bounded, as `forms` is
    written.set(word, form)
  }
  return form
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let last = 0
  for (const match of text.matchAll(WORD)) {
    const form = formsOf(match[0])
    tokens.push({
      start: match.index,
      end: match.index + match[0].length,
      written: match[0],
      before:
        tokens.length === 0 ? '' : match.index === last + 1 && text[last] === ' ' ? ' ' : text.slice(last, match.index),
      plain: form.plain,
      stem: form.stem,
      inflected: form.inflected,
    })
    last = match.index + match[0].length
  }
  return tokens
}

export function compileTerm(term: string): TermPattern {
  const { exact, words } = termWords(term)
  const patterns = words.map((word): WordPattern => {
    const wildcard = word.endsWith('*')
    const forms = wildcard ? { stem: '', inflected: '' } : wordForms(plainWord(word))
    return {
      prefix: wildcard ? plainWord(word.slice(0, -1)) : null,
      stem: forms.stem,
      inflected: forms.inflected,
      acronym: isAcronym(word),
      possessive: /['\u2019]s$/i.test(word),
    }
  })
  return { term, exact, words: patterns, needles: patterns.map(needleOf) }
}

/**
 * What the plain form of every word matching `word` starts with. A prefix pattern: the prefix. Otherwise
 * the inflected form, which is the plain word with endings cut, except that -ies became -y: without a
 * final y it is a prefix of the plain word in every case.
 */
function needleOf(word: WordPattern): string {
  const needle =
    word.prefix !== null ? word.prefix : word.inflected.endsWith('y') ? word.inflected.slice(0, -1) : word.inflected
  return needle.replace(/ς/g, 'σ')
}

/**
 * Text folded as `plainWord` folds each word (accents off, lower case, plain apostrophes; final sigma made
 * σ, since lower-casing a word alone and within text can differ there), so a paragraph the term can match
 * in holds every needle. Exact: a paragraph that fails `mayMatch` has no match, so it is not tokenized.
 */
export function foldForMatch(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/.test(text)) return text.toLowerCase()
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .replace(/\u03C2/g, '\u03C3')
}

/** False only when the term cannot match in the text `foldForMatch` gave (see `needles`). */
export function mayMatch(pattern: TermPattern, folded: string): boolean {
  for (const needle of pattern.needles) if (!folded.includes(needle)) return false
  return true
}

function wordMatches(pattern: WordPattern, token: Token): boolean {
  const same =
    pattern.prefix !== null
      ? token.plain.startsWith(pattern.prefix)
      : token.stem === pattern.stem && token.inflected === pattern.inflected
  return same && !(pattern.acronym && writtenLowerCase(token))
}

/** Every occurrence of the term, as marks into the tokenized text (non-overlapping, left to right). */
export function findTerm(pattern: TermPattern, tokens: Token[]): Mark[] {
  const marks: Mark[] = []
  const first = pattern.words[0]
  if (!first) return marks
  let allCaps: boolean | undefined // asked only for a capitalised gap word, so worked out only then
  const run: Run = {
    words: pattern.words,
    tokens,
    gap: pattern.exact ? 0 : MAX_GAP,
    allCaps: () => (allCaps ??= tokens.every((t) => t.written === t.written.toUpperCase())),
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!wordMatches(first, tokens[i] as Token) || negated(tokens[i] as Token, tokens[i - 1])) continue
    const end = matchRest(run, 1, i)
    if (end < 0) continue
    marks.push([(tokens[i] as Token).start, (tokens[end] as Token).end])
    i = end
  }
  return marks
}

interface Run {
  words: WordPattern[]
  tokens: Token[]
  /** Words allowed between two term words: 0 for a quoted phrase. */
  gap: number
  /** A headline in capitals: capitals there do not mark a name. */
  allCaps: () => boolean
}

/** Index of the token that completes words[k..] after token `at`, or -1. Tries each allowed gap. */
function matchRest(run: Run, k: number, at: number): number {
  const word = run.words[k]
  if (!word) return at
  const { tokens } = run
  if (possessive(tokens[at] as Token) && !run.words[k - 1]?.possessive) return -1
  for (let skip = 0; skip <= run.gap; skip++) {
    const next = tokens[at + 1 + skip]
    if (!next) return -1
    const between = tokens[at + skip] as Token
    if (breaksPhrase(between, next.before)) return -1 // nothing after a sentence or clause end can join
    if (skip === 1) {
      const place = { allCaps: run.allCaps, previous: tokens[at] as Token, lead: tokens[at - 1], first: k === 1 }
      if (!modifies(between, next, place)) continue
    }
    if (wordMatches(word, next) && !negated(next, tokens[at + skip])) {
      const end = matchRest(run, k + 1, at + 1 + skip)
      if (end >= 0) return end
    }
  }
  return -1
}

/** Matches of any of the patterns, merged and sorted; `found` collects which terms matched. */
export function findAny(patterns: TermPattern[], tokens: Token[], found?: Set<string>): Mark[] {
  const all: Mark[] = []
  for (const pattern of patterns) {
    const marks = findTerm(pattern, tokens)
    if (marks.length && found) found.add(pattern.term)
    all.push(...marks)
  }
  return mergeMarks(all)
}

/** Sorted, with overlapping or touching ranges joined. */
export function mergeMarks(marks: Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Mark[] = []
  for (const [start, end] of sorted) {
    const last = merged.at(-1)
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}
