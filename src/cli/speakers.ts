// `cli speakers [--library DIR | --corpus DIR|FILE.jsonl] [--json]`: every speaker, most statements first.
// `cli speaker "<name or alias>" [--topic T] [...] [--json]`: one speaker's statements in date order.
import type { Topic } from '../shared/types'
import { paragraphKey, SpeakerLedger, type SpeakerEntry, type Statement } from '../core/speakers/ledger'
import { join } from 'node:path'
import { SpeakerCorrections, SpeakerStoreError } from '../core/speakers/corrections'
import { SpeakerCache } from '../core/speakers/cache'
import { readSavedTopics } from '../core/settings/config-store'
import { storePaths, userDataDir } from '../core/fs/paths'
import { compare as compareTopic, scanCandidates } from '../core/topics'
import { CliError, parseFlags, type Command } from './args'
import { chooseTopic } from './compare'
import { comparableArticles, corpusFlagOptions, loadArticlesForCli, type CorpusFlags } from './corpus'

const listUsage = 'cli speakers [--library DIR | --corpus DIR|FILE.jsonl] [--json]'
const oneUsage =
  'cli speaker "<name or alias>" [--topic "<topic name or id>"] [--library DIR | --corpus DIR|FILE.jsonl] [--json]'

/** The app's speaker corrections (speakers.json in the user data folder), read only; none if unreadable. */
export function appSpeakerCorrections(): SpeakerCorrections {
  try {
    return new SpeakerCorrections(join(userDataDir(), 'speakers.json'))
  } catch (error) {
    if (!(error instanceof SpeakerStoreError)) throw error
    process.stderr.write(`warning: ${error.message}; speakers are shown without corrections\n`)
    return new SpeakerCorrections(null)
  }
}

/**
 * The ledger with the app's speaker corrections. A library's attributions come from the cache the app keeps
 * beside its index (what is not there is worked out, and the cache written again); a corpus folder has none.
 */
async function ledgerFor(flags: CorpusFlags) {
  const corpus = await loadArticlesForCli(flags)
  const cache = corpus.cacheDir ? new SpeakerCache(corpus.cacheDir) : null
  await cache?.load(corpus.articles)
  const articles = comparableArticles(corpus.articles)
  const corrections = appSpeakerCorrections()
  const ledger = SpeakerLedger.build(articles, corrections.overrides(articles), corrections.renames())
  await cache?.save(corpus.articles)
  return { articles, ledger }
}

const entryJson = (e: SpeakerEntry) => ({
  name: e.name,
  kind: e.kind,
  aliases: e.aliases,
  count: e.count,
  first: e.first,
  last: e.last,
})

const KIND_LABEL = { person: 'person', organisation: 'organisation', role: 'role/group' } as const

function readableList(entries: SpeakerEntry[]): string {
  if (entries.length === 0) return 'No speakers found.'
  const width = Math.min(40, Math.max(...entries.map((e) => e.name.length)))
  return entries
    .map((e) => {
      const dates = e.first === e.last ? (e.first ?? 'undated') : `${e.first ?? '?'} – ${e.last ?? '?'}`
      const aka = e.aliases.length ? `  (also ${e.aliases.join(', ')})` : ''
      return `${e.name.padEnd(width)}  ${KIND_LABEL[e.kind].padEnd(12)} ${String(e.count).padStart(4)}  ${dates}${aka}`
    })
    .join('\n')
}

function readableTimeline(entry: SpeakerEntry, statements: Statement[], topic: Topic | null): string {
  const head = `${entry.name} (${KIND_LABEL[entry.kind]})${entry.aliases.length ? `, also ${entry.aliases.join(', ')}` : ''}: ${statements.length} statement${statements.length === 1 ? '' : 's'}${topic ? ` on ${topic.name}` : ''}`
  const lines = statements.map(
    (s) =>
      `${s.date ?? 'undated'}  ${s.source ?? s.articleId}  ¶${s.paragraph + 1}${s.confirmed ? ' (confirmed)' : ''}\n  ${s.text}`,
  )
  return [head, ...lines].join('\n\n')
}

export const speakers: Command = {
  usage: listUsage,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { ...corpusFlagOptions, json: { type: 'boolean' } }, listUsage)
    if (positionals.length) throw new CliError(`unexpected argument ${JSON.stringify(positionals[0])}`, 2, listUsage)
    const { ledger } = await ledgerFor(values)
    const entries = ledger.list()
    if (values.json) process.stdout.write(`${JSON.stringify({ speakers: entries.map(entryJson) }, null, 2)}\n`)
    else process.stdout.write(`${readableList(entries)}\n`)
    return 0
  },
}

export const speaker: Command = {
  usage: oneUsage,
  async run(argv) {
    const { values, positionals } = parseFlags(
      argv,
      { ...corpusFlagOptions, topic: { type: 'string' }, json: { type: 'boolean' } },
      oneUsage,
    )
    const name = positionals.join(' ').trim()
    if (!name) throw new CliError('no speaker name given', 2, oneUsage)
    const { articles, ledger } = await ledgerFor(values)
    const entry = ledger.find(name)
    if (!entry) throw new CliError(`no speaker named ${JSON.stringify(name)} (list them with: cli speakers)`)
    let topic: Topic | null = null
    let within: Set<string> | undefined
    if (values.topic !== undefined) {
      const { topics, problems } = readSavedTopics(storePaths(userDataDir()).config)
      for (const problem of problems) process.stderr.write(`warning: ${problem}\n`)
      topic = chooseTopic(values.topic, undefined, topics)
      const comparison = compareTopic(topic, articles, scanCandidates(articles))
      within = new Set(comparison.columns.flatMap((c) => c.passages.map((p) => paragraphKey(c.articleId, p.paragraph))))
    }
    const statements = ledger.timeline(entry, within)
    if (values.json) {
      const json = {
        name: entry.name,
        kind: entry.kind,
        aliases: entry.aliases,
        ...(topic ? { topic: topic.name } : {}),
        statements: statements.map((s) => ({
          articleId: s.articleId,
          date: s.date,
          source: s.source,
          paragraph: s.paragraph,
          text: s.text,
          ...(s.confirmed ? { confirmed: true } : {}),
        })),
      }
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
    } else process.stdout.write(`${readableTimeline(entry, statements, topic)}\n`)
    return 0
  },
}
