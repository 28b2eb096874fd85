import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { errorKind } from '../../shared/errors'
import { runWorker, type WorkerOutcome } from './worker-runner'

const dir = mkdtempSync(join(tmpdir(), 'stance-worker-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A worker script from source text (plain ES module: no tsx needed). */
function script(name: string, body: string) {
  const file = join(dir, `${name}.mjs`)
  writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads'\n${body}\n`)
  return { url: pathToFileURL(file), execArgv: [] }
}

type Message = { progress?: number; value?: number; error?: { kind: string; message: string } }
const read =
  (seen: number[] = []) =>
  (m: Message): WorkerOutcome<number> => {
    if (m.progress !== undefined) seen.push(m.progress)
    else if (m.error) return { error: m.error as never }
    else return { value: m.value as number }
  }

describe('runWorker', () => {
  it('reports progress, then settles once with the answer even if the worker fails afterwards', async () => {
    const seen: number[] = []
    const run = runWorker(
      script(
        'answers',
        `parentPort.postMessage({ progress: 1 }); parentPort.postMessage({ value: workerData * 2 }); throw new Error('late')`,
      ),
      21,
      read(seen),
      'the test worker',
    )
    await expect(run.result).resolves.toBe(42)
    expect(seen).toEqual([1])
  })

  it('rejects with the error the worker threw', async () => {
    const run = runWorker(script('throws', `throw new Error('bad input')`), null, read(), 'the test worker')
    await expect(run.result).rejects.toThrow('bad input')
  })

  it('keeps the kind of an error the task reported as data', async () => {
    const run = runWorker(
      script('kind', `parentPort.postMessage({ error: { kind: 'invalid', message: 'not a .jsonl file' } })`),
      null,
      read(),
      'the test worker',
    )
    const error = await run.result.catch((e: unknown) => e)
    expect(errorKind(error)).toBe('invalid')
    expect((error as Error).message).toBe('not a .jsonl file')
  })

  it('rejects, naming the task, when the worker exits without answering', async () => {
    const run = runWorker(script('exits', `process.exit(3)`), null, read(), 'the test worker')
    await expect(run.result).rejects.toThrow('the test worker stopped (exit code 3) before it finished')
  })

  it('terminates a worker that never answers when disposed', async () => {
    const run = runWorker(script('forever', `setInterval(() => {}, 1000)`), null, read(), 'the test worker')
    run.dispose()
    await expect(run.result).rejects.toThrow('the test worker was stopped')
  })

  it('is disposed when its signal aborts, as the workspace does on dispose', async () => {
    const stop = new AbortController()
    const run = runWorker(
      script('forever2', `setInterval(() => {}, 1000)`),
      null,
      read(),
      'the test worker',
      stop.signal,
    )
    stop.abort()
    await expect(run.result).rejects.toThrow('the test worker was stopped')
  })
})
