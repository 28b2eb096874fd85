// config.json is written by the app and the browser host at once: no process may write back a stale
// copy over another's topic. Two real processes race; every topic from both must survive.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { openConfig } from './config-store'
import { storePaths } from '../fs/paths'
import { confBackend } from '../highlights/store/backend'
import { BUNDLED_CORPUS } from '../testing/test-paths'
import { TopicStore } from '../topics'

const run = promisify(execFile)
const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'stance-config-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const child = new URL('../testing/config-child.ts', import.meta.url).pathname

describe('config.json across processes', () => {
  it('keeps every topic when two processes save at the same time', async () => {
    const dir = tempDir()
    const count = 25
    await Promise.all(
      ['alpha', 'beta'].map((label) =>
        run(process.execPath, ['--import', 'tsx', child, dir, BUNDLED_CORPUS, label, String(count)]),
      ),
    )
    const saved = JSON.parse(readFileSync(storePaths(dir).config, 'utf8')) as {
      topics: { name: string }[]
      settings: unknown
    }
    const names = saved.topics.map((t) => t.name).sort()
    const expected = ['alpha', 'beta']
      .flatMap((label) => Array.from({ length: count }, (_, i) => `${label} ${i}`))
      .sort()
    expect(names).toEqual(expected)
    expect(saved.settings).toMatchObject({ lastArticleId: expect.stringMatching(/^(alpha|beta)-24$/) })
  })

  it('a second instance sees the first one’s topics, and neither overwrites the other', () => {
    const dir = tempDir()
    const path = storePaths(dir).config
    const a = openConfig(path, confBackend, [])
    const b = openConfig(path, confBackend, [])
    const topicsA = new TopicStore(a)
    const topicsB = new TopicStore(b)
    expect(topicsA.list().filter((t) => !t.preset)).toEqual([])
    a.update(() => topicsA.save({ name: 'From A', description: '', terms: ['alpha'], coTerms: [] }))
    b.update(() => topicsB.save({ name: 'From B', description: '', terms: ['beta'], coTerms: [] }))
    b.set('settings', { lastArticleId: 'x' })
    const own = (store: TopicStore) =>
      store
        .list()
        .filter((t) => !t.preset)
        .map((t) => t.name)
    expect(own(topicsA)).toEqual(['From A', 'From B'])
    expect(own(topicsB)).toEqual(['From A', 'From B'])
    expect(a.get('settings')).toEqual({ lastArticleId: 'x' })
  })

  it('gives up with a clear error when another process holds the lock too long', () => {
    const dir = tempDir()
    const path = storePaths(dir).config
    const a = openConfig(path, confBackend, [])
    const b = openConfig(path, confBackend, [], { timeoutMs: 100 })
    expect(() => a.update(() => b.set('settings', {}))).toThrow(
      /config\.json is in use by another process .*config\.json\.lock/,
    )
  })
})
