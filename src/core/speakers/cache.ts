// The per-article speaker attributions on disk, so a warm start reads them instead of working them out again
// (seconds for 21k articles). A derived file beside the search index cache, never user data: the user's
// corrections live in speakers.json (corrections.ts) and are laid over whatever this gives. An article is
// taken from it only when its content fingerprint and the rules (rules.ts) are the ones it was made under.
// A file that cannot be read is ignored and written anew; one of a newer format (a newer app) is left alone.
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../../shared/types'
import { writeFileSafelyAsync } from '../fs/write-file'
import { storedPrintOf } from '../library/stored-text'
import { SliceClock, turn } from '../slices/turn'
import {
  decodeSpeakerCache,
  encodeSpeakerCache,
  SPEAKER_CACHE_FORMAT,
  SpeakerCacheRows,
  speakerFingerprint,
} from './cache-file'
import { rulesKey } from './rules'
import { attributionsOf, hasAttributions, seedAttributions } from './speaker'

export const SPEAKER_CACHE_FILE = 'speaker-attributions.json'

/** What the last look at the file found. */
export type SpeakerCacheState = 'unread' | 'missing' | 'unreadable' | 'newer' | 'other-rules' | 'read'

const fingerprints = new WeakMap<Article, string>()
// A library article is named by its entry (content hash and stored line: library/stored-text.ts), so a warm
// start takes its attribution without parsing its body; any other by its body and paragraphs.
const fingerprintOf = (a: Article) => {
  let print = fingerprints.get(a)
  if (print === undefined) fingerprints.set(a, (print = storedPrintOf(a) ?? speakerFingerprint(a)))
  return print
}

export class SpeakerCache {
  #state: SpeakerCacheState = 'unread'
  /** What the file holds, by article id: its fingerprint (so an unchanged set is not written again). */
  #onDisk = new Map<string, string>()
  /** The file's text, read once for `take` and `load` both, until `load` is done with it. */
  #text: Promise<string | null> | null = null
  /** Its rows by id for `take`, opened on the first call. */
  #rows: Promise<SpeakerCacheRows | null> | null = null
  /** Whether `load` has run to its end (`take` then has nothing to add). */
  #loaded = false

  constructor(
    readonly dir: string,
    readonly rules: string = rulesKey(),
  ) {}

  get file(): string {
    return join(this.dir, SPEAKER_CACHE_FILE)
  }

  get state(): SpeakerCacheState {
    return this.#state
  }

  /**
   * Reads the file and gives each of `articles` not worked out yet its cached attribution, when its content is
   * the one the attribution was made for; how many were taken. Never throws: an unusable file counts nothing.
   */
  async load(articles: readonly Article[]): Promise<number> {
    try {
      return await this.#load(articles)
    } finally {
      // `take` has nothing left to take once this has run: let go of the text.
      this.#text = this.#rows = null
      this.#loaded = true
    }
  }

  async #load(articles: readonly Article[]): Promise<number> {
    const text = await this.#read()
    if (text === null) {
      this.#state = 'missing'
      return 0
    }
    await turn()
    const decoded = await decodeSpeakerCache(text, this.rules)
    if (!decoded) this.#state = 'unreadable'
    else if (decoded.format > SPEAKER_CACHE_FORMAT) this.#state = 'newer'
    else if (!decoded.entries) this.#state = 'other-rules'
    else this.#state = 'read'
    this.#onDisk = new Map()
    if (!decoded?.entries) return 0
    for (const [id, cached] of decoded.entries) this.#onDisk.set(id, cached.fingerprint)
    const clock = new SliceClock()
    let taken = 0
    for (const article of articles) {
      const cached = decoded.entries.get(article.id)
      if (cached && !hasAttributions(article) && cached.fingerprint === fingerprintOf(article)) {
        seedAttributions(article, cached.speakers)
        taken++
      }
      await clock.pause()
    }
    return taken
  }

  /**
   * Before `load` has run (a warm start's first searches, while the warm-up waits for the index), gives each of
   * `articles` not worked out yet the attribution the file holds for it, decoding only their rows; how many.
   * The first search for "oil" on Reuters (1,496 matches) took 0.44–0.48 s working them out, 0.10–0.18 s so.
   */
  async take(articles: readonly Article[]): Promise<number> {
    const missing = articles.filter((a) => !hasAttributions(a))
    if (this.#loaded || missing.length === 0) return 0
    this.#rows ??= this.#read().then((text) => (text === null ? null : SpeakerCacheRows.open(text, this.rules)))
    const rows = await this.#rows
    if (!rows) return 0
    const clock = new SliceClock()
    let taken = 0
    for (const article of missing) {
      const cached = hasAttributions(article) ? undefined : rows.get(article.id)
      if (cached && cached.fingerprint === fingerprintOf(article)) {
        seedAttributions(article, cached.speakers)
        taken++
      }
      await clock.pause()
    }
    return taken
  }

  #read(): Promise<string | null> {
    return (this.#text ??= readFile(this.file, 'utf8').catch(() => null))
  }

  /**
   * Writes the attributions of `articles` (those worked out) unless the file holds just those already, or is
   * of a newer format. Whether it wrote; a failed write is not an error (the file is only a cache).
   */
  async save(articles: readonly Article[]): Promise<boolean> {
    if (this.#state === 'unread') await this.load([]) // never over a newer format's file
    if (this.#state === 'newer') return false
    const clock = new SliceClock()
    // Checked before anything is made for the file: on a warm start it holds just these, and 21k items made
    // only to be compared came right after the ledger, whose new objects a collection then had to copy.
    let worked = 0
    let same = true
    for (const article of articles) {
      if (hasAttributions(article)) {
        worked++
        same &&= this.#onDisk.get(article.id) === fingerprintOf(article)
      }
      await clock.pause()
    }
    if (same && worked === this.#onDisk.size) return false
    const items: Array<{ id: string; fingerprint: string; article: Article }> = []
    for (const article of articles) {
      if (hasAttributions(article)) items.push({ id: article.id, fingerprint: fingerprintOf(article), article })
      await clock.pause()
    }
    const text = await encodeSpeakerCache(
      this.rules,
      items.map((i) => ({ id: i.id, fingerprint: i.fingerprint, speakers: attributionsOf(i.article) })),
    )
    try {
      await mkdir(this.dir, { recursive: true })
      await writeFileSafelyAsync(this.file, text)
    } catch {
      return false
    }
    this.#onDisk = new Map(items.map((i) => [i.id, i.fingerprint]))
    this.#state = 'read'
    return true
  }
}
