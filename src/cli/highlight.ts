// `cli highlight add|list`: the app's highlights from the command line, in the same store by default.
import { topicsOf } from '../shared/highlight-topics'
import type { Article, PlacedHighlight } from '../shared/types'
import { findQuote } from '../core/highlights/anchor'
import { HighlightError, Highlights } from '../core/highlights/service'
import { storePaths, userDataDir } from '../core/fs/paths'
import { openStore, StoreWriteError } from '../core/highlights/store/store'
import { LockPathError, LockTimeoutError } from '../core/fs/lock'
import { WriteFailure } from '../core/fs/write-file'
import { NotFoundError } from '../shared/errors'
import { CliError, parseFlags, type Command } from './args'
import { corpusFlagOptions, loadArticlesForCli, type CorpusFlags } from './corpus'

const usage = [
  'cli highlight add --article <id> --quote "<exact text>" [--color yellow|green|blue|red|purple] [--note "..."] [--tags a,b] [--stance <label>] [--topic "<name>"] [--store FILE] [--corpus DIR | --library DIR] [--json]',
  '       cli highlight list [--store FILE] [--corpus DIR | --library DIR] [--json]',
].join('\n')

/** The store and the articles its highlights are placed on; store notices (backups...) go to stderr. */
export async function openHighlightsForCli(
  flags: CorpusFlags & { store?: string },
): Promise<{ highlights: Highlights; articles: Map<string, Article> }> {
  const corpus = await loadArticlesForCli(flags)
  const articles = new Map(corpus.articles.map((a) => [a.id, a]))
  let store
  try {
    store = openStore(flags.store ?? storePaths(userDataDir()).highlights)
  } catch (error) {
    asCliError(error)
  }
  for (const notice of store.notices) process.stderr.write(`${notice.level}: ${notice.message}\n`)
  return { highlights: new Highlights(store, (id) => articles.get(id)), articles }
}

/** Errors the user can act on, as one clear line and exit 1. */
export function asCliError(error: unknown): never {
  if (
    error instanceof HighlightError ||
    error instanceof NotFoundError ||
    error instanceof StoreWriteError ||
    error instanceof WriteFailure ||
    error instanceof LockTimeoutError ||
    error instanceof LockPathError
  )
    throw new CliError(error.message)
  throw error
}

function line(h: PlacedHighlight): string {
  const where = h.current ? `¶${h.current.paragraph + 1}` : 'ORPHAN'
  const quote = h.quote.replace(/\s+/g, ' ')
  const meta = [h.color, h.stance, ...topicsOf(h), ...h.tags.map((t) => `#${t}`)].filter(Boolean).join(' ')
  return `${h.id}  ${h.articleId} ${where}  [${meta}]  “${quote.length > 80 ? `${quote.slice(0, 79)}…` : quote}”${h.note ? `\n    note: ${h.note.replace(/\n/g, ' ')}` : ''}`
}

export const highlight: Command = {
  usage,
  async run(argv) {
    const [sub, ...rest] = argv
    if (sub === 'add') return add(rest)
    if (sub === 'list') return list(rest)
    throw new CliError(sub ? `unknown highlight command "${sub}"` : 'missing highlight command', 2, usage)
  },
}

async function add(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      ...corpusFlagOptions,
      article: { type: 'string' },
      quote: { type: 'string' },
      color: { type: 'string', default: 'yellow' },
      note: { type: 'string' },
      tags: { type: 'string' },
      stance: { type: 'string' },
      topic: { type: 'string' },
      store: { type: 'string' },
      json: { type: 'boolean' },
    },
    usage,
  )
  if (positionals.length > 0) throw new CliError(`unexpected argument "${positionals[0]}"`, 2, usage)
  if (!values.article) throw new CliError('--article <id> is required', 2, usage)
  if (!values.quote?.trim()) throw new CliError('--quote "<exact text>" is required', 2, usage)
  const { highlights, articles } = await openHighlightsForCli(values)
  const article = articles.get(values.article)
  if (!article) throw new CliError(`no article "${values.article}" in the corpus (see: cli search)`)
  const found = findQuote(article.body, values.quote)
  if (!found) throw new CliError(`the quote does not occur in article ${article.id}: "${values.quote}"`)
  let added: PlacedHighlight
  try {
    added = highlights.add({
      articleId: article.id,
      start: found.start,
      end: found.end,
      color: values.color as PlacedHighlight['color'],
      note: values.note,
      tags: values.tags?.split(',') ?? [],
      stance: values.stance ?? null,
      topic: values.topic ?? null,
    })
  } catch (error) {
    asCliError(error)
  }
  // said only once the highlight is saved, so a rejected colour or stance is not preceded by it
  if (found.occurrences > 1) {
    process.stderr.write(
      `note: the quote occurs ${found.occurrences} times in ${article.id}; highlighted the first (at character ${found.start}). Give a longer quote to pick another.\n`,
    )
  }
  process.stdout.write(values.json ? `${JSON.stringify(added, null, 2)}\n` : `added ${line(added)}\n`)
  return 0
}

async function list(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    { ...corpusFlagOptions, store: { type: 'string' }, json: { type: 'boolean' } },
    usage,
  )
  if (positionals.length > 0) throw new CliError(`unexpected argument "${positionals[0]}"`, 2, usage)
  const { highlights } = await openHighlightsForCli(values)
  const all = highlights.list()
  if (values.json) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`)
  else process.stdout.write(all.length === 0 ? 'no highlights\n' : `${all.map(line).join('\n')}\n`)
  return 0
}
