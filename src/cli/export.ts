// `cli export (--topic "<name>" | --article <id> | --all) [--store FILE] [--out FILE.md]`: highlights as Markdown.
// With --out, an existing file is updated in place: only the generated part changes.
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { writeFileAtomic } from '../core/fs/write-file'
import type { ExportScope } from '../shared/types'
import { decodeExisting, exportDate, exportMarkdown, ExportMergeError, speakerIn } from '../core/export'
import { CliError, parseFlags, type Command } from './args'
import { corpusFlagOptions } from './corpus'
import { asCliError, openHighlightsForCli } from './highlight'

const usage =
  'cli export (--topic "<name>" | --article <id> | --all) [--store FILE] [--out FILE.md] [--corpus DIR | --library DIR]'

export const exportCommand: Command = {
  usage,
  async run(argv) {
    const { values, positionals } = parseFlags(
      argv,
      {
        ...corpusFlagOptions,
        topic: { type: 'string' },
        article: { type: 'string' },
        all: { type: 'boolean' },
        store: { type: 'string' },
        out: { type: 'string' },
      },
      usage,
    )
    if (positionals.length > 0) throw new CliError(`unexpected argument "${positionals[0]}"`, 2, usage)
    const scopes: ExportScope[] = [
      ...(values.topic !== undefined ? [{ kind: 'topic' as const, topic: values.topic }] : []),
      ...(values.article !== undefined ? [{ kind: 'article' as const, articleId: values.article }] : []),
      ...(values.all ? [{ kind: 'all' as const }] : []),
    ]
    const scope = scopes[0]
    if (scopes.length !== 1 || !scope) throw new CliError('give exactly one of --topic, --article or --all', 2, usage)
    const { highlights, articles } = await openHighlightsForCli(values)
    if (scope.kind === 'article' && !articles.has(scope.articleId))
      throw new CliError(`no article "${scope.articleId}" in the corpus`)

    let existing: string | null = null
    if (values.out) {
      try {
        existing = decodeExisting(readFileSync(values.out), basename(values.out))
      } catch (error) {
        if (error instanceof ExportMergeError) throw new CliError(error.message)
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
          throw new CliError(`cannot read ${values.out}: ${(error as Error).message}`)
      }
    }
    let result
    try {
      result = exportMarkdown(
        {
          scope,
          highlights: highlights.list(),
          article: (id) => articles.get(id),
          exportedAt: exportDate(new Date()),
          speakerFor: speakerIn(articles),
        },
        existing,
        values.out ? basename(values.out) : undefined,
      )
    } catch (error) {
      if (error instanceof ExportMergeError) throw new CliError(error.message)
      asCliError(error)
    }
    if (!values.out) {
      process.stdout.write(result.markdown)
      return 0
    }
    try {
      writeFileAtomic(values.out, result.markdown)
    } catch (error) {
      throw new CliError((error as Error).message)
    }
    process.stderr.write(`exported ${result.count} highlight(s) to ${values.out}\n`)
    return 0
  },
}
