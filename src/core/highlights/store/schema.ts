// The highlights file, version by version. Each migration takes the shape of one version to the next;
// a file is read item by item, so one damaged highlight does not take the others with it.
import { z } from 'zod'
import { HIGHLIGHT_COLORS, type Highlight } from '../../../shared/types'

// 2: the file names its journal (`journal`) and the journal's lines carry checksums. The highlights are
// as in 1; the version changed so that a version that reads only 1 (and knows no journal) opens a file
// with changes in its journal read only, instead of showing it without them and writing over them.
export const SCHEMA_VERSION = 2

export interface StoreData {
  schemaVersion: typeof SCHEMA_VERSION
  highlights: Highlight[]
  /** Stance labels the user added to the shipped ones. */
  stances: string[]
}

export const emptyStore = (): StoreData => ({ schemaVersion: SCHEMA_VERSION, highlights: [], stances: [] })

// Loose: fields a later version adds without a schema bump pass through instead of being dropped.
const highlightV1 = z.looseObject({
  id: z.string().min(1),
  articleId: z.string().min(1),
  textHash: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  quote: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
  color: z.enum(HIGHLIGHT_COLORS),
  note: z.string(),
  tags: z.array(z.string()),
  stance: z.string().nullable(),
  topic: z.string().nullable(),
  topics: z.array(z.string()).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
})

const storeV1 = z.looseObject({
  schemaVersion: z.number().int().min(1),
  highlights: z.array(z.unknown()),
  stances: z.array(z.string()).default([]),
})

/** The prototype's file: no version field, a quote called `text`, a range object, tags as one string. */
const highlightV0 = z.looseObject({
  id: z.string().min(1),
  articleId: z.string().min(1),
  text: z.string().min(1),
  range: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }),
  color: z.string().optional(),
  note: z.string().optional(),
  tags: z.string().optional(),
  label: z.string().nullable().optional(),
  created: z.number().optional(),
})

const storeV0 = z.looseObject({ highlights: z.array(z.unknown()) })

type Migration = (items: unknown[]) => { items: unknown[]; dropped: number }

/** `migrations[n]` turns the highlights of version n into those of version n + 1. */
const migrations: Record<number, Migration> = {
  0: (items) => {
    const out: unknown[] = []
    for (const item of items) {
      const old = highlightV0.safeParse(item)
      if (!old.success) continue
      const h = old.data
      const at = new Date(h.created ?? 0).toISOString()
      out.push({
        id: h.id,
        articleId: h.articleId,
        // No hash or context was kept: the anchor finds the quote by itself.
        textHash: '',
        start: h.range.start,
        end: h.range.end,
        quote: h.text,
        prefix: '',
        suffix: '',
        color: (HIGHLIGHT_COLORS as readonly string[]).includes(h.color ?? '') ? h.color : 'yellow',
        note: h.note ?? '',
        tags: (h.tags ?? '')
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
        stance: h.label ?? null,
        topic: null,
        createdAt: at,
        updatedAt: at,
      })
    }
    return { items: out, dropped: items.length - out.length }
  },
  1: (items) => ({ items, dropped: 0 }),
}

export type ParsedStore =
  { ok: true; data: StoreData; fromVersion: number; dropped: number; total: number } | { ok: false; reason: string }

/** Validate and migrate what a file held. `dropped` counts highlights that could not be read. */
export function parseStore(json: unknown): ParsedStore {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, reason: 'it does not hold a highlights store (not a JSON object)' }
  }
  const declared = (json as Record<string, unknown>).schemaVersion
  const version = declared === undefined ? 0 : declared
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, reason: `its schema version ${JSON.stringify(declared)} is not a version number` }
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      reason: `it was written by a newer version of Stance Reader (schema ${version}; this version reads up to ${SCHEMA_VERSION})`,
    }
  }
  const top = (version === 0 ? storeV0 : storeV1).safeParse(json)
  if (!top.success)
    return {
      ok: false,
      reason: `it does not have the shape of a highlights store (${top.error.issues[0]?.message ?? 'invalid'})`,
    }

  let items = top.data.highlights
  let dropped = 0
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = migrations[v]
    if (!step) return { ok: false, reason: `no migration from schema ${v}` }
    const migrated = step(items)
    items = migrated.items
    dropped += migrated.dropped
  }
  const highlights: Highlight[] = []
  const seen = new Set<string>()
  for (const item of items) {
    const parsed = highlightV1.safeParse(item)
    if (!parsed.success || seen.has(parsed.data.id) || parsed.data.end <= parsed.data.start) {
      dropped++
      continue
    }
    seen.add(parsed.data.id)
    highlights.push(parsed.data as Highlight)
  }
  const stances =
    'stances' in top.data && Array.isArray(top.data.stances)
      ? top.data.stances.filter((s): s is string => typeof s === 'string')
      : []
  return {
    ok: true,
    data: { schemaVersion: SCHEMA_VERSION, highlights, stances },
    fromVersion: version,
    dropped,
    total: top.data.highlights.length,
  }
}
