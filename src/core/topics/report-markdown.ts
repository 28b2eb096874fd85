// The comparison as a Markdown report: front matter, one section per mentioned article in date order
// (date, source, title, stance labels, speakers, passages), then the articles that do not mention the
// topic and the search that was run, so a reader can check what was left out and why.
import { stringify } from 'yaml'
import { absenceSummary, dateRange, NO_SOURCE, searchRun } from '../../shared/compare-summary'
import type { Column, Comparison } from '../../shared/types'
import { reportColumns, speakersOf, TopicStances, type ReportOptions } from './report'

/** Text that must not start Markdown of its own inside a line: headings, lists, HTML. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1')
}

function articleSection(column: Column, stances: TopicStances): string[] {
  const date = column.date ? column.date.slice(0, 10) : 'undated'
  const lines = [`## ${date} · ${inline(column.source ?? NO_SOURCE)} · ${inline(column.title)}`, '']
  lines.push(`- Article: \`${column.articleId}\``)
  const labels = stances.ofArticle(column.articleId)
  lines.push(`- Stance: ${labels.length ? labels.map(inline).join(', ') : 'not labelled'}`)
  const speakers = speakersOf(column)
  lines.push(`- Speakers: ${speakers.length ? speakers.map(inline).join(', ') : 'none named'}`)
  if (column.alsoFiledAs?.length)
    lines.push(`- Also filed as: ${column.alsoFiledAs.map((id) => `\`${id}\``).join(', ')}`)
  for (const passage of column.passages) {
    const passageStances = stances.ofPassage(column.articleId, passage)
    const head = [`¶${passage.paragraph + 1}`, passage.speaker ?? 'speaker unknown', ...passageStances]
    lines.push('', `**${head.map(inline).join(' · ')}**`, '', ...quote(passage.text))
  }
  return lines
}

function quote(text: string): string[] {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => `> ${inline(block)}`)
    .flatMap((line, i) => (i ? ['>', line] : [line]))
}

function absentSection(comparison: Comparison, options: ReportOptions): string[] {
  const summary = absenceSummary(comparison.columns)
  const lines = [`## Not mentioned (${summary.count})`, '']
  if (summary.count === 0) return [...lines, 'Every article checked mentions the topic.']
  lines.push(`${summary.count} articles, ${dateRange(summary.first, summary.last)}, do not mention the topic.`, '')
  lines.push('| Source | Articles | Dates |', '| --- | ---: | --- |')
  for (const source of summary.bySource)
    lines.push(`| ${inline(source.source)} | ${source.count} | ${dateRange(source.first, source.last)} |`)
  if (!options.mentionedOnly) {
    lines.push('')
    for (const column of comparison.columns.filter((c) => !c.mentioned)) {
      const date = column.date ? column.date.slice(0, 10) : 'undated'
      lines.push(
        `- ${date} · ${inline(column.source ?? NO_SOURCE)} · ${inline(column.title)} (\`${column.articleId}\`)`,
      )
    }
  }
  return lines
}

export function comparisonMarkdown(comparison: Comparison, options: ReportOptions = {}): string {
  const stances = new TopicStances(comparison.topic, options.highlights)
  const mentioned = reportColumns(comparison, options).filter((c) => c.mentioned)
  const dates = mentioned.flatMap((c) => (c.date ? [c.date] : [])).sort()
  const front = {
    title: `Comparison: ${comparison.topic}`,
    topic: comparison.topic,
    terms: comparison.terms,
    generated: (options.now ?? new Date()).toISOString(),
    checked: comparison.columns.length,
    mentioned: mentioned.length,
    passages: mentioned.reduce((n, c) => n + c.passages.length, 0),
    ...(dates.length ? { from: (dates[0] as string).slice(0, 10), to: (dates.at(-1) as string).slice(0, 10) } : {}),
  }
  const lines = [`---`, stringify(front).trimEnd(), `---`, '', `# ${inline(comparison.topic)}`, '']
  lines.push(
    `${mentioned.length} of ${comparison.columns.length} articles mention the topic (${searchRun(comparison)}).`,
  )
  for (const column of mentioned) lines.push('', ...articleSection(column, stances))
  lines.push('', ...absentSection(comparison, options))
  lines.push('', '## Search', '', `${inline(searchRun(comparison))}.`)
  lines.push('A paragraph mentions the topic when it holds one of the terms (or sits under a heading that does).')
  return `${lines.join('\n')}\n`
}
