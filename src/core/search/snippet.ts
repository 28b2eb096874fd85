// Snippets: the part of a paragraph around its matches, with the matches marked.
// Marks come from the same analyzer as the index, so "treaties" is marked for a query "treaty".
import type { Article, Mark, Snippet } from '../../shared/types'
import { findPhrase } from '../text/text'
import { analyze } from './analyze'
import type { ParsedQuery } from './query'
import type { ParagraphScore } from './rank'

const SNIPPETS_PER_ARTICLE = 3

export interface Matcher {
  /** Index terms (stemmed). */
  terms: Set<string>
  /** Lower-cased word prefixes from `prefix*` query words. */
  prefixes: string[]
  phrases: string[]
}

const initials = new WeakMap<Matcher, Set<number> | undefined>()

/**
 * First letters of the query's terms and prefixes: a word starting otherwise cannot match (see `analyze`).
 * Undefined (read every word) if one is empty, which every word would start with.
 */
function initialsOf(matcher: Matcher): Set<number> | undefined {
  if (!initials.has(matcher)) {
    const starts = [...matcher.terms, ...matcher.prefixes]
    initials.set(matcher, starts.includes('') ? undefined : new Set(starts.map((term) => term.charCodeAt(0))))
  }
  return initials.get(matcher)
}

/** Ranges of `text` that match the query, sorted and merged. */
export function findMarks(text: string, matcher: Matcher): Mark[] {
  const marks: Mark[] = []
  if (matcher.terms.size > 0 || matcher.prefixes.length > 0) {
    for (const token of analyze(text, initialsOf(matcher))) {
      const hit =
        (token.term !== null && matcher.terms.has(token.term)) ||
        matcher.prefixes.some((prefix) => token.word.startsWith(prefix))
      if (hit) marks.push([token.start, token.end])
    }
  }
  for (const phrase of matcher.phrases) marks.push(...findPhrase(text, phrase))
  return mergeMarks(marks)
}

export function mergeMarks(marks: Mark[]): Mark[] {
  const sorted = [...marks].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Mark[] = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/** Runs of whitespace (wire text keeps its line breaks) become one space; marks follow the text. */
function collapse(text: string, marks: Mark[]): { text: string; marks: Mark[] } {
  // Each run [start, end) of two or more whitespace characters, or of one that is not a plain space.
  const runs: Array<[number, number]> = []
  for (const run of text.matchAll(/\s+/g)) {
    if (run[0] !== ' ') runs.push([run.index, run.index + run[0].length])
  }
  if (runs.length === 0) return { text, marks: marks.map(([s, e]) => [s, e] as Mark).filter(([s, e]) => e > s) }
  // Where character `offset` of `text` lands in the collapsed text (a run keeps its first character only).
  const at = (offset: number) => {
    let removed = 0
    for (const [start, end] of runs) {
      if (offset <= start) break
      if (offset < end) return start - removed + 1
      removed += end - start - 1
    }
    return offset - removed
  }
  return {
    text: text.replace(/\s+/g, ' '),
    marks: marks.map(([s, e]) => [at(s), at(e)] as Mark).filter(([s, e]) => e > s),
  }
}

/**
 * The paragraph around its best cluster of marks, cut at word boundaries to about `width`
 * characters, with "…" where text was cut and marks relative to the snippet.
 */
export function makeSnippet(paragraph: number, text: string, marks: Mark[], width = 240): Snippet {
  if (text.length <= width + 60) return { paragraph, ...collapse(text, marks) }
  // The window showing the most different matched words wins, then the one showing the most matches.
  // Candidate starts: the first few hundred marks, plus the first mark of each different word, so a
  // rare word late in a long paragraph is not crowded out by a common one.
  const keyOf = ([s, e]: Mark) => text.slice(s, e).toLowerCase()
  const firstOfEach = new Map<string, Mark>()
  for (const mark of marks) if (!firstOfEach.has(keyOf(mark))) firstOfEach.set(keyOf(mark), mark)
  const starts = marks.length ? [...marks.slice(0, 200), ...firstOfEach.values()] : [[0, 0] as Mark]
  let from = 0
  let best = -1
  for (const [start] of starts) {
    const windowStart = Math.max(0, start - Math.floor(width / 4))
    const inside = marks.filter(([s, e]) => s >= windowStart && e <= windowStart + width)
    const score = new Set(inside.map(keyOf)).size * 10_000 + inside.length
    if (score > best) {
      best = score
      from = windowStart
    }
  }
  let to = Math.min(text.length, from + width)
  // Move the cut points back to word boundaries, so no word is shown in half.
  if (from > 0) {
    const space = text.lastIndexOf(' ', from)
    from = space >= 0 && from - space < 30 ? space + 1 : from
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to)
    to = space > from ? space : to
  }
  const lead = from > 0 ? '…' : ''
  const tail = to < text.length ? '…' : ''
  const inside = marks
    .filter(([s, e]) => e > from && s < to)
    .map(([s, e]) => [Math.max(s, from) - from + lead.length, Math.min(e, to) - from + lead.length] as Mark)
  const body = collapse(lead + text.slice(from, to) + tail, inside)
  return { paragraph, ...body }
}

/** What marks a query's matches: its words (stemmed), prefixes and phrases; excluded words are not marked. */
export function matcherOf(query: ParsedQuery): Matcher {
  const alternatives = query.groups.flat()
  const words = alternatives.flatMap((a) => (a.kind === 'word' ? [a.word] : []))
  return {
    terms: new Set(words.filter((w) => !w.prefix).map((w) => w.term)),
    prefixes: words.filter((w) => w.prefix).map((w) => w.term),
    phrases: alternatives.flatMap((a) => (a.kind === 'phrase' ? [a.text] : [])),
  }
}

/** Where the query matches in the article's paragraphs, as body offsets in order (what the reader marks). */
export function markArticle(article: Article, query: ParsedQuery): Mark[] {
  const matcher = matcherOf(query)
  const marks: Mark[] = []
  for (const p of article.paragraphs) {
    if (p.kind === 'chrome') continue
    for (const [start, end] of findMarks(article.body.slice(p.start, p.end), matcher))
      marks.push([p.start + start, p.start + end])
  }
  return marks
}

/** Best paragraphs first, preferring those where a match can be shown; at least one snippet per hit. */
export function snippetsOf(article: Article, ranked: ParagraphScore[], matcher: Matcher): Snippet[] {
  const withMarks: Snippet[] = []
  let fallback: Snippet | null = null
  for (const { paragraph } of ranked) {
    const p = paragraph === null ? undefined : article.paragraphs[paragraph]
    if (!p) continue
    const text = article.body.slice(p.start, p.end)
    const marks = findMarks(text, matcher)
    if (marks.length > 0) withMarks.push(makeSnippet(p.index, text, marks))
    else fallback ??= makeSnippet(p.index, text, [])
    if (withMarks.length >= SNIPPETS_PER_ARTICLE) break
  }
  return withMarks.length > 0 ? withMarks : fallback ? [fallback] : []
}
