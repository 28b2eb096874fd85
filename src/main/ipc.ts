// Registers `api:<method>` for every method of the handler table. Each call is refused unless it
// comes from the app's own top frame on the app's own origin (not an iframe, not a page navigated elsewhere).
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { Api } from '../shared/api'
import { replyOf } from '../shared/client'
import { ApiError } from '../shared/errors'
import { API_METHODS } from '../shared/methods'
import { isTrustedSender } from './sender'

export function registerIpc(handlers: Api, appUrl: string): () => void {
  for (const method of API_METHODS) {
    const handler = handlers[method] as (...args: unknown[]) => Promise<unknown>
    // Answers with a Reply, never a rejection: invoke would drop the error's kind (see shared/client.ts).
    ipcMain.handle(`api:${method}`, (event: IpcMainInvokeEvent, ...args: unknown[]) =>
      replyOf(() => {
        const frame = event.senderFrame
        if (!isTrustedSender(frame && { url: frame.url, isTop: frame.parent === null }, appUrl)) {
          throw new ApiError('forbidden', `api:${method} refused: the caller is not the app's own page`)
        }
        return handler(...args)
      }),
    )
  }
  return () => API_METHODS.forEach((method) => ipcMain.removeHandler(`api:${method}`))
}
