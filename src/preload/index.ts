// Exposes exactly the Api contract on window.api, plus window.menu for native menu commands;
// nothing else (no ipcRenderer, no generic invoke).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { MenuCommand, MenuEvents } from '../shared/api'
import { createApiClient, type Reply } from '../shared/client'

// Main answers every call with a Reply (src/main/ipc.ts); errors reach the page as data, kind kept.
const api = createApiClient((method, args) => ipcRenderer.invoke(`api:${method}`, ...args) as Promise<Reply>, {
  rejectWithData: true,
})

const COMMANDS: readonly MenuCommand[] = ['import', 'export']

const menu: MenuEvents = {
  onMenu(listener) {
    const relay = (_event: IpcRendererEvent, command: unknown) => {
      if (COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand)
    }
    ipcRenderer.on('menu', relay)
    return () => ipcRenderer.removeListener('menu', relay)
  },
  onOpenLink(listener) {
    const relay = (_event: IpcRendererEvent, link: unknown) => {
      if (typeof link === 'string') listener(link)
    }
    ipcRenderer.on('open-passage', relay)
    return () => ipcRenderer.removeListener('open-passage', relay)
  },
}

contextBridge.exposeInMainWorld('api', api)
contextBridge.exposeInMainWorld('menu', menu)
