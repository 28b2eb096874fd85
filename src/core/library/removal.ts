// Removing imported articles from the library, and undoing it. The store is append-only, so a removal is
// a line saying so (`{"removed":id,"hash":…}`) and an undo another (`{"restored":id,"hash":…}`): the body
// stays where it was, library.json keeps the removed entry for the undo, and metadata rebuilt from the
// store honours both lines (a removed article does not come back when library.json is lost).
import type { LibraryEntry } from './meta'

/** A removal or an undo as one line of the store. */
export interface RemovalLine {
  removed?: string
  restored?: string
  hash: string
}

/** The library's entries as an edit under the lock sees them (see LibraryStore.edit). */
export interface LibraryEdit {
  entries: Map<string, LibraryEntry>
  /** Entries removed and not restored, by id: their lines are still in the store. */
  removed: Map<string, LibraryEntry>
  groups: string[][]
}

/** Entries removed or restored, the store lines saying so, and whether the saved groups still hold. */
export interface Removal {
  done: LibraryEntry[]
  lines: string[]
  groupsHold: boolean
}

/** The removal or undo a store line records, or null if it is not one. */
export function removalLine(line: unknown): RemovalLine | null {
  if (typeof line !== 'object' || line === null || typeof (line as RemovalLine).hash !== 'string') return null
  const { removed, restored } = line as RemovalLine
  if (typeof removed === 'string' && restored === undefined) return line as RemovalLine
  if (typeof restored === 'string' && removed === undefined) return line as RemovalLine
  return null
}

/** Applies one removal or undo line to entries being rebuilt from the store, in store order. */
export function applyRemovalLine(edit: Omit<LibraryEdit, 'groups'>, line: RemovalLine): void {
  const [from, to, id] = line.removed
    ? [edit.entries, edit.removed, line.removed]
    : [edit.removed, edit.entries, line.restored as string]
  const entry = from.get(id)
  if (entry?.hash !== line.hash) return
  from.delete(id)
  to.set(id, entry)
}

/**
 * Removes the articles `ids` names that are in the library; returns them and the store lines to append.
 * Removing only splits near-identical groups, so the groups are kept minus the removed ids.
 */
export function removeEntries(edit: LibraryEdit, ids: readonly string[]): Removal {
  const done: LibraryEntry[] = []
  for (const id of new Set(ids)) {
    const entry = edit.entries.get(id)
    if (!entry) continue
    edit.entries.delete(id)
    edit.removed.set(id, entry)
    done.push(entry)
  }
  const gone = new Set(done.map((entry) => entry.id))
  edit.groups = edit.groups.map((group) => group.filter((id) => !gone.has(id))).filter((group) => group.length > 1)
  const lines = done.map((entry) => JSON.stringify({ removed: entry.id, hash: entry.hash }))
  return { done, lines, groupsHold: true }
}

/**
 * Puts back removed articles `ids` names, unless the same id has been imported again since (the newer
 * import stays); returns them and the store lines to append.
 */
export function restoreEntries(edit: LibraryEdit, ids: readonly string[]): Removal {
  const done: LibraryEntry[] = []
  for (const id of new Set(ids)) {
    const entry = edit.removed.get(id)
    if (!entry) continue
    edit.removed.delete(id)
    if (edit.entries.has(id)) continue
    edit.entries.set(id, entry)
    done.push(entry)
  }
  // A restored article may join a group again: the groups must be found again (Library.restore).
  const lines = done.map((entry) => JSON.stringify({ restored: entry.id, hash: entry.hash }))
  return { done, lines, groupsHold: false }
}
