// Importing one file into the user's library in a worker thread: parsing 21 MB of JSON Lines, segmenting
// and grouping near-identical stories takes seconds of CPU that would otherwise stall the app's main
// process (and the browser host's HTTP server). The worker reports progress; the library on disk is
// the result, and the caller re-reads its metadata afterwards.
import { findWorkerScript } from '../fs/worker-script'
import { runWorker } from '../fs/worker-runner'
import type { ErrorData } from '../../shared/errors'
import type { ImportProgress } from '../../shared/types'
import { Library, type ImportReport } from './'

export const IMPORT_TASK = 'stance-import'

export interface ImportRequest {
  libraryDir: string
  fileName: string
  text: string
  /** A binary file's bytes (a PDF), instead of `text`. */
  data?: Uint8Array
  /** Source for records that name none (records with their own keep it). */
  source?: string
}

export type ImportMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'done'; report: ImportReport }
  | { type: 'error'; error: ErrorData }

/** The import itself, wherever it runs. */
export async function runImport(
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const library = await Library.open(request.libraryDir)
  // A blank name is no name: such records stay "unknown source".
  const options = { source: request.source?.trim() || null }
  if (request.data) return library.importData(request.fileName, request.data, onProgress, options)
  return library.importText(request.fileName, request.text, onProgress, options)
}

/**
 * The worker entry: bundled as `import-worker.js` beside the app's main bundle, or this source tree's
 * import-worker.ts run through tsx (browser host, tests). Names are built at run time so bundlers leave them alone.
 */
const workerScript = () =>
  findWorkerScript(import.meta.url, [
    ['./import-worker.js', []],
    ['../import-worker.js', []],
    ['./import-worker.ts', ['--import', 'tsx']],
  ])

/** Imports in a worker thread; rejects with the worker's error. Without a worker script, imports here (slower UI). */
export function importInWorker(
  request: ImportRequest,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportReport> {
  const script = workerScript()
  if (!script) return runImport(request, onProgress)
  return runWorker<ImportReport, ImportMessage>(
    script,
    { task: IMPORT_TASK, request },
    (message) => {
      if (message.type === 'progress') onProgress(message.progress)
      else return message.type === 'done' ? { value: message.report } : { error: message.error }
    },
    'the import worker',
    signal,
  ).result
}
