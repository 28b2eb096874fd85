// The renderer's one way to reach main: `window.api` under Electron (the preload exposes it),
// otherwise an HTTP client for the browser host that implements the same contract.
import type { Api, MenuEvents } from '../../../shared/api'
import { createApiClient, httpTransport, type Fetch } from '../../../shared/client'

declare global {
  interface Window {
    /** Present only under Electron: set by src/preload/index.ts. */
    api?: Api
    /** Present only under Electron: menu commands (File › Import…, File › Export). */
    menu?: MenuEvents
  }
}

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

/** An Api over HTTP, for the browser host. */
export function httpApi(token = hostToken()): Api {
  const client = createApiClient(httpTransport((url, init) => fetch(url, init) as ReturnType<Fetch>, token))
  // The server vets the link (https only); the browser, not the server, opens it.
  const vet = client.openExternal
  client.openExternal = async (url: string) => {
    const vetted = (await vet(url)) === true
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
