// Which view is showing, and the way back (Esc) to where the user came from.
export type View = 'library' | 'compare' | 'highlights' | 'speakers'

export class Navigation {
  view = $state<View>('library')
  #history: View[] = []

  go(view: View): void {
    if (view === this.view) return
    this.#history.push(this.view)
    if (this.#history.length > 50) this.#history.shift()
    this.view = view
  }

  /** Returns false when there is nowhere to go back to. */
  back(): boolean {
    const previous = this.#history.pop()
    if (!previous) return false
    this.view = previous
    return true
  }
}

export const nav = new Navigation()
