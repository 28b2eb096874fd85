// The user's own topics, next to the presets, kept in a key-value store (electron-store in the app,
// conf in Node: both have get/set). What is read back is validated: a record that does not parse is
// reported and kept as it is, never dropped, so a newer app version's topics survive an older one.
import { ApiError, type ErrorKind } from '../../shared/errors'
import type { KeyValueStore } from '../settings/key-value-store'

export type { KeyValueStore } from '../settings/key-value-store'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Article, CompareRequest, Comparison, Topic, TopicInput } from '../../shared/types'
import { compare, type CandidateSource } from './compare'
import { findTopic } from './find'
import { presetTopics, topicFields } from './presets'

/** A request the store refuses, in words for the user: invalid unless it names a topic that is not there or clashes with one that is. */
export class TopicError extends ApiError {
  override name = 'TopicError'
  constructor(message: string, kind: ErrorKind = 'invalid') {
    super(kind, message)
  }
}

export const TOPICS_KEY = 'topics'
/** Where an unreadable topics value is moved before the first save overwrites it. */
export const UNREADABLE_KEY = 'topicsUnreadable'

const inputSchema = z.object({ id: z.string().optional(), ...topicFields })
const recordSchema = z.object({ id: z.string().min(1), ...topicFields })

type TopicRecord = z.infer<typeof recordSchema>

export interface TopicStoreOptions {
  presets?: Topic[]
  newId?: () => string
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

export class TopicStore {
  readonly #store: KeyValueStore
  readonly #presets: Topic[]
  readonly #newId: () => string
  /** Why stored records could not be read, one line each. */
  readonly problems: string[] = []

  constructor(store: KeyValueStore, options: TopicStoreOptions = {}) {
    this.#store = store
    this.#presets = options.presets ?? presetTopics()
    this.#newId = options.newId ?? (() => `user-${randomUUID()}`)
  }

  /** Presets first, in their shipped order, then the user's topics by name. */
  list(): Topic[] {
    const own = this.#read().valid.map((record): Topic => ({ ...record, preset: false }))
    own.sort((a, b) => a.name.localeCompare(b.name))
    return [...this.#presets.map((topic) => ({ ...topic })), ...own]
  }

  /** By id, else by name (case and surrounding spaces ignored). */
  find(idOrName: string): Topic | undefined {
    return findTopic(this.list(), idOrName)
  }

  /**
   * Create (no id, or an unknown id), update (a user topic's id), or save an edited copy of a preset
   * (a preset's id: the copy gets a new id, and " (copy)" when the name is taken).
   */
  save(input: TopicInput): Topic {
    const parsed = inputSchema.safeParse(input)
    if (!parsed.success) throw new TopicError(describe(parsed.error))
    const { id, ...fields } = parsed.data
    const { raw, valid } = this.#read()
    const existing = id === undefined ? undefined : valid.find((record) => record.id === id)
    const fromPreset = id !== undefined && this.#presets.some((preset) => preset.id === id)
    let name = fields.name
    const taken = (candidate: string) =>
      this.list().some((topic) => topic.id !== existing?.id && sameName(topic.name, candidate))
    if (fromPreset) {
      for (let n = 1; taken(name); n++) name = `${fields.name} (copy${n > 1 ? ` ${n}` : ''})`
    } else if (taken(name)) {
      throw new TopicError(`a topic named "${name}" already exists`, 'conflict')
    }
    const record: TopicRecord = { ...fields, name, id: existing ? existing.id : this.#newId() }
    const next = existing ? raw.map((entry) => (isRecordWithId(entry, record.id) ? record : entry)) : [...raw, record]
    this.#write(next)
    return { ...record, preset: false }
  }

  /** The comparison for a request naming a topic by id or name; TopicError when there is no such topic. */
  compare(request: CompareRequest, articles: readonly Article[], source: CandidateSource): Comparison {
    const topic = this.find(request.topic)
    if (!topic) throw new TopicError(`no topic named "${request.topic}"`, 'not-found')
    return compare(topic, articles, source, request)
  }

  /** Presets cannot be deleted; an unknown id is an error, so a stale UI hears about it. */
  delete(id: string): void {
    if (this.#presets.some((preset) => preset.id === id)) throw new TopicError('a preset topic cannot be deleted')
    const { raw, valid } = this.#read()
    if (!valid.some((record) => record.id === id)) throw new TopicError(`no topic with id "${id}"`, 'not-found')
    this.#write(raw.filter((entry) => !isRecordWithId(entry, id)))
  }

  #read(): { raw: unknown[]; valid: TopicRecord[] } {
    this.problems.length = 0
    const value = this.#store.get(TOPICS_KEY)
    if (value === undefined) return { raw: [], valid: [] }
    if (!Array.isArray(value)) {
      this.problems.push(`stored topics are not a list; they will be kept under "${UNREADABLE_KEY}" on the next save`)
      return { raw: [], valid: [] }
    }
    const valid: TopicRecord[] = []
    value.forEach((entry, i) => {
      const parsed = recordSchema.safeParse(entry)
      if (parsed.success) valid.push(parsed.data)
      else this.problems.push(`stored topic ${i + 1} cannot be read (${describe(parsed.error)}); it is kept as it is`)
    })
    return { raw: value, valid }
  }

  #write(records: unknown[]): void {
    const current = this.#store.get(TOPICS_KEY)
    if (current !== undefined && !Array.isArray(current)) this.#store.set(UNREADABLE_KEY, current)
    this.#store.set(TOPICS_KEY, records)
  }
}

function isRecordWithId(entry: unknown, id: string): boolean {
  return typeof entry === 'object' && entry !== null && (entry as { id?: unknown }).id === id
}

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
}
