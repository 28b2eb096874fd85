// One report in any format, with the file name and type to save it under.
import type { Comparison } from '../../shared/types'
import { comparisonJson, type ReportFormat, type ReportOptions } from './report'
import { comparisonCsv } from './report-csv'
import { comparisonMarkdown } from './report-markdown'

export interface ReportFile {
  fileName: string
  mimeType: string
  text: string
}

const TYPES: Record<ReportFormat, string> = { md: 'text/markdown', csv: 'text/csv', json: 'application/json' }

/** "arms-race-comparison.md": the topic's name, made safe for any file system. */
export function reportFileName(topic: string, format: ReportFormat): string {
  const base = topic
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${base || 'topic'}-comparison.${format}`
}

export function comparisonReport(
  comparison: Comparison,
  format: ReportFormat,
  options: ReportOptions = {},
): ReportFile {
  const text =
    format === 'md'
      ? comparisonMarkdown(comparison, options)
      : format === 'csv'
        ? comparisonCsv(comparison, options)
        : `${JSON.stringify(comparisonJson(comparison, options), null, 2)}\n`
  return { fileName: reportFileName(comparison.topic, format), mimeType: TYPES[format], text }
}
