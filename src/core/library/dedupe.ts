// Near-identical stories: the same story filed twice (a wire re-send, a corrected figure, a longer update).
// Candidates share a title or the opening words within a few days; they are grouped when their word pairs
// nearly coincide. Fast on tens of thousands: no all-pairs comparison.
import { compareDays, dayNumber } from '../../shared/dates'
import type { IsoDate } from '../../shared/types'

export interface DedupeInput {
  id: string
  title: string
  date: IsoDate | null
  body: string
}

/** Same story re-filed within this many days. */
const WINDOW_DAYS = 3
/** Share of word pairs two bodies have in common (Jaccard), or of the shorter body found in the longer. */
const SIMILAR = 0.7
const CONTAINED = 0.9
/** A key shared by more stories than this is boilerplate ("Shr 1 ct vs"), not a story. */
const MAX_BUCKET = 60

function words(text: string): string[] {
  const list = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  if (list[list.length - 1] === 'reuter') list.pop()
  return list
}

/** FNV-1a: word pairs as 32-bit numbers, so sets compare without building strings twice. */
function hashPair(a: string, b: string): number {
  let h = 0x811c9dc5
  const text = `${a} ${b}`
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function shingles(list: string[]): Set<number> {
  const set = new Set<number>()
  if (list.length === 1) set.add(hashPair(list[0] as string, ''))
  for (let i = 0; i + 1 < list.length; i++) set.add(hashPair(list[i] as string, list[i + 1] as string))
  return set
}

const day = (date: IsoDate | null) => (date ? dayNumber(date) : null)

/**
 * Groups of near-identical stories, each with its representative first: the most complete (longest) body,
 * then the earliest date. Stories in no group are not listed.
 */
export function groupNearDuplicates(stories: DedupeInput[]): string[][] {
  const tokens = stories.map((story) => words(story.body))
  const sets: Array<Set<number> | undefined> = []
  const shinglesOf = (i: number) => (sets[i] ??= shingles(tokens[i] as string[]))
  const buckets = new Map<string, number[]>()
  const add = (key: string, i: number) => {
    const bucket = buckets.get(key)
    if (bucket) bucket.push(i)
    else buckets.set(key, [i])
  }
  stories.forEach((story, i) => {
    const title = words(story.title).join(' ')
    if (title) add(`t ${title}`, i)
    const opening = tokens[i] as string[]
    if (opening.length >= 8) add(`b ${opening.slice(0, 25).join(' ')}`, i)
  })

  const parent = stories.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number
    return i
  }
  const checked = new Set<number>()
  const same = (a: number, b: number): boolean => {
    const da = day(stories[a]!.date)
    const db = day(stories[b]!.date)
    if (da === null || db === null ? da !== db : Math.abs(da - db) > WINDOW_DAYS) return false
    const ta = tokens[a] as string[]
    const tb = tokens[b] as string[]
    // Title-only briefs: the same headline is the same brief; a brief is not the story it announces.
    if (ta.length === 0 || tb.length === 0) return ta.length === tb.length
    const sa = shinglesOf(a)
    const sb = shinglesOf(b)
    let shared = 0
    for (const h of sa) if (sb.has(h)) shared++
    const jaccard = shared / (sa.size + sb.size - shared)
    return jaccard >= SIMILAR || shared / Math.min(sa.size, sb.size) >= CONTAINED
  }
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const a = bucket[x] as number
        const b = bucket[y] as number
        const pairKey = a * stories.length + b
        if (checked.has(pairKey) || find(a) === find(b)) continue
        checked.add(pairKey)
        if (same(a, b)) parent[find(b)] = find(a)
      }
    }
  }

  const groups = new Map<number, number[]>()
  stories.forEach((_, i) => {
    const root = find(i)
    const group = groups.get(root)
    if (group) group.push(i)
    else groups.set(root, [i])
  })
  const rank = (a: number, b: number) =>
    (tokens[b] as string[]).length - (tokens[a] as string[]).length ||
    compareDays(stories[a]!.date, stories[b]!.date) ||
    a - b
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => group.sort(rank).map((i) => stories[i]!.id))
}
