// A headline's credit: "… arms race — Kremlin spokesman", "Putin: …".
import type { Attribution } from './parse'
import { findRuns } from './runs'
import { words } from './tokens'

export /** "… arms race — Kremlin spokesman", "… arms race: Foreign Ministry", "Putin: …": the headline's source. */
function headingCredit(text: string): Attribution | null {
  const suffix = /(?:[:\u2014\u2013]|\s-)\s*([^:\u2014\u2013]+)$/.exec(text)
  const prefix = /^([^:]+):\s/.exec(text)
  for (const part of [suffix?.[1], prefix?.[1]]) {
    if (!part) continue
    const ws = words(part)
    if (ws.length === 0 || ws.length > 5) continue
    const runs = findRuns(part, ws)
    const only = runs[0]
    if (runs.length === 1 && only && only.first === 0 && only.last === ws.length - 1)
      return { position: 0, subject: { type: 'run', run: only.run }, inStatement: false }
  }
  return null
}
