// The one app window, locked down: isolated, sandboxed renderer without Node; no popups, no
// navigation away from the app, no webviews, no permissions; https links go to the system browser.
import { BrowserWindow, session, shell, type Session } from 'electron'
import { vetExternalUrl } from '../backend/handlers'
import { CSP, devCsp } from '../backend/csp'
import { originOf } from './sender'
import { MIN_SIZE, stateToSave, type Placement, type WindowState } from './window-placement'

export interface WindowOptions {
  /** app://stance/index.html in production, ELECTRON_RENDERER_URL in dev. */
  appUrl: string
  preload: string
  /** Where to open, from placeWindow. */
  placement: Placement
  /** The state last saved, kept while full screen or minimized hides the normal bounds. */
  saved: WindowState
  onStateChange?: (state: WindowState) => void
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    fullscreen: options.placement.fullScreen,
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
  window.once('ready-to-show', () => {
    // Maximized over the saved normal bounds, so un-maximizing returns to them.
    if (options.placement.maximized && !options.placement.fullScreen) window.maximize()
    window.show()
  })
  if (options.onStateChange) rememberState(window, options.saved, options.onStateChange)
  void window.loadURL(options.appUrl)
  return window
}

function rememberState(window: BrowserWindow, saved: WindowState, onchange: (state: WindowState) => void): void {
  let state = saved
  const save = (): void => {
    if (window.isDestroyed()) return
    state = stateToSave(state, {
      normalBounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
      fullScreen: window.isFullScreen(),
      minimized: window.isMinimized(),
    })
    onchange(state)
  }
  const later = debounce(save, 500)
  window.on('resize', later)
  window.on('move', later)
  window.on('maximize', later)
  window.on('unmaximize', later)
  window.on('enter-full-screen', later)
  window.on('leave-full-screen', later)
  window.on('close', save)
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
