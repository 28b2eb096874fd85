// What the highlights store needs from its file: `conf` in Node (CLI, browser host) and
// `electron-store` in the app both satisfy it, so main passes its own and core never imports Electron.
import { basename, dirname, extname } from 'node:path'
import { statSync } from 'node:fs'
import Conf from 'conf'

export interface StoreBackend {
  readonly path: string
  store: Record<string, unknown>
}

/** Options both `new Conf(o)` and `new ElectronStore(o)` accept (electron-store reads `name`). */
export interface BackendOptions {
  cwd: string
  name: string
  configName: string
  fileExtension: string
  serialize: (value: Record<string, unknown>) => string | Uint8Array
  deserialize: (text: string) => Record<string, unknown>
  clearInvalidConfig: false
  accessPropertiesByDotNotation: false
  watch: false
}

export type BackendFactory = (options: BackendOptions) => StoreBackend

export const confBackend: BackendFactory = (options) => new Conf<Record<string, unknown>>(options)

export function backendOptions(path: string, codec: Pick<BackendOptions, 'serialize' | 'deserialize'>): BackendOptions {
  const extension = extname(path)
  const name = basename(path, extension)
  return {
    cwd: dirname(path),
    name,
    configName: name,
    fileExtension: extension.replace(/^\./, ''),
    ...codec,
    // Never let the library clear a file it cannot read: the store backs it up first (see open.ts).
    clearInvalidConfig: false,
    accessPropertiesByDotNotation: false,
    watch: false,
  }
}

/**
 * Compact JSON, one highlight a line, with each highlight's bytes cached by object identity: a save
 * with 10,000 highlights encodes only the one that changed (highlights are never mutated in place).
 * Bytes, not a string, so the write does not re-encode 5 MB of text each time.
 */
export function createCodec(path: string): Codec {
  const cache = new WeakMap<object, Buffer>()
  const comma = Buffer.from(',\n')
  let last: { value: Record<string, unknown>; version: string | null; length: number } | undefined
  const bytes = (item: unknown): Buffer => {
    if (typeof item !== 'object' || item === null) return Buffer.from(JSON.stringify(item))
    let encoded = cache.get(item)
    if (encoded === undefined) {
      // ASCII-only JSON (\uXXXX escapes): the read-back before each write decodes it on the fast path.
      encoded = Buffer.from(JSON.stringify(item).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), 'latin1')
      cache.set(item, encoded)
    }
    return encoded
  }
  let pending: { value: Record<string, unknown>; length: number } | undefined
  return {
    serialize(value) {
      const parts: Buffer[] = [Buffer.from('{\n')]
      Object.entries(value).forEach(([key, v], i) => {
        if (i > 0) parts.push(comma)
        if (!Array.isArray(v)) {
          parts.push(Buffer.from(`${JSON.stringify(key)}: ${JSON.stringify(v)}`))
          return
        }
        parts.push(Buffer.from(`${JSON.stringify(key)}: [\n`))
        v.forEach((item, j) => {
          if (j > 0) parts.push(comma)
          parts.push(bytes(item))
        })
        parts.push(Buffer.from('\n]'))
      })
      parts.push(Buffer.from('\n}\n'))
      // One allocation and native copies: Buffer.concat walks 20,000 small parts far more slowly.
      let length = 0
      for (const part of parts) length += part.length
      const out = Buffer.allocUnsafe(length)
      let offset = 0
      for (const part of parts) {
        out.set(part, offset)
        offset += part.length
      }
      pending = { value, length: out.length }
      return out
    },
    // conf reads the file back before every write; when it is still the version we wrote, skip the parse.
    deserialize(text) {
      if (last && last.version !== null && last.version === fileVersion(path) && Buffer.byteLength(text) === last.length) return last.value
      const value = JSON.parse(text) as Record<string, unknown>
      last = { value, version: fileVersion(path), length: Buffer.byteLength(text) }
      return value
    },
    written() {
      if (pending) last = { ...pending, version: fileVersion(path) }
      pending = undefined
    },
  }
}

export interface Codec {
  serialize: (value: Record<string, unknown>) => Uint8Array
  deserialize: (text: string) => Record<string, unknown>
  /** Call after a write went through, so the next read-back of those bytes is recognised. */
  written(): void
}

/** Identity of the file's current version: every atomic write renames a new inode into place. */
export function fileVersion(path: string): string | null {
  const stat = statSync(path, { throwIfNoEntry: false, bigint: true })
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeNs}` : null
}
