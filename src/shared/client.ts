// One client for every transport (as GitButler's createLiteApi): the preload builds it over Electron IPC,
// the renderer over HTTP for the browser host. Each call's answer comes back as a Reply, so an error
// arrives with the same kind and message whichever way it travelled.
import type { Api } from './api'
import { fromErrorData, HTTP_STATUS, kindOfStatus, toErrorData, type ErrorData } from './errors'
import { API_METHODS } from './methods'

export type Reply = { ok: true; value: unknown } | { ok: false; error: ErrorData }

/** Carries one call to the handler table and brings back its Reply. */
export type Transport = (method: keyof Api, args: unknown[]) => Promise<Reply>

export interface ClientOptions {
  /**
   * Reject with the error as plain data ({ name, kind, message }) instead of an ApiError: Electron's
   * contextBridge copies only an Error's message into the page, but copies plain objects whole.
   */
  rejectWithData?: boolean
}

export function createApiClient(transport: Transport, options: ClientOptions = {}): Api {
  const call = async (method: keyof Api, args: unknown[]): Promise<unknown> => {
    let reply: Reply
    try {
      reply = await transport(method, args)
    } catch (error) {
      reply = { ok: false, error: toErrorData(error) }
    }
    if (reply.ok) return reply.value
    const error = fromErrorData(reply.error)
    throw options.rejectWithData ? { name: error.name, kind: error.kind, message: error.message } : error
  }
  return Object.fromEntries(
    API_METHODS.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  ) as unknown as Api
}

/** The handler side: runs one call and answers with a Reply, never a rejection. */
export async function replyOf(run: () => unknown): Promise<Reply> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    return { ok: false, error: toErrorData(error) }
  }
}

/** Header the browser host requires on API calls (a custom header also forces a CORS preflight). */
export const TOKEN_HEADER = 'x-stance-token'

/** The part of fetch the HTTP transport uses (the page's fetch, or Node's in tests). */
export type Fetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; credentials: 'same-origin'; body: string },
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>

/** Calls the browser host: POST `${base}/api/<method>` with the arguments as a JSON array. */
export function httpTransport(fetch: Fetch, token: string, base = ''): Transport {
  return async (method, args) => {
    const response = await fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      credentials: 'same-origin',
      body: JSON.stringify(args),
    })
    const text = await response.text()
    const payload: unknown = text ? JSON.parse(text) : undefined
    if (response.ok) return { ok: true, value: payload }
    const body = (payload ?? {}) as { error?: unknown; kind?: unknown }
    const message = typeof body.error === 'string' ? body.error : `HTTP ${response.status}`
    const data = { kind: body.kind ?? kindOfStatus(response.status), message }
    return { ok: false, error: { kind: fromErrorData(data).kind, message } }
  }
}

/** What the browser host answers for an error: its status and `{ error, kind }`. */
export function httpError(data: ErrorData): { status: number; body: { error: string; kind: string } } {
  return { status: HTTP_STATUS[data.kind], body: { error: data.message, kind: data.kind } }
}
