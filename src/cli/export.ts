// `cli export (--topic "<name>" | --article <id> | --all) [--format md|csv|qdpx] [--out FILE]`: highlights as
// Markdown (default), CSV or a REFI-QDA project. With --out, an existing Markdown file is updated in place:
// only the generated part changes. Without --format, a --out ending in .csv or .qdpx picks that format.
import { readFileSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { writeFileSafelyAsync } from '../core/fs/write-file'
import { EXPORT_FORMATS, type ExportFormat, type ExportScope } from '../shared/types'
import { decodeExisting, ExportMergeError, highlightsExporter } from '../core/export'
import { CliError, parseFlags, type Command } from './args'
import { savedTopics } from './compare'
import { corpusFlagOptions } from './corpus'
import { asCliError, openHighlightsForCli } from './highlight'
import { appSpeakerCorrections } from './speakers'
import { SpeakerService } from '../core/speakers/service'

const usage =
  'cli export (--topic "<name>" | --article <id> | --all) [--format md|csv|qdpx] [--out FILE] [--no-matching] [--color-tags] [--store FILE] [--corpus DIR | --library DIR]'

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
        format: { type: 'string' },
        'no-matching': { type: 'boolean' },
        'color-tags': { type: 'boolean' },
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
    const format = chooseFormat(values.format, values.out)
    if (format === 'qdpx' && !values.out)
      throw new CliError('a .qdpx is a zip file: give --out FILE.qdpx to write it', 2, usage)
    const { highlights, articles } = await openHighlightsForCli(values)
    if (scope.kind === 'article' && !articles.has(scope.articleId))
      throw new CliError(`no article "${scope.articleId}" in the corpus`)

    const topics = scope.kind === 'topic' ? savedTopics() : []
    // Speakers as the app shows them: with the user's corrections (read only here).
    const speakers = new SpeakerService(appSpeakerCorrections())
    const exporter = highlightsExporter({ highlights, topics: { list: () => topics }, speakers })
    let file
    try {
      file = exporter({ scope, format, matching: !values['no-matching'], colorTags: values['color-tags'] }, articles)
    } catch (error) {
      asCliError(error)
    }
    if (!values.out) {
      process.stdout.write(file.content as string)
      return 0
    }
    let content = file.content
    if (format === 'md') {
      try {
        const existing = readExisting(values.out)
        if (existing !== null) content = file.updateFile(existing)
      } catch (error) {
        if (error instanceof ExportMergeError) throw new CliError(error.message)
        throw error
      }
    }
    try {
      await writeFileSafelyAsync(values.out, content)
    } catch (error) {
      throw new CliError((error as Error).message)
    }
    const orphans = file.orphans ? ` (${file.orphans} orphaned: ${ORPHANS[format]})` : ''
    process.stderr.write(`exported ${file.count} highlight(s) to ${values.out}${orphans}\n`)
    return 0
  },
}

const ORPHANS: Record<ExportFormat, string> = {
  md: 'in their own section',
  csv: 'rows without a paragraph',
  qdpx: 'kept as project notes, their passages being gone',
}

function chooseFormat(flag: string | undefined, out: string | undefined): ExportFormat {
  if (flag !== undefined) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(flag))
      throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${flag}"`, 2, usage)
    return flag as ExportFormat
  }
  const ext = out ? extname(out).slice(1).toLowerCase() : ''
  return ext === 'csv' || ext === 'qdpx' ? ext : 'md'
}

/** The Markdown file as it is now, or null when there is none; a file that is not UTF-8 is refused. */
function readExisting(path: string): string | null {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`)
  }
  return decodeExisting(bytes, basename(path))
}
