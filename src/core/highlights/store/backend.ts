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
 * Bytes, not a string, so the write does not re-encode 5 MB of text each time; and the leading run of
 * an array that is the same objects as in the last write is copied from it in one piece.
 */
export function createCodec(): Codec {
  const cache = new WeakMap<object, Buffer>()
  const comma = Buffer.from(',\n')
  const bytes = (item: unknown): Buffer => {
    if (typeof item !== 'object' || item === null) return Buffer.from(JSON.stringify(item))
    let encoded = cache.get(item)
    if (encoded === undefined) {
      // ASCII-only JSON (\uXXXX escapes): the read-back before each write decodes it on the fast path.
      encoded = Buffer.from(
        JSON.stringify(item).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
        'latin1',
      )
      cache.set(item, encoded)
    }
    return encoded
  }
  /** The last output, and where each array's items ended in it. */
  let previous: { out: Buffer; arrays: Map<string, ArrayLayout> } | undefined
  return {
    serialize(value) {
      const parts: Uint8Array[] = [Buffer.from('{\n')]
      let length = parts[0]!.length
      const push = (part: Uint8Array) => {
        parts.push(part)
        length += part.length
      }
      const arrays = new Map<string, ArrayLayout>()
      Object.entries(value).forEach(([key, v], i) => {
        if (i > 0) push(comma)
        if (!Array.isArray(v)) {
          push(Buffer.from(`${JSON.stringify(key)}: ${JSON.stringify(v)}`))
          return
        }
        push(Buffer.from(`${JSON.stringify(key)}: [\n`))
        const layout: ArrayLayout = { items: v, start: length, ends: new Array<number>(v.length) }
        const before = previous?.arrays.get(key)
        let reused = 0
        if (before)
          while (reused < v.length && reused < before.items.length && v[reused] === before.items[reused]) reused++
        if (reused > 0 && previous && before) {
          const shift = layout.start - before.start
          push(previous.out.subarray(before.start, before.ends[reused - 1]))
          for (let j = 0; j < reused; j++) layout.ends[j] = (before.ends[j] as number) + shift
        }
        for (let j = reused; j < v.length; j++) {
          if (j > 0) push(comma)
          push(bytes(v[j]))
          layout.ends[j] = length
        }
        arrays.set(key, layout)
        push(Buffer.from('\n]'))
      })
      push(Buffer.from('\n}\n'))
      // One allocation and native copies: Buffer.concat walks 20,000 small parts far more slowly.
      const out = Buffer.allocUnsafe(length)
      let offset = 0
      for (const part of parts) {
        out.set(part, offset)
        offset += part.length
      }
      previous = { out, arrays }
      return out
    },
  }
}

/** Where one array's items sit in a serialized store: `ends[j]` is the offset just past item j. */
interface ArrayLayout {
  items: readonly unknown[]
  start: number
  ends: number[]
}

export interface Codec {
  serialize: (value: Record<string, unknown>) => Uint8Array
}

/** Identity of the file's current version: every atomic write renames a new inode into place. */
export function fileVersion(path: string): string | null {
  let stat
  try {
    stat = statSync(path, { throwIfNoEntry: false, bigint: true })
  } catch {
    return null // ENOTDIR: no folder there, so no file
  }
  return stat ? `${stat.ino}:${stat.size}:${stat.mtimeNs}` : null
}
