// Worker-thread entry for imports (see import-run.ts); bundled as `import-worker` for the app.
import { parentPort, workerData } from 'node:worker_threads'
import { IMPORT_TASK, runImport, type ImportMessage, type ImportRequest } from './import-run'
import { toErrorData } from '../../shared/errors'

const data = workerData as { task?: string; request?: ImportRequest } | null
if (parentPort && data?.task === IMPORT_TASK && data.request) {
  const port = parentPort
  const post = (message: ImportMessage) => port.postMessage(message)
  runImport(data.request, (progress) => post({ type: 'progress', progress }))
    .then((report) => post({ type: 'done', report }))
    .catch((error: unknown) => post({ type: 'error', error: toErrorData(error) }))
}
