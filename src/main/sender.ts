// Who may call the Api over IPC: only the app's own top-level frame, showing the app's own page.
// Pure, so it is tested without Electron; ipc.ts feeds it event.senderFrame.

/** `scheme://host[:port]`; unlike URL.origin this is also meaningful for custom schemes (app://stance). */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (!parsed.host) return null
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return null
  }
}

export interface SenderFrame {
  url: string
  /** True when the frame is the window's main frame (not an iframe). */
  isTop: boolean
}

/** True when `frame` is the app's top frame and its page comes from `appUrl`'s origin. */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  if (!frame || !frame.isTop) return false
  const expected = originOf(appUrl)
  return expected !== null && originOf(frame.url) === expected
}
