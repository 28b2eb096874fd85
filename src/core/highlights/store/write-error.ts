// Why a change to the highlights store could not be saved, and how many changes are still unsaved.
export class StoreWriteError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly unsaved: number,
    options?: ErrorOptions,
  ) {
    super(`could not save highlights to ${path}: ${reason}; the file was left as it was`, options)
  }
}
