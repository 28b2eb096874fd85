// One topic across many articles: for each article, in date order, the passages that address it.
import lunr from 'lunr'
import type { Article, Column, Comparison, IsoDate, Mark, Paragraph, Passage, Topic } from '../../shared/types'
import { compileTerm, findAny, foldForMatch, mayMatch, mergeMarks, tokenize, type TermPattern } from './match'
import { speakersOf } from '../speakers/speaker'
import { termWords } from './terms'
import { sortByDate } from '../../shared/dates'

/**
 * Where candidate paragraphs come from: the search index, or a full scan.
 * `candidates(terms)` gives, per article id, paragraphs that may hold one of the terms (a superset is fine:
 * every candidate article is checked in full against the text).
 */
export interface CandidateSource {
  candidates(terms: string[]): Map<string, Set<number>>
}

export interface CompareFilter {
  articleIds?: string[]
  sources?: string[]
  /** Inclusive ISO dates. With either bound set, undated articles are left out. */
  from?: IsoDate
  to?: IsoDate
}

/** The correct fallback for any topic: every article is a candidate. */
export function scanCandidates(articles: readonly Article[]): CandidateSource {
  return {
    candidates() {
      const all = new Map<string, Set<number>>()
      for (const article of articles) all.set(article.id, new Set(article.paragraphs.map((p) => p.index)))
      return all
    },
  }
}

/** Terms as the comparison reports them: co-terms written with their + (the syntax a user would type). */
export function displayTerms(topic: Pick<Topic, 'terms' | 'coTerms'>): string[] {
  return [...topic.terms, ...topic.coTerms.map((term) => `+${term}`)]
}

export function compare(
  topic: Topic,
  articles: readonly Article[],
  source: CandidateSource,
  filter: CompareFilter = {},
): Comparison {
  const chosen = sortByDate(articles.filter((article) => passes(article, filter)))
  const patterns = topic.terms.map(compileTerm)
  const coPatterns = topic.coTerms.map(compileTerm)
  const candidateIds = needsScan(topic.terms)
    ? null
    : new Set(
        source.candidates(topic.terms.map((term) => term.replace(/["\u201C\u201D\u201E\u00AB\u00BB]/g, ''))).keys(),
      )
  const columns = chosen.map((article): Column => {
    const passages = candidateIds && !candidateIds.has(article.id) ? [] : findPassages(article, patterns, coPatterns)
    const column: Column = {
      articleId: article.id,
      date: article.date,
      source: article.source,
      title: article.title,
      mentioned: passages.length > 0,
      passages,
    }
    if (article.alsoFiledAs?.length) column.alsoFiledAs = article.alsoFiledAs
    return column
  })
  return { topic: topic.name, terms: displayTerms(topic), columns }
}

/**
 * Terms an index cannot be trusted with: wildcards (it stems, we compare prefixes of unstemmed words) and
 * terms made only of stop words (it does not index them). Those topics look at every article.
 */
function needsScan(terms: string[]): boolean {
  return terms.some((term) => {
    const { words } = termWords(term)
    return (
      words.some((word) => word.endsWith('*')) ||
      words.every((word) => !lunr.stopWordFilter(new lunr.Token(word.toLowerCase(), {})))
    )
  })
}

function passes(article: Article, filter: CompareFilter): boolean {
  if (filter.articleIds && !filter.articleIds.includes(article.id)) return false
  if (filter.sources && !filter.sources.includes(article.source ?? '')) return false
  if (filter.from || filter.to) {
    if (!article.date) return false
    if (filter.from && article.date < filter.from) return false
    if (filter.to && article.date > filter.to) return false
  }
  return true
}

/** A paragraph that opens by pointing back at the one before: "This, …", "These measures …". */
const CONTINUATION = /^(?:This|These|Such|That)\b[\s,]/

interface Hits {
  terms: Mark[]
  co: Mark[]
}

/**
 * The passages of one article, in reading order. A paragraph addresses the topic when it holds a term, or
 * when its section heading does (the heading carries its section); with co-terms, one must also occur in
 * the paragraph or anywhere in its section. Chrome is never looked at; headlines own no section.
 */
export function findPassages(article: Article, patterns: TermPattern[], coPatterns: TermPattern[]): Passage[] {
  const whole = foldForMatch(article.body)
  if (!patterns.some((pattern) => mayMatch(pattern, whole))) return []
  const content = article.paragraphs.filter((p) => p.kind !== 'chrome')
  const hits = new Map<number, Hits>()
  const none: Hits = { terms: [], co: [] }
  // Only paragraphs that can hold a term (or co-term) are tokenized: most of a candidate article cannot.
  for (const p of content) {
    const text = article.body.slice(p.start, p.end)
    const folded = foldForMatch(text)
    const may = patterns.filter((pattern) => mayMatch(pattern, folded))
    const coMay = coPatterns.filter((pattern) => mayMatch(pattern, folded))
    if (may.length === 0 && coMay.length === 0) {
      hits.set(p.index, none)
      continue
    }
    const tokens = tokenize(text)
    hits.set(p.index, { terms: may.length ? findAny(may, tokens) : [], co: coMay.length ? findAny(coMay, tokens) : [] })
  }
  const sectionOf = (p: Paragraph) => (p.kind === 'heading' && !p.headline ? p.index : p.section)
  const sectionHasCo = new Set<number>()
  for (const p of content) {
    const section = sectionOf(p)
    if (section !== undefined && hits.get(p.index)?.co.length) sectionHasCo.add(section)
  }
  const coSatisfied = (p: Paragraph) => {
    if (coPatterns.length === 0 || hits.get(p.index)?.co.length) return true
    const section = sectionOf(p)
    return section !== undefined && sectionHasCo.has(section)
  }
  const addresses = (p: Paragraph) => Boolean(hits.get(p.index)?.terms.length) && coSatisfied(p)
  const byIndex = new Map(article.paragraphs.map((p) => [p.index, p]))
  const carried = (p: Paragraph) => {
    const heading = p.section === undefined ? undefined : byIndex.get(p.section)
    return heading !== undefined && heading.kind === 'heading' && addresses(heading)
  }

  const chosen: Paragraph[] = []
  let previousChosen = false
  for (const p of content) {
    const text = article.body.slice(p.start, p.end)
    // "This, according to Mr. Grushko, …" right after a passage goes on about the same thing.
    const continues: boolean = previousChosen && p.kind === 'text' && CONTINUATION.test(text) && coSatisfied(p)
    previousChosen = addresses(p) || (p.kind !== 'heading' && carried(p)) || continues
    if (previousChosen) chosen.push(p)
  }
  if (chosen.length === 0) return []
  const speakers = speakersOf(article)
  return chosen.map((p) => {
    const own = hits.get(p.index) as Hits
    return {
      paragraph: p.index,
      start: p.start,
      end: p.end,
      text: article.body.slice(p.start, p.end),
      speaker: speakers.get(p.index) ?? null,
      marks: mergeMarks([...own.terms, ...own.co]),
    }
  })
}
