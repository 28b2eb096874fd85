// The user's speaker corrections, kept in speakers.json in the user data folder: a paragraph's speaker
// set by hand (anchored like a highlight, so it finds its paragraph again after a re-import or an edit
// of the text) and speakers renamed or merged. Written whole through the app's one write path.
import { existsSync, readFileSync } from 'node:fs'
import type { Article, SpeakerRef, TextAnchor } from '../../shared/types'
import { anchor, describe } from '../highlights/anchor'
import { writeFileSafely } from '../fs/write-file'
import type { SpeakerOverrides } from './ledger'
import { renameKey } from './ledger'

export interface SpeakerCorrection {
  /** The paragraph's text when corrected, anchored as a highlight is. */
  anchor: TextAnchor
  /** null: nobody speaks in this paragraph. */
  speaker: SpeakerRef | null
  at: string
}

export interface SpeakerRename {
  from: SpeakerRef
  to: string
  at: string
}

interface SpeakerFile {
  version: 1
  corrections: SpeakerCorrection[]
  renames: SpeakerRename[]
}

/** speakers.json could not be read: it is left as it is, and nothing is written over it. */
export class SpeakerStoreError extends Error {
  override name = 'SpeakerStoreError'
}

const KINDS = new Set(['person', 'organisation', 'role'])
const isRef = (v: unknown): v is SpeakerRef =>
  typeof v === 'object' && v !== null && typeof (v as SpeakerRef).name === 'string' && KINDS.has((v as SpeakerRef).kind)

function parse(path: string, text: string): SpeakerFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new SpeakerStoreError(`${path} is not valid JSON (${(error as Error).message}); it was left untouched`)
  }
  const file = data as Partial<SpeakerFile>
  if (file.version !== 1 || !Array.isArray(file.corrections) || !Array.isArray(file.renames))
    throw new SpeakerStoreError(`${path} is not a speaker corrections file of version 1; it was left untouched`)
  const corrections = file.corrections.filter(
    (c) =>
      c &&
      typeof c.anchor?.articleId === 'string' &&
      typeof c.anchor.quote === 'string' &&
      (c.speaker === null || isRef(c.speaker)),
  )
  const renames = file.renames.filter((r) => r && isRef(r.from) && typeof r.to === 'string' && r.to.trim())
  return { version: 1, corrections, renames }
}

export class SpeakerCorrections {
  #file: SpeakerFile = { version: 1, corrections: [], renames: [] }
  /** Bumped on every change, so a ledger built before it is known to be stale. */
  version = 0

  /** `path` null keeps corrections in memory only (tests, the CLI reading a library without a user folder). */
  constructor(readonly path: string | null) {
    if (path && existsSync(path)) this.#file = parse(path, readFileSync(path, 'utf8'))
  }

  #save(): void {
    this.version++
    if (this.path) writeFileSafely(this.path, `${JSON.stringify(this.#file, null, 1)}\n`)
  }

  /** Sets who speaks in one paragraph of `article` (null: nobody), replacing an earlier correction of it. */
  correct(article: Article, paragraph: number, speaker: SpeakerRef | null): void {
    const p = article.paragraphs[paragraph]
    if (!p || p.kind === 'chrome') throw new RangeError(`${article.id} has no paragraph ${paragraph} with text`)
    const selectors = describe(article.body, p.start, p.end)
    const kept = this.#file.corrections.filter(
      (c) => !(c.anchor.articleId === article.id && this.#paragraphOf(article, c) === paragraph),
    )
    kept.push({ anchor: { articleId: article.id, ...selectors }, speaker, at: new Date().toISOString() })
    this.#file = { ...this.#file, corrections: kept }
    this.#save()
  }

  /** Renames a speaker everywhere; to an existing speaker's name, merges the two. */
  rename(from: SpeakerRef, to: string): void {
    const name = to.trim()
    if (!name) throw new RangeError('a speaker needs a name')
    const renames = this.#file.renames.filter(
      (r) => renameKey(r.from.kind, r.from.name) !== renameKey(from.kind, from.name),
    )
    // What was renamed to `from` before now goes to the new name too.
    for (const r of renames) if (r.to === from.name && r.from.kind === from.kind) r.to = name
    renames.push({ from, to: name, at: new Date().toISOString() })
    this.#file = { ...this.#file, renames }
    this.#save()
  }

  renames(): Map<string, string> {
    return new Map(this.#file.renames.map((r) => [renameKey(r.from.kind, r.from.name), r.to]))
  }

  #paragraphOf(article: Article, correction: SpeakerCorrection): number | null {
    const placed = anchor(article.body, correction.anchor)
    if (placed.start === undefined) return null
    const start = placed.start
    return article.paragraphs.find((p) => p.start <= start && start < p.end)?.index ?? null
  }

  /** The corrected paragraphs of `articles`, found again in their current text; corrections that no longer fit are skipped. */
  overrides(articles: Iterable<Article>): SpeakerOverrides {
    const byArticle = new Map<string, SpeakerCorrection[]>()
    for (const c of this.#file.corrections)
      byArticle.set(c.anchor.articleId, [...(byArticle.get(c.anchor.articleId) ?? []), c])
    const result = new Map<string, Map<number, SpeakerRef | null>>()
    if (byArticle.size === 0) return result
    for (const article of articles) {
      const list = byArticle.get(article.id)
      if (!list) continue
      const paragraphs = new Map<number, SpeakerRef | null>()
      for (const c of list) {
        const paragraph = this.#paragraphOf(article, c)
        if (paragraph !== null) paragraphs.set(paragraph, c.speaker)
      }
      result.set(article.id, paragraphs)
    }
    return result
  }
}
