// The renderer's one way to reach main: `window.api` under Electron (the preload exposes it),
// otherwise an HTTP client for the browser host that implements the same contract.
import type { Api, MenuEvents } from '../../../shared/api'
import { API_METHODS } from '../../../shared/methods'

declare global {
  interface Window {
    /** Present only under Electron: set by src/preload/index.ts. */
    api?: Api
    /** Present only under Electron: menu commands (File › Import…, File › Export). */
    menu?: MenuEvents
  }
}

/** Header the browser host requires on API calls (a custom header also forces a CORS preflight). */
export const TOKEN_HEADER = 'x-stance-token'
const TOKEN_KEY = 'stance-token'

// The host puts the token in the first URL and, on later page loads, in a <meta> tag;
// sessionStorage keeps it across reloads once the URL has been tidied.
function hostToken(): string {
  const fromUrl = new URLSearchParams(location.search).get('token')
  const fromMeta = document.querySelector<HTMLMetaElement>('meta[name="stance-token"]')?.content
  const token = fromUrl || fromMeta || sessionStorage.getItem(TOKEN_KEY) || ''
  if (token) sessionStorage.setItem(TOKEN_KEY, token)
  return token
}

async function call(method: string, args: unknown[], token: string): Promise<unknown> {
  const response = await fetch(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    credentials: 'same-origin',
    body: JSON.stringify(args),
  })
  const text = await response.text()
  const payload: unknown = text ? JSON.parse(text) : undefined
  if (!response.ok) {
    const message =
      payload && typeof payload === 'object' && 'error' in payload ? String(payload.error) : `HTTP ${response.status}`
    throw new Error(message)
  }
  return payload
}

/** An Api over HTTP, for the browser host. */
export function httpApi(token = hostToken()): Api {
  const entries = API_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args, token)])
  const client = Object.fromEntries(entries) as unknown as Api
  // The server vets the link (https only); the browser, not the server, opens it.
  client.openExternal = async (url: string) => {
    const vetted = (await call('openExternal', [url], token)) === true
    if (vetted) window.open(url, '_blank', 'noopener,noreferrer')
    return vetted
  }
  return client
}

/** Menu events exist only in the app; the browser host has no native menu. */
export const menu: MenuEvents = window.menu ?? { onMenu: () => () => undefined }

export const api: Api = window.api ?? httpApi()

/** In the Electron app (native dialogs); false in the browser host. */
export const inApp = Boolean(window.api)
