// Errors that cross the contract. Each has a kind the renderer can act on, and travels as data
// ({ kind, message }): Electron's invoke drops an error's class and prefixes its message, HTTP carries
// only a status and a body, so both transports turn errors into this shape and back (see client.ts).

export const ERROR_KINDS = ['not-found', 'invalid', 'not-ready', 'conflict', 'forbidden', 'internal'] as const
export type ErrorKind = (typeof ERROR_KINDS)[number]

export interface ErrorData {
  kind: ErrorKind
  message: string
}

export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

/** An article, highlight or topic that does not exist. */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError'
  constructor(message: string, options?: ErrorOptions) {
    super('not-found', message, options)
  }
}

/** A request that cannot be carried out as given: the caller's to fix. */
export class InvalidError extends ApiError {
  override name = 'InvalidError'
  constructor(message: string, options?: ErrorOptions) {
    super('invalid', message, options)
  }
}

/** Not possible yet (the search index is still being built): ask again shortly. */
export class NotReadyError extends ApiError {
  override name = 'NotReadyError'
  constructor(message: string, options?: ErrorOptions) {
    super('not-ready', message, options)
  }
}

/** Clashes with what exists or with another process's work (a name taken, a file locked). */
export class ConflictError extends ApiError {
  override name = 'ConflictError'
  constructor(message: string, options?: ErrorOptions) {
    super('conflict', message, options)
  }
}

const isKind = (value: unknown): value is ErrorKind => ERROR_KINDS.includes(value as ErrorKind)

/** The kind of anything thrown: its own if it has one, otherwise internal. */
export function errorKind(error: unknown): ErrorKind {
  const kind = (error as { kind?: unknown } | null)?.kind
  return isKind(kind) ? kind : 'internal'
}

/** A readable message from anything thrown (an Error, an error as data, a string). */
export function errorMessage(error: unknown): string {
  if (typeof error === 'string') return error
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' && message !== '' ? message : 'Unexpected error'
}

export const toErrorData = (error: unknown): ErrorData => ({ kind: errorKind(error), message: errorMessage(error) })

export const fromErrorData = (data: unknown): ApiError => new ApiError(errorKind(data), errorMessage(data))

/** The browser host's status for each kind. */
export const HTTP_STATUS: Record<ErrorKind, number> = {
  'not-found': 404,
  invalid: 400,
  'not-ready': 503,
  conflict: 409,
  forbidden: 403,
  internal: 500,
}

/** The kind an HTTP status stands for (a reply without a kind of ours: a proxy, an old host). */
export function kindOfStatus(status: number): ErrorKind {
  const kind = ERROR_KINDS.find((k) => HTTP_STATUS[k] === status)
  if (kind) return kind
  return status >= 400 && status < 500 ? 'invalid' : 'internal'
}
