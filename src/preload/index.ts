// Exposes exactly the Api contract on window.api, nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import type { Api } from '../shared/api'
import { API_METHODS } from '../shared/methods'

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(`api:${method}`, ...args)]),
) as unknown as Api

contextBridge.exposeInMainWorld('api', api)
