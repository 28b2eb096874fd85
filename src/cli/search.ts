// `cli search "<query>" [--corpus DIR|FILE.jsonl | --library DIR] [--json] [--limit N]`: ranked articles with snippets.
import type { Article, SearchHit } from '../shared/types'
import { CliError, parseFlags, type Command } from './args'
import { corpusFlagOptions, loadArticlesForCli, searchIndexForCli } from './corpus'
import { articleLine, emphasize } from './format'

const usage = 'cli search "<query>" [--corpus DIR|FILE.jsonl | --library DIR] [--json] [--limit N]'

function readable(hits: SearchHit[], articles: Map<string, Article>): string {
  return hits
    .map((hit, i) => {
      const article = articles.get(hit.articleId) as Article
      const lines = [`${i + 1}. ${articleLine(article)}`, `   ${hit.articleId}  score ${hit.score.toFixed(2)}`]
      for (const snippet of hit.snippets)
        lines.push(`   ¶${snippet.paragraph + 1}  ${emphasize(snippet.text, snippet.marks)}`)
      return lines.join('\n')
    })
    .join('\n\n')
}

export const search: Command = {
  usage,
  async run(argv) {
    const { values, positionals } = parseFlags(
      argv,
      { ...corpusFlagOptions, json: { type: 'boolean' }, limit: { type: 'string' } },
      usage,
    )
    const query = positionals.join(' ').trim()
    if (!query) throw new CliError('no query given', 2, usage)
    const limit = values.limit === undefined ? 50 : Number(values.limit)
    if (!Number.isInteger(limit) || limit < 1)
      throw new CliError(`--limit must be a whole number above 0, not "${values.limit}"`, 2, usage)

    const loaded = await loadArticlesForCli(values)
    if (loaded.articles.length > 2000 && loaded.cacheDir)
      process.stderr.write(`loading the search index for ${loaded.label}…\n`)
    const hits = (await searchIndexForCli(loaded)).search(query, limit)
    if (values.json) {
      const out = hits.map((hit) => ({
        articleId: hit.articleId,
        score: hit.score,
        snippets: hit.snippets.map((s) => s.text),
      }))
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`)
    } else if (hits.length === 0) {
      process.stdout.write(`No articles match ${JSON.stringify(query)}.\n`)
    } else {
      process.stdout.write(`${readable(hits, new Map(loaded.articles.map((a) => [a.id, a])))}\n`)
    }
    return 0
  },
}
