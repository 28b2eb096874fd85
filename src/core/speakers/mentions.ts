// Someone described, not named, who need not have spoken yet: "A Kodak spokesman would not give details",
// "a spokesman for the Commission confirmed …". A later "the spokesman said" is them when the story
// describes no one else so (resolve.ts).
import { SOMEONE, type KnownNames } from './known'
import { holdersOf } from './roles'
import type { Run } from './runs'

/** Heads of a description a later "the spokesman", "the official", "the source" points back to. */
const MENTIONED = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'source'])

export interface Mention {
  head: string
  phrase: string
}

/**
 * The description a run gives, with the body it is "for", "of" or "at" when the next run names it ("spokesman
 * for the Commission"); null when the run is no such description, or is set off after a name by a comma
 * ("John Smith, a spokesman for …": the named person, whom the roles learned already).
 */
export function mentionOf(run: Run, previous: Run | undefined, next: Run | undefined, blank: string): Mention | null {
  const head = run.role.at(-1) ?? ''
  if (run.nameWords.length || run.definite || !run.roleIsTitle || !MENTIONED.has(head)) return null
  // ("A MITI official denied" is someone else than "a high-ranking MITI official" quoted: both count.)
  if (!run.indefinite) return run.role.length > 1 ? { head, phrase: run.written } : null
  const apposed =
    previous?.nameWords.length && /^[^,]*,\s*(?:a|an|one)\s+$/i.test(blank.slice(previous.position, run.position))
  if (apposed) return null
  const end = blank.toLowerCase().indexOf(head, run.position) + head.length
  if (!/^\s+(?:for|of|at|in|with|close|from)\b/i.test(blank.slice(end))) return { head, phrase: run.written }
  // "a spokesman for the Commission": the body it is for, when a run names it whole; else not safely told.
  const link = next ? blank.slice(end, next.position) : ''
  const after = next ? blank.slice(next.position + next.written.length) : ''
  const whole = /^\s*(?:[,.;:()]|$|\s(?:said|told|added|says|confirmed|declined|would|was|as|who)\b)/.test(after)
  const owned = next?.proper && (next.body || next.nameWords.length) && /^\s+(?:for|of|at|in)\s+(?:the\s+)?$/.test(link)
  return owned && whole ? { head, phrase: `${run.written}${link}${next.written}`.replace(/\s+/g, ' ') } : null
}

/**
 * "the spokesman": the one description with that head met so far ("Kodak spokesman"), when the story names
 * no holder of it; undefined when none or several, or when the reference says more ("the Kodak spokesman").
 */
export function mentionedOnly(run: Run, memories: KnownNames[], mentioned: readonly Mention[]): string | undefined {
  const head = run.role.at(-1) ?? ''
  if (!run.definite || run.role.length !== 1) return undefined
  if (memories.some((m) => holdersOf([head], m.roles, 'role').some((name) => name !== SOMEONE))) return undefined
  const phrases = new Set(mentioned.filter((m) => m.head === head).map((m) => m.phrase))
  return phrases.size === 1 ? [...phrases][0] : undefined
}
