// Cross-view actions: small functions that move the user between views.
import { parsePassageLink } from '../../../shared/passage-link'
import { library } from './library.svelte'
import { nav } from './nav.svelte'
import { reader } from './reader.svelte'

/** Opens an article in the reader, optionally at a paragraph (scrolled to and flashed). */
export function openArticle(id: string, paragraph: number | null = null): Promise<void> {
  nav.go('library')
  library.selectedId = id
  return reader.open(id, paragraph)
}

/**
 * Opens the passage a `stance-reader://open?…` link names (from an export, handed over by the app, or in
 * the browser host's address as `#open=<link>`). Returns false for anything that is not such a link.
 */
export function openPassageLink(link: string): boolean {
  const ref = parsePassageLink(link)
  if (!ref) return false
  void openArticle(ref.articleId, ref.paragraph)
  return true
}

/** The link in the address (`#open=<link>`), if any; the address is tidied so a reload does not jump again. */
export function passageLinkInAddress(): string | null {
  const match = /^#open=(.+)$/.exec(location.hash)
  if (!match) return null
  history.replaceState(null, '', `${location.pathname}${location.search}`)
  try {
    return decodeURIComponent(match[1]!)
  } catch {
    return null
  }
}

/** Focuses an element found by selector once the DOM has caught up. */
export function focusLater(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus())
}
