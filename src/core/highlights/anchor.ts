// Anchoring a highlight to article text the way Hypothesis does: W3C TextPosition + TextQuote
// selectors, re-found on load by position, then by quote and context, then approximately.
// Takes plain strings so it works on any text, whatever loaded it.
import { createHash } from 'node:crypto'
import search from 'approx-string-match'
import type { AnchorStatus, TextAnchor } from '../../shared/types'

/** Characters of context kept on each side of the quote. */
export const CONTEXT_LENGTH = 32
/** Share of the quote's length that may differ in a fuzzy match. */
export const FUZZY_ERROR_SHARE = 0.15
/** Below this length a quote is too common to look for approximately. */
export const MIN_FUZZY_LENGTH = 12

export type TextSelectors = Omit<TextAnchor, 'articleId'>

export interface Placement {
  status: AnchorStatus
  start?: number
  end?: number
}

/** sha256 of the text, first 16 hex digits: enough to tell one version of an article from another. */
export function textHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex').slice(0, 16)
}

/** The selectors for `body.slice(start, end)`. Throws on a range outside the text or an empty one. */
export function describe(body: string, start: number, end: number, hash = textHash(body)): TextSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > body.length || start >= end) {
    throw new RangeError(`range [${start}, ${end}) is not inside a text of ${body.length} characters`)
  }
  return {
    textHash: hash,
    start,
    end,
    quote: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: body.slice(end, end + CONTEXT_LENGTH),
  }
}

/** Re-find a highlight in (possibly changed) text. Never guesses: an unsure match is an orphan. */
export function anchor(body: string, selectors: TextSelectors, hash = textHash(body)): Placement {
  const { quote, start, end } = selectors
  if (quote.length === 0) return { status: 'orphan' }

  if (body.slice(start, end) === quote && (hash === selectors.textHash || contextAgrees(body, selectors, start, end))) {
    return { status: 'exact', start, end }
  }

  const exact = bestExactOccurrence(body, selectors)
  if (exact) return place(exact.start, exact.start + quote.length, selectors)

  const fuzzy = bestFuzzyMatch(body, selectors)
  if (fuzzy) return { status: 'fuzzy', start: fuzzy.start, end: fuzzy.end }
  return { status: 'orphan' }
}

function place(s: number, e: number, selectors: TextSelectors): Placement {
  return s === selectors.start && e === selectors.end
    ? { status: 'exact', start: s, end: e }
    : { status: 'moved', start: s, end: e }
}

interface Candidate {
  start: number
  end: number
  score: number
  context: number
  errorShare: number
}

const MAX_OCCURRENCES = 10_000

/** Every exact occurrence of the quote, scored by how well its context and position agree. */
function bestExactOccurrence(body: string, selectors: TextSelectors): Candidate | undefined {
  const { quote } = selectors
  const found: Candidate[] = []
  for (let at = body.indexOf(quote); at !== -1 && found.length < MAX_OCCURRENCES; at = body.indexOf(quote, at + 1)) {
    found.push(score(body, selectors, at, at + quote.length, 0))
  }
  const best = pickBest(found)
  if (!best) return undefined
  // A long quote found once is the passage itself even if all around it was rewritten;
  // a short or repeated one needs its context to agree, or it may be another passage.
  const distinctive = found.length === 1 && quote.trim().length >= 24
  if (!hasContext(selectors) || distinctive || best.context >= 0.5) return best
  return undefined
}

/** Approximate matches near the old position first, then anywhere; context must agree as well. */
function bestFuzzyMatch(body: string, selectors: TextSelectors): Candidate | undefined {
  const { quote } = selectors
  if (quote.trim().length < MIN_FUZZY_LENGTH) return undefined
  const budget = Math.max(1, Math.floor(quote.length * FUZZY_ERROR_SHARE))
  const margin = Math.max(256, quote.length * 2)
  const windowStart = Math.max(0, selectors.start - margin)
  const windowEnd = Math.min(body.length, selectors.end + margin)
  const near = fuzzyCandidates(body, selectors, windowStart, windowEnd, budget)
  const best = pickBest(near.filter((c) => acceptable(c, selectors)))
  if (best) return best
  if (windowStart === 0 && windowEnd === body.length) return undefined
  return pickBest(fuzzyCandidates(body, selectors, 0, body.length, budget).filter((c) => acceptable(c, selectors)))
}

function fuzzyCandidates(
  body: string,
  selectors: TextSelectors,
  from: number,
  to: number,
  budget: number,
): Candidate[] {
  const text = body.slice(from, to)
  return search(text, selectors.quote, budget).map((m) =>
    score(body, selectors, from + m.start, from + m.end, m.errors),
  )
}

/**
 * Without stored context (a migrated highlight) only a close match is trusted. With it, the more
 * the quote differs the more its context must agree: a near-duplicate sentence elsewhere in the
 * article differs a little in both, and must not take the place of a passage that was deleted.
 */
function acceptable(c: Candidate, selectors: TextSelectors): boolean {
  if (c.end <= c.start) return false
  if (!hasContext(selectors)) return c.errorShare <= FUZZY_ERROR_SHARE / 2
  return c.context >= 0.5 && c.errorShare / FUZZY_ERROR_SHARE + (1 - c.context) <= 1
}

function hasContext(selectors: TextSelectors): boolean {
  return selectors.prefix.length > 0 || selectors.suffix.length > 0
}

function contextAgrees(body: string, selectors: TextSelectors, start: number, end: number): boolean {
  return !hasContext(selectors) || score(body, selectors, start, end, 0).context >= 0.5
}

/** Context agreement is the better of the two sides: an edit on one side must not lose the match. */
function score(body: string, selectors: TextSelectors, start: number, end: number, errors: number): Candidate {
  const prefix = contextSimilarity(selectors.prefix, body, Math.max(0, start - 2 * CONTEXT_LENGTH), start, 'before')
  const suffix = contextSimilarity(
    selectors.suffix,
    body,
    end,
    Math.min(body.length, end + 2 * CONTEXT_LENGTH),
    'after',
  )
  const errorShare = errors / selectors.quote.length
  const quote = 1 - errorShare
  const distance = Math.abs(start - selectors.start) / Math.max(1, body.length)
  const context = Math.max(prefix, suffix) * 0.75 + Math.min(prefix, suffix) * 0.25
  return { start, end, context, errorShare, score: quote * 0.5 + context * 0.4 + (1 - distance) * 0.1 }
}

/**
 * How well the stored context matches the text next to a candidate. The stored context is looked for
 * approximately in twice its length of text, so words inserted right beside the quote do not hide it.
 * A context shorter than usual means the quote sat at the start or end of the text: it must still.
 */
function contextSimilarity(stored: string, body: string, from: number, to: number, side: 'before' | 'after'): number {
  if (stored.length < CONTEXT_LENGTH) {
    const near =
      side === 'before' ? body.slice(Math.max(0, to - CONTEXT_LENGTH), to) : body.slice(from, from + CONTEXT_LENGTH)
    return similarity(stored, near)
  }
  const matches = search(body.slice(from, to), stored, stored.length)
  const errors = matches.reduce((min, m) => Math.min(min, m.errors), stored.length)
  return 1 - errors / stored.length
}

function pickBest(candidates: Candidate[]): Candidate | undefined {
  let best: Candidate | undefined
  for (const c of candidates) if (!best || c.score > best.score) best = c
  return best
}

/** 1 − normalised Levenshtein distance. Context strings are at most 32 characters, so this is cheap. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1
  const longest = Math.max(a.length, b.length)
  if (longest === 0) return 1
  return 1 - levenshtein(a, b) / longest
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
    }
    previous = current
  }
  return previous[b.length] ?? 0
}

/** Where a typed quote occurs in the body: exactly, or with any run of whitespace standing for any other. */
export function findQuote(
  body: string,
  quote: string,
): { start: number; end: number; occurrences: number } | undefined {
  const wanted = quote.trim()
  if (!wanted) return undefined
  const exact: number[] = []
  for (let at = body.indexOf(wanted); at !== -1; at = body.indexOf(wanted, at + 1)) exact.push(at)
  if (exact.length > 0) return { start: exact[0]!, end: exact[0]! + wanted.length, occurrences: exact.length }
  const pattern = wanted
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+')
  const matches = [...body.matchAll(new RegExp(pattern, 'g'))]
  const first = matches[0]
  if (!first || first.index === undefined) return undefined
  return { start: first.index, end: first.index + first[0].length, occurrences: matches.length }
}
