// `stance-reader://open?article=…&paragraph=…` links (written into every export) open the passage in the
// app. macOS hands a link over as 'open-url'; Windows and Linux start a second instance with the link in
// its arguments, which the single-instance lock turns into 'second-instance' here. Only a link that parses
// as exactly a passage link (shared/passage-link.ts) reaches the renderer, and all it can do is show one.
import { app, type BrowserWindow } from 'electron'
import { resolve } from 'node:path'
import { LINK_SCHEME, parsePassageLink, passageLink, passageLinkIn, type PassageRef } from '../shared/passage-link'

export const OPEN_PASSAGE_CHANNEL = 'open-passage'

export interface PassageLinks {
  /** The argv of a second instance (Windows, Linux). */
  fromArgv(argv: readonly string[]): void
  /** The window has loaded: send the link the app was started with, if any. */
  windowLoaded(): void
}

/** Call before 'ready' (macOS can send 'open-url' while the app starts). */
export function handlePassageLinks(getWindow: () => BrowserWindow | null): PassageLinks {
  // Unpackaged (`electron .`), the OS must start Electron with the app's folder for the link to reach us.
  if (process.defaultApp && process.argv[1]) {
    app.setAsDefaultProtocolClient(LINK_SCHEME, process.execPath, [resolve(process.argv[1])])
  } else {
    app.setAsDefaultProtocolClient(LINK_SCHEME)
  }
  let pending: PassageRef | null = passageLinkIn(process.argv)

  const deliver = (ref: PassageRef | null) => {
    if (!ref) return
    const window = getWindow()
    if (!window || window.webContents.isLoading()) {
      pending = ref
      return
    }
    // Sent as a link the renderer parses again: nothing but a well-formed passage link crosses.
    window.webContents.send(OPEN_PASSAGE_CHANNEL, passageLink(ref.articleId, ref.paragraph))
    if (window.isMinimized()) window.restore()
    window.focus()
  }

  app.on('open-url', (event, url) => {
    event.preventDefault()
    deliver(parsePassageLink(url))
  })
  return {
    fromArgv: (argv) => deliver(passageLinkIn(argv)),
    windowLoaded: () => {
      const ref = pending
      pending = null
      deliver(ref)
    },
  }
}
