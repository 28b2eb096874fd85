// The one way to run a task in a worker thread. It settles once (the first of: the task's answer, the
// worker's error, its exit), carries the task's error with its kind, and terminates the worker when the
// task has answered or when disposed, so no worker outlives what started it.
import { Worker } from 'node:worker_threads'
import { fromErrorData, type ErrorData } from '../../shared/errors'
import type { WorkerScript } from './worker-script'

/** What a message from the worker means: the answer, the task's failure, or (undefined) progress only. */
export type WorkerOutcome<T> = { value: T } | { error: ErrorData | Error } | undefined

export interface WorkerRun<T> {
  readonly result: Promise<T>
  /** Stops the worker; an unsettled result rejects. */
  dispose(): void
}

/**
 * Starts `script` with `workerData`; `read` turns each message into an outcome. `what` names the task in
 * errors ("the import worker stopped (exit code 1) before it finished").
 */
export function runWorker<T, M = unknown>(
  script: WorkerScript,
  workerData: unknown,
  read: (message: M) => WorkerOutcome<T>,
  what: string,
  /** Aborting it disposes the run (the workspace aborts on dispose, so no worker outlives it). */
  signal?: AbortSignal,
): WorkerRun<T> {
  const worker = new Worker(script.url, { workerData, execArgv: script.execArgv })
  let settled = false
  let settle!: { resolve: (value: T) => void; reject: (error: Error) => void }
  const result = new Promise<T>((resolve, reject) => (settle = { resolve, reject }))
  const finish = (outcome: { value: T } | { error: Error }) => {
    if (settled) return
    settled = true
    if ('value' in outcome) settle.resolve(outcome.value)
    else settle.reject(outcome.error)
    void worker.terminate()
  }
  worker.on('message', (message: M) => {
    const outcome = read(message)
    if (!outcome) return
    if ('value' in outcome) finish(outcome)
    else finish({ error: outcome.error instanceof Error ? outcome.error : fromErrorData(outcome.error) })
  })
  worker.on('error', (error) => finish({ error }))
  worker.on('exit', (code) => finish({ error: new Error(`${what} stopped (exit code ${code}) before it finished`) }))
  const dispose = () => finish({ error: new Error(`${what} was stopped`) })
  if (signal?.aborted) dispose()
  else signal?.addEventListener('abort', dispose, { once: true })
  return { result, dispose }
}
