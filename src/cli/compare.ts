// `cli compare --topic "<name>" [--terms "<terms>"] [--corpus DIR|FILE.jsonl | --library DIR] [--json]`:
// one topic across the corpus, one column per article in date order, with passages and speakers.
import type { Article, Comparison, Topic } from '../shared/types'
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

const usage =
  'cli compare --topic "<topic name or id: a preset or one saved in the app>" [--terms "<terms>"] [--corpus DIR|FILE.jsonl | --library DIR] [--json | --width N]\n' +
  '  --terms   comma-separated terms, "quoted phrases", word*, +co-term; defines the topic on the fly\n' +
  "            (with a preset's name, it replaces that preset's terms and co-terms)\n" +
  '  --width   characters a line for the side-by-side columns (default: the terminal, or 120)'

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

/** The JSON: no marks, nothing else. */
export function comparisonJson(comparison: Comparison) {
  return {
    topic: comparison.topic,
    terms: comparison.terms,
    columns: comparison.columns.map((column) => ({
      articleId: column.articleId,
      date: column.date,
      source: column.source,
      title: column.title,
      mentioned: column.mentioned,
      passages: column.passages.map(({ paragraph, start, end, text, speaker }) => ({
        paragraph,
        start,
        end,
        text,
        speaker,
      })),
      ...(column.alsoFiledAs?.length ? { alsoFiledAs: column.alsoFiledAs } : {}),
    })),
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
function savedTopics(): Topic[] {
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
        width: { type: 'string' },
      },
      usage,
    )
    if (positionals.length) throw new CliError(`unexpected argument ${JSON.stringify(positionals[0])}`, 2, usage)
    if (values.topic === undefined && values.terms === undefined)
      throw new CliError('give --topic or --terms', 2, usage)
    const width = lineWidth(values.width)
    const topic = chooseTopic(values.topic, values.terms, savedTopics())
    const corpus = await loadCompareCorpus(values)
    const comparison = compareTopic(topic, corpus.articles, corpus.candidates)
    if (values.json) process.stdout.write(`${JSON.stringify(comparisonJson(comparison), null, 2)}\n`)
    else process.stdout.write(`${readableComparison(comparison, width)}\n`)
    return 0
  },
}
