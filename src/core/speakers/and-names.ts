// A body's name with "of" and then "and" in it: "the Department of Trade and Industry said", "Japan's Ministry
// of International Trade and Industry said". Read as runs it ends in "Industry", a people word ("industry
// sources said"), or in "Trade and Industry" alone.
import type { Reading } from './groups'
import type { RunAt } from './objects'
import type { Subject } from './parse'
import { joined, type Word } from './tokens'
import { BODY_WORDS } from './words'

/** The body when a body's word, "of", a name, "and" and the run `at` (right before the verb) are one name. */
export function bodyWithAnd(
  { ws, blank }: Reading,
  { run, first, last }: RunAt,
  runEndingAt: (k: number) => RunAt | undefined,
): Subject | undefined {
  const [and, mid] = [ws[first - 1], runEndingAt(first - 2)]
  const body = mid && ws[mid.first - 1]?.lower === 'of' ? runEndingAt(mid.first - 2) : undefined
  if (!and || !/^(?:and|&)$/.test(and.lower) || !mid || !body?.run.body) return undefined
  if (run.role.length || mid.run.role.length || run.evident || !BODY_WORDS.has((ws[body.last] as Word).lower))
    return undefined
  const gaps = [body.last, mid.first - 1, mid.last, first - 1]
  if (!gaps.every((a) => joined(blank, ws[a] as Word, ws[a + 1] as Word))) return undefined
  let from = body.first
  while (from < body.last && !(ws[from] as Word).cap) from++
  const name = ws
    .slice(from, last + 1)
    .map((w) => w.text)
    .join(' ')
  return { type: 'run', run: { ...run, role: [], body: name, nameWords: [], proper: true } }
}
