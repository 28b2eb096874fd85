// Real data for the library tests: lines of the Reuters-21578 JSON Lines file.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const REUTERS = resolve(process.env.REUTERS_JSONL ?? '../shared/corpora/reuters-21578/reuters-21578.jsonl')

let lines: string[] | undefined

/** Lines `from`..`to` (1-based, inclusive) of the Reuters file, as text. */
export function reutersLines(from: number, to: number): string {
  lines ??= readFileSync(REUTERS, 'utf8').split('\n')
  return lines.slice(from - 1, to).join('\n')
}
