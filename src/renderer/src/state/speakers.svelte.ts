// The Speakers view's state: every speaker of the library, the one chosen and its statements over time,
// and the user's corrections (rename, merge, a paragraph's speaker), which the comparison then shows.
import type { SpeakerEntry, SpeakerKind, SpeakerRef, SpeakerStatement, SpeakerTimeline } from '../../../shared/types'
import { api } from '../lib/api'
import { downloadText } from '../lib/download'
import { errorMessage } from '../lib/errors'
import { compare } from './compare.svelte'

export const KIND_LABELS: Record<SpeakerKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  role: 'Role or group',
}

export class Speakers {
  all = $state.raw<SpeakerEntry[]>([])
  loading = $state(false)
  error = $state<string | null>(null)
  query = $state('')
  kind = $state<SpeakerKind | ''>('')
  selected = $state.raw<SpeakerRef | null>(null)
  timeline = $state.raw<SpeakerTimeline | null>(null)
  topic = $state('')
  /** Bumped by every correction and rename, so whatever shows speakers (the reader) asks again. */
  revision = $state(0)

  readonly shown = $derived.by(() => {
    const q = this.query.trim().toLowerCase()
    return this.all.filter(
      (s) =>
        (!this.kind || s.kind === this.kind) &&
        (!q || s.name.toLowerCase().includes(q) || s.aliases.some((a) => a.toLowerCase().includes(q))),
    )
  })

  async load(): Promise<void> {
    this.loading = true
    try {
      this.all = await api.listSpeakers()
      this.error = null
      if (this.selected) await this.open(this.selected)
    } catch (error) {
      this.error = errorMessage(error)
    } finally {
      this.loading = false
    }
  }

  async open(speaker: SpeakerRef): Promise<void> {
    this.selected = { name: speaker.name, kind: speaker.kind }
    try {
      this.timeline = await api.speakerTimeline({ ...this.selected, ...(this.topic ? { topic: this.topic } : {}) })
      this.error = null
    } catch (error) {
      this.timeline = null
      this.error = errorMessage(error)
    }
  }

  async setTopic(topic: string): Promise<void> {
    this.topic = topic
    if (this.selected) await this.open(this.selected)
  }

  /** Renames the chosen speaker; to another speaker's name, merges the two. */
  async rename(to: string): Promise<void> {
    if (!this.selected || !to.trim()) return
    await api.renameSpeaker(this.selected, to.trim())
    this.selected = { name: to.trim(), kind: this.selected.kind }
    await this.#changed()
  }

  /** Gives one statement another speaker (splitting it off), or nobody. */
  async correct(
    statement: Pick<SpeakerStatement, 'articleId' | 'paragraph'>,
    speaker: SpeakerRef | null,
  ): Promise<void> {
    await api.correctSpeaker(statement.articleId, statement.paragraph, speaker)
    await this.#changed()
  }

  async exportMarkdown(): Promise<void> {
    if (!this.selected) return
    const file = await api.speakerMarkdown({ ...this.selected, ...(this.topic ? { topic: this.topic } : {}) })
    downloadText(file.fileName, file.markdown)
  }

  async #changed(): Promise<void> {
    this.revision++
    await this.load()
    compare.invalidate()
    if (compare.topic) void compare.refresh()
  }
}

export const speakers = new Speakers()
