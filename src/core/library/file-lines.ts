// The import report's line per file: how many articles each file gave, how many were new, and the
// caveat or problem the user must see for it (a folder import names every file it read).
import type { ImportFileLine } from '../../shared/types'
import type { ParsedSource } from './sources'

const originFile = (origin: string) => origin.replace(/:\d+$/, '')

export function fileLines(
  file: string,
  parsed: ParsedSource,
  written: ReadonlyArray<{ origin: string }>,
): ImportFileLine[] {
  const names = parsed.files ?? [file]
  const count = (list: ReadonlyArray<{ origin: string }>, name: string) =>
    list.filter((item) => originFile(item.origin) === name).length
  return names.map((name) => {
    const line: ImportFileLine = { file: name, articles: count(parsed.records, name), added: count(written, name) }
    const note = parsed.notes?.find((n) => n.file === name)
    if (note) line.note = note.reason
    const problems = parsed.problems.filter((p) => p.file === name)
    if (problems.length) {
      const first = problems[0] as { line?: number; reason: string }
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''
      line.problem = `${first.line ? `line ${first.line}: ` : ''}${first.reason}${more}`
    }
    return line
  })
}
