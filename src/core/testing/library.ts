// Real data for the library tests: lines of the Reuters-21578 JSON Lines file.
import { readFileSync } from 'node:fs'
import { REUTERS_FILE } from './test-paths'

export const REUTERS = REUTERS_FILE

let lines: string[] | undefined

/** Lines `from`..`to` (1-based, inclusive) of the Reuters file, as text. */
export function reutersLines(from: number, to: number): string {
  lines ??= readFileSync(REUTERS, 'utf8').split('\n')
  return lines.slice(from - 1, to).join('\n')
}
