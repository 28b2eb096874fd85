// Saving an export in the browser host. Where the browser has the File System Access API (Chromium), the
// user picks a file once and later exports update that same file in place (a Markdown export merges into
// what the user wrote around it); elsewhere the file is downloaded as before.
import type { ExportFormat } from '../../../shared/types'

/** The parts of the File System Access API used here (not yet in TypeScript's DOM library). */
export interface SaveHandle {
  readonly name: string
  getFile(): Promise<File>
  createWritable(): Promise<{ write(data: Blob | string): Promise<void>; close(): Promise<void> }>
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>
}

interface SavePickerOptions {
  suggestedName: string
  types: Array<{ description: string; accept: Record<string, string[]> }>
}

type PickerWindow = Window & { showSaveFilePicker?: (options: SavePickerOptions) => Promise<SaveHandle> }

const TYPES: Record<ExportFormat, SavePickerOptions['types'][number]> = {
  md: { description: 'Markdown', accept: { 'text/markdown': ['.md'] } },
  csv: { description: 'CSV', accept: { 'text/csv': ['.csv'] } },
  qdpx: { description: 'REFI-QDA project', accept: { 'application/zip': ['.qdpx'] } },
}

export function canSaveInPlace(): boolean {
  return typeof (window as PickerWindow).showSaveFilePicker === 'function'
}

/** Asks where to save; null when the user cancels. Must run in the click's own task (user activation). */
export async function pickSaveFile(fileName: string, format: ExportFormat): Promise<SaveHandle | null> {
  try {
    return await (window as PickerWindow).showSaveFilePicker!({ suggestedName: fileName, types: [TYPES[format]] })
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null
    throw error
  }
}

/** The file's text now, or null when it is new or empty. Asks again for permission to a kept file. */
export async function readForUpdate(handle: SaveHandle): Promise<string | null> {
  if (handle.queryPermission && (await handle.queryPermission({ mode: 'readwrite' })) !== 'granted') {
    if ((await handle.requestPermission?.({ mode: 'readwrite' })) !== 'granted')
      throw new Error(`No permission to write ${handle.name}`)
  }
  const text = await (await handle.getFile()).text()
  return text.trim() ? text : null
}

export async function writeHandle(handle: SaveHandle, data: string | Uint8Array, mediaType: string): Promise<void> {
  const writable = await handle.createWritable()
  await writable.write(new Blob([data as BlobPart], { type: mediaType }))
  await writable.close()
}

/** The content of an export the host sent back: text, or the bytes of a zip. */
export function exportContent(result: { encoding: 'utf-8' | 'base64'; data: string }): string | Uint8Array {
  if (result.encoding === 'utf-8') return result.data
  return Uint8Array.from(atob(result.data), (c) => c.charCodeAt(0))
}

// Picked files are remembered across reloads (a file handle can be stored in IndexedDB); the browser asks
// again for permission to write when one is used after a reload.
const DB = 'stance-reader-exports'
const STORE = 'handles'

function database(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DB, 1)
    open.onupgradeneeded = () => open.result.createObjectStore(STORE)
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error ?? new Error('IndexedDB is not available'))
  })
}

/** Remembers the file an export of `key` (scope and format) went to; best effort. */
export async function rememberHandle(key: string, handle: SaveHandle): Promise<void> {
  try {
    const db = await database()
    db.transaction(STORE, 'readwrite').objectStore(STORE).put(handle, key)
  } catch {
    // Not remembered: the next export asks where to save again.
  }
}

/** Every remembered file, by key; empty when IndexedDB is not there. */
export async function rememberedHandles(): Promise<Map<string, SaveHandle>> {
  const found = new Map<string, SaveHandle>()
  try {
    const db = await database()
    const store = db.transaction(STORE, 'readonly').objectStore(STORE)
    const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())])
    keys.forEach((key, i) => found.set(String(key), values[i] as SaveHandle))
  } catch {
    // Nothing remembered.
  }
  return found
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}
