// Highlights: the list, the selection toolbar, the editor, undo of a delete, re-attaching orphans.
import { groupBy, unique } from '../lib/collections'
import type { Highlight, HighlightColor, HighlightPatch, PlacedHighlight } from '../../../shared/types'
import { DEFAULT_STANCES } from '../../../shared/types'
import { parseTags } from '../../../shared/tags'
import { api } from '../lib/api'
import { errorMessage } from '../lib/errors'
import type { HighlightSpan } from '../lib/segments'
import type { TextSelection } from '../lib/selection'

export interface Draft {
  note: string
  tags: string
  stance: string
}

const emptyDraft = (): Draft => ({ note: '', tags: '', stance: '' })

/** Comma-separated, each tag in the form it is saved in (shared/tags.ts); the editors show it as typed. */
export { parseTags }

/** The shipped stance labels are always offered, whatever the store holds. */
function withDefaults(stances: string[]): string[] {
  return unique([...DEFAULT_STANCES, ...stances])
}

/** A passage labelled from the comparison is painted in its stance's colour. */
const STANCE_COLORS: Record<string, HighlightColor> = {
  supports: 'green',
  opposes: 'red',
  conditional: 'purple',
  neutral: 'blue',
}

/** The highlights panel's and editor's state (core's Highlights service keeps and anchors them). */
export class HighlightsState {
  #all = $state.raw<PlacedHighlight[]>([])
  stances = $state.raw<string[]>([...DEFAULT_STANCES])
  error = $state<string | null>(null)

  /** The selection the toolbar acts on; null when the toolbar is closed. */
  pending = $state.raw<TextSelection | null>(null)
  draft = $state<Draft>(emptyDraft())
  /** The highlight open in the editor. */
  editingId = $state<string | null>(null)
  /** The last deleted highlight, while its undo is offered. */
  deleted = $state.raw<Highlight | null>(null)
  /** The orphan waiting for the user to select its new text. */
  reattachId = $state<string | null>(null)

  readonly all = $derived(this.#all)
  readonly orphans = $derived(this.#all.filter((h) => h.status === 'orphan'))
  readonly editing = $derived(this.#all.find((h) => h.id === this.editingId) ?? null)
  readonly reattaching = $derived(this.#all.find((h) => h.id === this.reattachId) ?? null)
  /** Placed highlights per article, in body offsets, for painting text. */
  readonly spans = $derived.by(() => {
    const placed = this.#all.filter((h) => h.current)
    return groupBy(
      placed,
      (h) => h.articleId,
      (h): HighlightSpan => ({ id: h.id, start: h.current!.start, end: h.current!.end, color: h.color }),
    )
  })

  async load(): Promise<void> {
    try {
      const [all, stances] = await Promise.all([api.listHighlights(), api.listStances()])
      this.#all = all
      this.stances = withDefaults(stances)
      this.error = null
    } catch (error) {
      this.error = `Highlights could not be loaded: ${errorMessage(error)}`
    }
  }

  spansFor(articleId: string): HighlightSpan[] {
    return this.spans.get(articleId) ?? []
  }

  get(id: string): PlacedHighlight | undefined {
    return this.#all.find((h) => h.id === id)
  }

  #put(highlight: PlacedHighlight): void {
    const others = this.#all.filter((h) => h.id !== highlight.id)
    this.#all = [...others, highlight]
  }

  async #try<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await work()
      this.error = null
      return result
    } catch (error) {
      this.error = `${what}: ${errorMessage(error)}`
      return undefined
    }
  }

  /** Creates a highlight on the pending selection, with the staged note, tags and stance. */
  async create(color: HighlightColor): Promise<void> {
    const selection = this.pending
    if (!selection) return
    const draft = this.draft
    // Highlighting the very same text again recolours it rather than stacking a duplicate.
    const same = this.#all.find(
      (h) =>
        h.articleId === selection.articleId && h.current?.start === selection.start && h.current.end === selection.end,
    )
    if (same) {
      const patch: HighlightPatch = { color }
      if (draft.note.trim()) patch.note = draft.note.trim()
      if (draft.tags.trim()) patch.tags = parseTags(draft.tags)
      if (draft.stance) patch.stance = draft.stance
      if (!(await this.update(same.id, patch))) return
      this.closeToolbar()
      window.getSelection()?.removeAllRanges()
      return
    }
    const placed = await this.#try('The highlight could not be saved', () =>
      api.addHighlight({
        articleId: selection.articleId,
        start: selection.start,
        end: selection.end,
        color,
        note: draft.note.trim(),
        tags: parseTags(draft.tags),
        stance: draft.stance || null,
        topic: selection.topic,
      }),
    )
    if (!placed) return // keep the toolbar and draft so nothing typed is lost
    this.#put(placed)
    this.closeToolbar()
    window.getSelection()?.removeAllRanges()
  }

  /**
   * Labels a whole passage's stance for a topic in one action: the highlight on exactly that text for that
   * topic gets the stance, or one is made (coloured by stance). Returns false when saving failed.
   */
  async labelPassage(target: { articleId: string; start: number; end: number; topic: string }, stance: string) {
    const same = this.#all.find(
      (h) =>
        h.articleId === target.articleId &&
        h.topic === target.topic &&
        h.current?.start === target.start &&
        h.current.end === target.end,
    )
    if (same) return this.update(same.id, { stance })
    const placed = await this.#try('The stance could not be saved', () =>
      api.addHighlight({ ...target, color: STANCE_COLORS[stance] ?? 'yellow', stance, topic: target.topic }),
    )
    if (placed) this.#put(placed)
    return Boolean(placed)
  }

  closeToolbar(): void {
    this.pending = null
    this.draft = emptyDraft()
  }

  async update(id: string, patch: HighlightPatch): Promise<boolean> {
    const placed = await this.#try('The change could not be saved', () => api.updateHighlight(id, patch))
    if (placed) this.#put(placed)
    return Boolean(placed)
  }

  async remove(id: string): Promise<void> {
    const removed = await this.#try('The highlight could not be deleted', () => api.deleteHighlight(id))
    if (!removed) return
    this.#all = this.#all.filter((h) => h.id !== id)
    if (this.editingId === id) this.editingId = null
    this.deleted = removed
  }

  async undoDelete(): Promise<void> {
    const removed = this.deleted
    if (!removed) return
    const placed = await this.#try('The highlight could not be restored', () => api.restoreHighlight(removed))
    if (!placed) return
    this.#put(placed)
    this.deleted = null
  }

  /** Moves the orphan waiting for re-attachment onto the pending selection. */
  async reattach(): Promise<void> {
    const id = this.reattachId
    const selection = this.pending
    if (!id || !selection) return
    const placed = await this.#try('The highlight could not be re-attached', () =>
      api.reattachHighlight(id, selection.articleId, selection.start, selection.end),
    )
    if (!placed) return
    this.#put(placed)
    this.reattachId = null
    this.closeToolbar()
    window.getSelection()?.removeAllRanges()
  }

  async addStance(label: string): Promise<void> {
    const clean = label.trim()
    if (!clean) return
    const stances = await this.#try('The stance label could not be added', () => api.addStance(clean))
    if (stances) this.stances = withDefaults(stances)
  }
}

export const highlights = new HighlightsState()
