// Registers `api:<method>` for every method of the handler table. Each call is refused unless it
// comes from the app's own top frame on the app's own origin (not an iframe, not a page navigated elsewhere).
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { Api } from '../shared/api'
import { API_METHODS } from '../shared/methods'
import { isTrustedSender } from './sender'

export function registerIpc(handlers: Api, appUrl: string): () => void {
  for (const method of API_METHODS) {
    const handler = handlers[method] as (...args: unknown[]) => Promise<unknown>
    ipcMain.handle(`api:${method}`, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      const frame = event.senderFrame
      if (!isTrustedSender(frame && { url: frame.url, isTop: frame.parent === null }, appUrl)) {
        throw new Error(`api:${method} refused: the caller is not the app's own page`)
      }
      return handler(...args)
    })
  }
  return () => API_METHODS.forEach((method) => ipcMain.removeHandler(`api:${method}`))
}
