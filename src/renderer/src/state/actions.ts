// Cross-view actions: small functions that move the user between views.
import { library } from './library.svelte'
import { nav } from './nav.svelte'
import { reader } from './reader.svelte'

/** Opens an article in the reader, optionally at a paragraph (scrolled to and flashed). */
export function openArticle(id: string, paragraph: number | null = null): Promise<void> {
  nav.go('library')
  library.selectedId = id
  return reader.open(id, paragraph)
}

/** Focuses an element found by selector once the DOM has caught up. */
export function focusLater(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus())
}
