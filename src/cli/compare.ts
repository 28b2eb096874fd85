// `cli compare --topic "<name>" [--terms "<terms>"] [--corpus DIR|FILE.jsonl | --library DIR] [--format md|csv|json]`:
// one topic across the corpus, one column per article in date order, with passages and speakers.
import { existsSync } from 'node:fs'
import type { Article, PlacedHighlight, Topic } from '../shared/types'
import {
  compare as compareTopic,
  findTopic,
  parseTerms,
  scanCandidates,
  TermSyntaxError,
  type CandidateSource,
} from '../core/topics'
import { readSavedTopics } from '../core/settings/config-store'
import { storePaths, userDataDir } from '../core/fs/paths'
import { writeFileSafely } from '../core/fs/write-file'
import { Highlights } from '../core/highlights/service'
import { openStore } from '../core/highlights/store/store'
import { comparisonReport } from '../core/topics/report-file'
import type { ReportFormat } from '../core/topics/report'
import { CliError, parseFlags, type Command } from './args'
import {
  cachedIndexForCli,
  comparableArticles,
  corpusFlagOptions,
  loadArticlesForCli,
  type CorpusFlags,
} from './corpus'
import { MIN_COLUMN_WIDTH, readableComparison } from './compare-layout'

export { readableComparison } from './compare-layout'
export { comparisonJson } from '../core/topics/report'

const usage =
  'cli compare --topic "<topic name or id: a preset or one saved in the app>" [--terms "<terms>"] [--corpus DIR|FILE.jsonl | --library DIR]\n' +
  '            [--format md|csv|json | --json] [--out FILE] [--mentioned-only] [--articles id,id] [--width N] [--store FILE]\n' +
  '  --terms           comma-separated terms, "quoted phrases", word*, +co-term; defines the topic on the fly\n' +
  "                    (with a preset's name, it replaces that preset's terms and co-terms)\n" +
  '  --format          md: a report (front matter, a section per mentioning article, the others, the search);\n' +
  '                    csv: one row a passage; json: every column (--json is the same)\n' +
  '  --out             write the report to FILE instead of printing it\n' +
  '  --mentioned-only  leave out the articles that do not mention the topic\n' +
  '  --articles        compare only these article ids\n' +
  "  --store           highlights file whose stance labels the report shows (default: the app's, if any)\n" +
  '  --width           characters a line for the side-by-side columns (default: the terminal, or 120)'

const FORMATS: readonly ReportFormat[] = ['md', 'csv', 'json']

/** --format, or json for --json; undefined for the readable columns. */
export function reportFormat(format: string | undefined, json: boolean | undefined): ReportFormat | undefined {
  if (format === undefined) return json ? 'json' : undefined
  if (!FORMATS.includes(format as ReportFormat))
    throw new CliError(`--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(format)}`, 2, usage)
  if (json && format !== 'json') throw new CliError(`--json and --format ${format} disagree; give one`, 2, usage)
  return format as ReportFormat
}

/** "a,b, c" → ids; an empty list is a mistake, not "all". */
export function articleIds(flag: string | undefined): string[] | undefined {
  if (flag === undefined) return undefined
  const ids = flag
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
  if (ids.length === 0) throw new CliError('--articles needs at least one article id', 2, usage)
  return ids
}

/** The highlights a report takes stance labels from: --store, else the app's file when there is one. */
function highlightsFor(store: string | undefined, articles: Article[]): PlacedHighlight[] {
  const path = store ?? storePaths(userDataDir()).highlights
  if (!existsSync(path)) return [] // no highlights yet: no stance labels
  const byId = new Map(articles.map((a) => [a.id, a]))
  const opened = openStore(path)
  for (const notice of opened.notices) process.stderr.write(`${notice.level}: ${notice.message}\n`)
  return new Highlights(opened, (id) => byId.get(id)).list()
}

export interface CompareCorpus {
  articles: Article[]
  /** Where candidate paragraphs come from; a full scan unless a ready index is at hand. */
  candidates: CandidateSource
}

/**
 * The one place the compare command gets its articles: `--library DIR`, `--corpus DIR|FILE.jsonl`, or the
 * bundled corpus (see cli/corpus.ts). Near-identical copies are folded into their story's pane.
 */
export async function loadCompareCorpus(flags: CorpusFlags): Promise<CompareCorpus> {
  const corpus = await loadArticlesForCli(flags)
  const articles = comparableArticles(corpus.articles)
  // A cached library index gives candidates at once; otherwise one scan costs less than a build.
  const index = await cachedIndexForCli(corpus)
  return { articles, candidates: index ?? scanCandidates(articles) }
}

/** The topic named by --topic, or defined by --terms (which wins over a preset of the same name). */
export function chooseTopic(name: string | undefined, termsLine: string | undefined, topics: Topic[]): Topic {
  const preset = name === undefined ? undefined : findTopic(topics, name)
  if (termsLine === undefined) {
    if (preset) return preset
    throw new CliError(
      `unknown topic ${JSON.stringify(name)}; presets: ${topics.map((t) => t.name).join(', ')} (or define one with --terms)`,
    )
  }
  let parsed
  try {
    parsed = parseTerms(termsLine)
  } catch (error) {
    if (error instanceof TermSyntaxError) throw new CliError(`--terms: ${error.message}`, 2, usage)
    throw error
  }
  if (parsed.terms.length === 0) throw new CliError('--terms has no terms (co-terms alone match nothing)', 2, usage)
  return {
    id: preset?.id ?? 'custom',
    name: preset?.name ?? name ?? termsLine.trim(),
    description: preset?.description ?? '',
    terms: parsed.terms,
    coTerms: parsed.coTerms,
    preset: false,
  }
}

/** --width, else the terminal's width, else 120 (piped output has no width of its own). */
export function lineWidth(flag: string | undefined): number {
  if (flag === undefined) return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 120
  const width = Number(flag)
  if (!Number.isInteger(width) || width < MIN_COLUMN_WIDTH || width > 10_000)
    throw new CliError(
      `--width must be a whole number from ${MIN_COLUMN_WIDTH} to 10000, not ${JSON.stringify(flag)}`,
      2,
      usage,
    )
  return width
}

/** Presets and the topics the user saved in the app (config.json in the user data folder), read only. */
export function savedTopics(): Topic[] {
  const { topics, problems } = readSavedTopics(storePaths(userDataDir()).config)
  for (const problem of problems) process.stderr.write(`warning: ${problem}\n`)
  return topics
}

export const compare: Command = {
  usage,
  async run(argv) {
    const { values, positionals } = parseFlags(
      argv,
      {
        topic: { type: 'string' },
        terms: { type: 'string' },
        ...corpusFlagOptions,
        json: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        'mentioned-only': { type: 'boolean' },
        articles: { type: 'string' },
        store: { type: 'string' },
        width: { type: 'string' },
      },
      usage,
    )
    if (positionals.length) throw new CliError(`unexpected argument ${JSON.stringify(positionals[0])}`, 2, usage)
    if (values.topic === undefined && values.terms === undefined)
      throw new CliError('give --topic or --terms', 2, usage)
    const format = reportFormat(values.format, values.json)
    const ids = articleIds(values.articles)
    const width = lineWidth(values.width)
    const topic = chooseTopic(values.topic, values.terms, savedTopics())
    const corpus = await loadCompareCorpus(values)
    if (ids) {
      const known = new Set(corpus.articles.map((a) => a.id))
      const missing = ids.filter((id) => !known.has(id))
      if (missing.length)
        throw new CliError(`--articles: no article with id ${missing.map((id) => JSON.stringify(id)).join(', ')}`)
    }
    const comparison = compareTopic(topic, corpus.articles, corpus.candidates, ids ? { articleIds: ids } : {})
    const mentionedOnly = values['mentioned-only'] ?? false
    const text =
      format === undefined
        ? `${readableComparison(mentionedOnly ? { ...comparison, columns: comparison.columns } : comparison, width)}\n`
        : comparisonReport(comparison, format, {
            mentionedOnly,
            highlights: format === 'json' ? [] : highlightsFor(values.store, corpus.articles),
          }).text
    if (values.out === undefined) process.stdout.write(text)
    else {
      writeFileSafely(values.out, text)
      process.stderr.write(`wrote ${values.out}\n`)
    }
    return 0
  },
}
