// One zod schema per Api method, for its whole argument tuple. Both the Electron IPC layer and
// the browser host run every call through these before anything reaches the workspace.
import { z } from 'zod'
import { MAX_ID } from '../shared/limits'
import type { Api } from '../shared/api'
import { InvalidError } from '../shared/errors'
import { EXPORT_FORMATS, HIGHLIGHT_COLORS } from '../shared/types'

/** Arguments that do not match the contract: IPC rejects the call, the host answers 400. */
export class ValidationError extends InvalidError {
  override name = 'ValidationError'
}

// Limits are generous for real use and small enough that a hostile caller cannot make us
// allocate or loop without bound.
const MAX_TEXT = 100_000
const MAX_LIST = 10_000
/** An imported file travels as one string (Reuters-21578 as JSON Lines is 21 MB). */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024

const id = z.string().min(1).max(MAX_ID)
const name = z.string().trim().min(1).max(200)
const text = z.string().max(MAX_TEXT)
const offset = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
const isoDate = z.iso.date()
const color = z.enum(HIGHLIGHT_COLORS)
const tag = z.string().trim().min(1).max(100)
const stance = z.string().trim().min(1).max(60)
const optionalLabel = z.string().max(200).nullable()
const topicList = z.array(z.string().trim().min(1).max(200)).max(100)

const topicInput = z.object({
  id: id.optional(),
  name,
  description: z.string().max(2000),
  terms: z.array(z.string().trim().min(1).max(500)).min(1).max(500),
  coTerms: z.array(z.string().trim().min(1).max(500)).max(500),
})

const compareRequest = z.object({
  topic: z.string().min(1).max(500),
  articleIds: z.array(id).max(1_000_000).optional(),
  sources: z.array(z.string().max(500)).max(MAX_LIST).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
})

const newHighlight = z
  .object({
    articleId: id,
    start: offset,
    end: offset,
    color,
    note: text.optional(),
    tags: z.array(tag).max(100).optional(),
    stance: stance.nullable().optional(),
    topic: optionalLabel.optional(),
    topics: topicList.optional(),
  })
  .refine((h) => h.end > h.start, { message: 'end must be greater than start', path: ['end'] })

const highlightPatch = z.object({
  color: color.optional(),
  note: text.optional(),
  tags: z.array(tag).max(100).optional(),
  stance: stance.nullable().optional(),
  topics: topicList.optional(),
})

const highlight = z
  .object({
    id,
    articleId: id,
    textHash: z.string().min(1).max(200),
    start: offset,
    end: offset,
    quote: z.string().min(1).max(MAX_TEXT),
    prefix: z.string().max(1000),
    suffix: z.string().max(1000),
    color,
    note: text,
    tags: z.array(tag).max(100),
    stance: stance.nullable(),
    topic: optionalLabel,
    topics: topicList.optional(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .refine((h) => h.end > h.start, { message: 'end must be greater than start', path: ['end'] })

const exportScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('topic'), topic: z.string().min(1).max(500) }),
  z.object({ kind: z.literal('article'), articleId: id }),
  z.object({ kind: z.literal('all') }),
])

/** A Markdown file being updated in place (browser host) is sent whole; 16 MB is far more than any export. */
export const MAX_EXISTING_EXPORT = 16 * 1024 * 1024

const exportRequest = z.strictObject({
  scope: exportScope,
  format: z.enum(EXPORT_FORMATS).optional(),
  matching: z.boolean().optional(),
  colorTags: z.boolean().optional(),
  existing: z.string().max(MAX_EXISTING_EXPORT).optional(),
})

// A blank source means none, so the records fall back to "unknown source" rather than an empty name.
const importOptions = z.strictObject({
  source: z
    .string()
    .trim()
    .max(200)
    .transform((source) => source || undefined)
    .optional(),
  batch: z.string().min(1).max(100).optional(),
})

const searchRequest = z.object({
  query: z.string().max(1000),
  offset: z.number().int().min(0).max(1_000_000).optional(),
  limit: z.number().int().min(0).max(1000).optional(),
  sort: z.enum(['relevance', 'newest', 'oldest']).optional(),
  filters: z
    .object({
      sources: z.array(z.string().max(500)).max(1000).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      speaker: z.string().max(200).optional(),
    })
    .optional(),
})

const MAX_POSITIONS = 1000
const settingsPatch = z.object({
  lastArticleId: id.nullable().optional(),
  reader: z
    .object({ fontSize: z.number().int().min(10).max(40), lineWidth: z.number().int().min(30).max(160) })
    .optional(),
  readingPositions: z
    .record(id, z.number().int().min(0).max(1_000_000))
    .refine((positions) => Object.keys(positions).length <= MAX_POSITIONS, {
      message: `at most ${MAX_POSITIONS} reading positions`,
    })
    .optional(),
  lastView: z.enum(['library', 'compare', 'highlights', 'speakers']).optional(),
  lastTopicId: id.nullable().optional(),
  dismissedImport: z.string().max(2048).nullable().optional(),
})

const none = z.tuple([])

const speakerRef = z.object({
  name: z.string().trim().min(1).max(300),
  kind: z.enum(['person', 'organisation', 'role']),
})
const speakerTimelineRequest = speakerRef.extend({ topic: z.string().min(1).max(500).optional() })

/** The `satisfies` clause makes each schema's output a valid argument list for its method. */
export const argSchemas = {
  listArticles: none,
  getArticle: z.tuple([id]),
  search: z.tuple([searchRequest]),
  markQuery: z.tuple([id, z.string().max(1000)]),
  // A removal names the articles chosen one by one in the library, so a few hundred is plenty.
  removeArticles: z.tuple([z.array(id).min(1).max(1000)]),
  restoreArticles: z.tuple([z.array(id).min(1).max(1000)]),
  status: none,
  dismissNotice: z.tuple([id]),
  listTopics: none,
  saveTopic: z.tuple([topicInput]),
  deleteTopic: z.tuple([id]),
  compare: z.tuple([compareRequest]),
  previewTopic: z.tuple([
    z.object({
      terms: z.array(z.string().min(1).max(500)).min(1).max(500),
      coTerms: z.array(z.string().min(1).max(500)).max(500),
    }),
  ]),
  compareReport: z.tuple([
    compareRequest.extend({ format: z.enum(['md', 'csv', 'json']), mentionedOnly: z.boolean().optional() }),
  ]),
  listHighlights: none,
  addHighlight: z.tuple([newHighlight]),
  updateHighlight: z.tuple([id, highlightPatch]),
  deleteHighlight: z.tuple([id]),
  restoreHighlight: z.tuple([highlight]),
  reattachHighlight: z
    .tuple([id, id, offset, offset])
    .refine(([, , start, end]) => end > start, { message: 'end must be greater than start', path: [3] }),
  listStances: none,
  addStance: z.tuple([stance]),
  exportHighlights: z.tuple([exportRequest]),
  listSpeakers: none,
  speakerTimeline: z.tuple([speakerTimelineRequest]),
  speakerMarkdown: z.tuple([speakerTimelineRequest]),
  articleSpeakers: z.tuple([id]),
  correctSpeaker: z.tuple([id, offset, speakerRef.nullable()]),
  renameSpeaker: z.tuple([speakerRef, z.string().trim().min(1).max(300)]),
  importText: z.tuple([z.string().trim().min(1).max(1024), z.string().max(MAX_IMPORT_CHARS), importOptions.optional()]),
  importBytes: z.tuple([
    z.string().trim().min(1).max(1024),
    z
      .string()
      .max(MAX_IMPORT_CHARS)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
    importOptions.optional(),
  ]),
  getSettings: none,
  setSettings: z.tuple([settingsPatch]),
  openExternal: z.tuple([z.string().max(4096)]),
} satisfies { [K in keyof Api]: z.ZodType<Parameters<Api[K]>> }

/** Parses `args` for `method`, or throws a ValidationError naming the method and the bad argument. */
export function parseArgs<K extends keyof Api>(method: K, args: unknown): Parameters<Api[K]> {
  const schema: z.ZodType = argSchemas[method]
  const result = schema.safeParse(args)
  if (result.success) return result.data as Parameters<Api[K]>
  const issue = result.error.issues[0]
  const where = issue && issue.path.length > 0 ? ` argument ${issue.path.map(String).join('.')}` : ''
  throw new ValidationError(`${method}:${where} ${issue?.message ?? 'invalid arguments'}`)
}
