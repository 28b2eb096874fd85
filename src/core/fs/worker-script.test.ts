// The source tree's worker scripts run through tsx (npm run serve, `npx tsx src/cli/index.ts` from a user's
// folder). The other unit tests use the run's bundled workers (STANCE_TEST_WORKERS), so this path is tried here.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { reutersArticle } from '../testing/library'
import { buildInWorker } from '../search/index-build'
import { CompactIndex } from '../search/compact'
import { TEST_WORKERS_ENV } from './worker-script'

const testWorkers = process.env[TEST_WORKERS_ENV]
const cwd = process.cwd()
afterEach(() => {
  process.chdir(cwd)
  process.env[TEST_WORKERS_ENV] = testWorkers
})

it('builds an index in a worker from source through tsx, started from a folder with no node_modules', async () => {
  delete process.env[TEST_WORKERS_ENV]
  const elsewhere = await mkdtemp(join(tmpdir(), 'stance-worker-tsx-'))
  try {
    process.chdir(elsewhere)
    const articles = [
      reutersArticle({ id: 'a', title: 'Oil prices', body: 'Oil prices rose on Monday.\n\nOPEC met in Vienna.' }),
      reutersArticle({ id: 'b', title: 'Grain', body: 'Wheat exports fell.' }),
    ]
    const index = new CompactIndex(await buildInWorker({ articles }))
    expect(index.search('vienna').map((r) => r.ref)).toEqual(['a#1'])
  } finally {
    await rm(elsewhere, { recursive: true, force: true })
  }
})
