// The one app window, locked down: isolated, sandboxed renderer without Node; no popups, no
// navigation away from the app, no webviews, no permissions; https links go to the system browser.
import { BrowserWindow, session, shell, type Rectangle, type Session } from 'electron'
import { vetExternalUrl } from '../backend/handlers'
import { CSP, devCsp } from '../backend/csp'
import { originOf } from './sender'

export interface WindowOptions {
  /** app://stance/index.html in production, ELECTRON_RENDERER_URL in dev. */
  appUrl: string
  preload: string
  bounds?: Partial<Rectangle>
  onBoundsChange?: (bounds: Rectangle) => void
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    ...options.bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Stance Reader',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would otherwise raise 'auxclick' and open links outside the window-open handler's view.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  lockDown(window, options.appUrl)
  window.once('ready-to-show', () => window.show())

  if (options.onBoundsChange) {
    const save = debounce(() => {
      if (!window.isDestroyed() && !window.isMinimized() && !window.isMaximized())
        options.onBoundsChange?.(window.getBounds())
    }, 500)
    window.on('resize', save)
    window.on('move', save)
    window.on('close', () => options.onBoundsChange?.(window.getNormalBounds()))
  }
  void window.loadURL(options.appUrl)
  return window
}

function lockDown(window: BrowserWindow, appUrl: string): void {
  const appOrigin = originOf(appUrl)
  const contents = window.webContents

  contents.setWindowOpenHandler(({ url }) => {
    openIfHttps(url)
    return { action: 'deny' }
  })
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (originOf(url) === appOrigin) return
    event.preventDefault()
    openIfHttps(url)
  }
  contents.on('will-navigate', stayInApp)
  contents.on('will-frame-navigate', (event) => stayInApp(event, event.url))
  contents.on('will-redirect', stayInApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

function openIfHttps(url: string): void {
  const vetted = vetExternalUrl(url)
  if (vetted) void shell.openExternal(vetted)
}

/** Session-wide: deny every permission, and send the CSP header with every response. */
export function hardenSession(devServerUrl?: string, target: Session = session.defaultSession): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  target.setPermissionCheckHandler(() => false)
  target.setDevicePermissionHandler(() => false)
  const policy = devServerUrl ? devCsp(devServerUrl) : CSP
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } })
  })
}

function debounce(run: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined
  return () => {
    clearTimeout(timer)
    timer = setTimeout(run, ms)
  }
}
