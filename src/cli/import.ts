// `cli import <path> [--library DIR] [--source NAME] [--json]`: adds a file (JSON Lines, .md/.txt, a saved
// .html page, an .rss/.atom/.xml feed, a .pdf) or a folder of them to the user's library, with progress on
// stderr and a summary with a line per file.
import type { ImportProgress } from '../shared/types'
import { Library, type ImportReport } from '../core/library'
import { storePaths, userDataDir } from '../core/fs/paths'
import { CliError, parseFlags, type Command } from './args'
import { errorMessage } from '../shared/errors'

const usage =
  'cli import <file.jsonl|.md|.txt|.html|.rss|.atom|.xml|.pdf | folder> [--library DIR] [--source NAME] [--json]'

function progressLine(p: ImportProgress): string {
  const left = p.secondsLeft === null ? '' : `, ${p.secondsLeft}s left`
  return `\rimporting ${p.file}: ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} (${p.ratePerSecond.toLocaleString('en')}/s${left})   `
}

/** A line per file when a folder was read, or when a file imported with a caveat ("whole page kept"). */
function fileList(report: ImportReport): string[] {
  const files = report.files ?? []
  if (files.length <= 1 && !files.some((f) => f.note)) return []
  return [
    `files (${files.length}):`,
    ...files.map(
      (f) =>
        `  ${f.file}: ${f.articles} article${f.articles === 1 ? '' : 's'}, ${f.added} new` +
        (f.note ? `; ${f.note}` : '') +
        (f.problem ? `; ${f.problem}` : ''),
    ),
  ]
}

export function importSummary(report: ImportReport, library: string): string {
  const lines = [
    `read ${report.total} record${report.total === 1 ? '' : 's'} from ${report.file}`,
    `imported ${report.added} new article${report.added === 1 ? '' : 's'} into ${library} in ${report.seconds.toFixed(1)}s` +
      (report.updated ? `, updated ${report.updated}` : '') +
      (report.unchanged ? `, ${report.unchanged} already there` : ''),
    `skipped ${report.skipped.length} record${report.skipped.length === 1 ? '' : 's'}${report.skipped.length ? ':' : ''}`,
    ...report.skipped.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.reason}`),
    ...fileList(report),
    `duplicates grouped: ${report.groups} group${report.groups === 1 ? '' : 's'} of near-identical stories (${report.groupedArticles} articles)`,
  ]
  return lines.join('\n')
}

export const importCommand: Command = {
  usage,
  async run(argv) {
    const { values, positionals } = parseFlags(
      argv,
      { library: { type: 'string' }, source: { type: 'string' }, json: { type: 'boolean' } },
      usage,
    )
    if (positionals.length !== 1)
      throw new CliError(positionals.length ? 'give one path to import' : 'no path given', 2, usage)
    const dir = values.library ?? storePaths(userDataDir()).library
    const library = await Library.open(dir)
    const tty = process.stderr.isTTY
    let last = 0
    let report: ImportReport
    try {
      report = await library.importPath(
        positionals[0] as string,
        (p) => {
          const now = Date.now()
          if (!p.running || now - last < (tty ? 100 : 1000)) return
          last = now
          process.stderr.write(tty ? progressLine(p) : `${progressLine(p).trim()}\n`)
        },
        { source: values.source ?? null },
      )
    } catch (error) {
      throw new CliError(errorMessage(error))
    }
    if (tty) process.stderr.write('\r\u001b[K')
    for (const notice of library.store.notices) process.stderr.write(`${notice.level}: ${notice.message}\n`)
    if (values.json) process.stdout.write(`${JSON.stringify({ library: dir, ...report }, null, 2)}\n`)
    else process.stdout.write(`${importSummary(report, dir)}\n`)
    return 0
  },
}
