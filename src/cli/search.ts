// `cli search "<query>" [--corpus DIR|FILE.jsonl | --library DIR] [--json] [--limit N] [--offset M]
// [--sort relevance|date|oldest]`: the articles matching, best (or newest) first, with their passages.
import type { Article, SearchPage, SearchSort } from '../shared/types'
import { CliError, parseFlags, type Command } from './args'
import { corpusFlagOptions, loadArticlesForCli, searchIndexForCli } from './corpus'
import { articleLine, emphasize } from './format'

const usage =
  'cli search "<query>" [--corpus DIR|FILE.jsonl | --library DIR] [--json] [--limit N] [--offset M] [--sort relevance|date|oldest]'

/** `date` is newest first, as a news search lists by date; `oldest` the other way. */
const SORTS: Record<string, SearchSort> = { relevance: 'relevance', date: 'newest', newest: 'newest', oldest: 'oldest' }

function readable(page: SearchPage, articles: Map<string, Article>): string {
  const shown = page.hits.length
  const range = shown === 0 ? '' : `, showing ${page.offset + 1}–${page.offset + shown}`
  const head = `${page.total.toLocaleString('en')} article${page.total === 1 ? '' : 's'}, ${page.passages.toLocaleString('en')} passage${page.passages === 1 ? '' : 's'}${range}`
  const hits = page.hits.map((hit, i) => {
    const article = articles.get(hit.articleId) as Article
    const lines = [
      `${page.offset + i + 1}. ${articleLine(article)}`,
      `   ${hit.articleId}  score ${hit.score.toFixed(2)}  ${hit.passages} passage${hit.passages === 1 ? '' : 's'}`,
    ]
    for (const snippet of hit.snippets)
      lines.push(`   ¶${snippet.paragraph + 1}  ${emphasize(snippet.text, snippet.marks)}`)
    return lines.join('\n')
  })
  return [head, ...hits].join('\n\n')
}

function wholeNumber(value: string | undefined, flag: string, fallback: number, min: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < min)
    throw new CliError(`${flag} must be a whole number of ${min} or more, not "${value}"`, 2, usage)
  return n
}

export const search: Command = {
  usage,
  async run(argv) {
    const { values, positionals } = parseFlags(
      argv,
      {
        ...corpusFlagOptions,
        json: { type: 'boolean' },
        limit: { type: 'string' },
        offset: { type: 'string' },
        sort: { type: 'string' },
      },
      usage,
    )
    const query = positionals.join(' ').trim()
    if (!query) throw new CliError('no query given', 2, usage)
    const limit = wholeNumber(values.limit, '--limit', 50, 1)
    const offset = wholeNumber(values.offset, '--offset', 0, 0)
    const sort = SORTS[values.sort ?? 'relevance']
    if (!sort) throw new CliError(`--sort must be relevance, date or oldest, not "${values.sort}"`, 2, usage)

    const loaded = await loadArticlesForCli(values)
    if (loaded.articles.length > 2000 && loaded.cacheDir)
      process.stderr.write(`loading the search index for ${loaded.label}…\n`)
    const page = (await searchIndexForCli(loaded)).searchPage({ query, limit, offset, sort })
    if (values.json) {
      const hits = page.hits.map((hit) => ({
        articleId: hit.articleId,
        score: hit.score,
        passages: hit.passages,
        snippets: hit.snippets.map((s) => s.text),
      }))
      process.stdout.write(`${JSON.stringify({ total: page.total, passages: page.passages, hits }, null, 2)}\n`)
    } else if (page.total === 0) {
      process.stdout.write(`No articles match ${JSON.stringify(query)}.\n`)
    } else {
      process.stdout.write(`${readable(page, new Map(loaded.articles.map((a) => [a.id, a])))}\n`)
    }
    return 0
  },
}
