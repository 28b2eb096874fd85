// Exposes exactly the Api contract on window.api, plus window.menu for native menu commands;
// nothing else (no ipcRenderer, no generic invoke).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { MenuCommand, MenuEvents } from '../shared/api'
import type { Api } from '../shared/api'
import { API_METHODS } from '../shared/methods'

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(`api:${method}`, ...args)]),
) as unknown as Api

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
