// conf and electron-store write through `atomically`'s writeFileSync, which writes once and ignores the
// byte count a short write returns, then renames the short temp file over the user's file (see
// SECURITY.md, RELIABILITY). Their write method is private, so we keep them for reading and route
// every write of a whole store through our writer, with the store's own serializer.
import type { BackendFactory, BackendOptions, StoreBackend } from '../highlights/store/backend'
import { realFs, writeFileSafely, type WriteFs } from './write-file'

/** A backend whose reads are conf's/electron-store's and whose writes are ours (all or nothing). */
export function routedBackend(
  inner: StoreBackend,
  options: Pick<BackendOptions, 'serialize'>,
  fs: WriteFs = realFs,
): StoreBackend {
  return {
    get path() {
      return inner.path
    },
    get store() {
      return inner.store
    },
    set store(value: Record<string, unknown>) {
      writeFileSafely(inner.path, options.serialize(value), fs)
    },
  }
}

/** The same factory, with every write of the stores it makes going through our writer. */
export const routeWrites =
  (factory: BackendFactory, fs: WriteFs = realFs): BackendFactory =>
  (options) =>
    routedBackend(factory(options), options, fs)
