// Workspace.dispose stops the workers it started: an import running in its worker thread is terminated
// (the runner's dispose, which terminates the thread, is the only way it ends "stopped"), not left to run on.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Library } from '../library'
import { storePaths } from '../fs/paths'
import { reutersLines } from '../testing/library'
import { BUNDLED_CORPUS } from '../testing/test-paths'
import { openWorkspace } from './open-workspace'

const dir = mkdtempSync(join(tmpdir(), 'stance-ws-dispose-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('Workspace.dispose', () => {
  it('terminates an import running in its worker', async () => {
    const ws = await openWorkspace({ corpusDir: BUNDLED_CORPUS, userDataDir: dir })
    await ws.ready()
    await ws.importText('reuters.jsonl', reutersLines(1, 5_000))
    // Started: the worker reports progress.
    while (!((await ws.status()).import?.running ?? false)) await new Promise((r) => setTimeout(r, 5))
    ws.dispose()
    await ws.imported()
    const status = await ws.status()
    expect(status.import?.running ?? false).toBe(false)
    expect(status.notices.map((n) => n.message)).toContainEqual(
      'Import of reuters.jsonl failed: the import worker was stopped',
    )
    expect((await Library.open(storePaths(dir).library)).size).toBeLessThan(4_000)
  })
})
