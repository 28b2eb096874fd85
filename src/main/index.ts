// The Electron app, in order: one instance per user data folder, the app:// scheme, the stores,
// the workspace, the handler table on IPC, the window and its menu.
import { app, BrowserWindow, dialog, Menu, screen, shell, type Rectangle } from 'electron'
import Store from 'electron-store'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { bundledCorpusDir, userDataDir } from '../core/fs/paths'
import { openWorkspace } from '../core/workspace/open-workspace'
import { openConfig } from '../core/settings/config-store'
import { writeFileSafelyAsync } from '../core/fs/write-file'
import { decodeExisting } from '../core/export'
import type { Workspace } from '../core/workspace/workspace'
import { createHandlers, type Platform } from '../backend/handlers'
import { registerIpc } from './ipc'
import { buildMenu } from './menu'
import { handlePassageLinks } from './passage-links'
import { APP_URL, registerAppScheme, serveRenderer } from './protocol'
import { createMainWindow, hardenSession } from './window'
import { placeWindow, readWindowState, type WindowState } from './window-placement'
import { errorMessage } from '../shared/errors'

// The same folder the CLI and the browser host use (STANCE_USER_DATA overrides); set before the lock,
// because the single-instance lock is per user data folder.
app.setPath('userData', userDataDir())
registerAppScheme()

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const appUrl = devServerUrl ?? APP_URL
let mainWindow: BrowserWindow | null = null
const passageLinks = handlePassageLinks(() => mainWindow)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv) => {
    passageLinks.fromArgv(argv)
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.whenReady().then(start, fail)
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData')

  hardenSession(devServerUrl)
  if (!devServerUrl) serveRenderer(join(import.meta.dirname, '../renderer'))

  const makeStore = (options: object) => new Store<Record<string, unknown>>(options)
  // window.json, read by electron-store and written through the app's one write path.
  const windowState = openConfig(join(dataDir, 'window.json'), makeStore, [])
  const corpusDir = app.isPackaged ? join(process.resourcesPath, 'corpus') : bundledCorpusDir(app.getAppPath())
  const workspace: Workspace = await openWorkspace({
    corpusDir,
    userDataDir: dataDir,
    makeStore,
  })
  registerIpc(createHandlers(workspace, appPlatform()), appUrl)

  const saved = readWindowState({
    bounds: windowState.get('bounds'),
    maximized: windowState.get('maximized'),
    fullScreen: windowState.get('fullScreen'),
  })
  mainWindow = createMainWindow({
    appUrl,
    preload: join(import.meta.dirname, '../preload/index.cjs'),
    placement: placeWindow(saved, workAreas()),
    saved,
    onStateChange: (state: WindowState) => {
      try {
        windowState.update(() => {
          windowState.set('bounds', state.bounds)
          windowState.set('maximized', state.maximized)
          windowState.set('fullScreen', state.fullScreen)
        })
      } catch (error) {
        console.error(`window state not saved: ${errorMessage(error)}`)
      }
    },
  })
  mainWindow.on('closed', () => (mainWindow = null))
  mainWindow.webContents.on('did-finish-load', () => passageLinks.windowLoaded())
  Menu.setApplicationMenu(buildMenu(() => mainWindow, Boolean(devServerUrl)))

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => workspace.dispose())
}

/** The displays' work areas as they are now, the primary first. */
function workAreas(): Rectangle[] {
  const primary = screen.getPrimaryDisplay()
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea)
}

function appPlatform(): Platform {
  return {
    async deliverExport(file) {
      const options = { defaultPath: file.fileName, filters: [FILE_FILTERS[file.format]] }
      const choice = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options)
      if (choice.canceled || !choice.filePath) return { kind: 'cancelled' }
      // Exporting Markdown again to the same file keeps whatever the user wrote around the generated part.
      const bytes = file.format === 'md' ? await readFile(choice.filePath).catch(() => null) : null
      const existing = bytes === null ? null : decodeExisting(bytes, basename(choice.filePath))
      await writeFileSafelyAsync(choice.filePath, existing === null ? file.content : file.updateFile(existing))
      return { kind: 'saved', path: choice.filePath, count: file.count }
    },
    async deliverReport(file) {
      const extension = file.fileName.split('.').pop() ?? 'md'
      const options = {
        defaultPath: file.fileName,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      }
      const choice = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options)
      if (choice.canceled || !choice.filePath) return { kind: 'cancelled' }
      await writeFileSafelyAsync(choice.filePath, file.text)
      return { kind: 'saved', path: choice.filePath }
    },
    async openExternal(url) {
      await shell.openExternal(url)
      return true
    },
  }
}

const FILE_FILTERS = {
  md: { name: 'Markdown', extensions: ['md'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  qdpx: { name: 'REFI-QDA project', extensions: ['qdpx'] },
}

function fail(error: unknown): void {
  const message = errorMessage(error)
  dialog.showErrorBox('Stance Reader could not start', message)
  app.exit(1)
}
