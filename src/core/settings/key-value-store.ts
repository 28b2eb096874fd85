// The one key-value store shape, behind which settings and topics keep their data.

/** A key-value store: electron-store in the app, conf in Node; both have this shape. */
export interface KeyValueStore {
  get(key: string): unknown
  set(key: string, value: unknown): void
  /** Runs a read-modify-write as one step other processes cannot interleave with (config.json's lock). */
  update?<T>(change: () => T): T
}
