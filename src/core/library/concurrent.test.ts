// Two processes importing into one library at once (the app's import worker and `cli import` both
// default to the user's library): every article must be listed afterwards and every offset must hold
// the article its entry names. Also: a library open in one process sees what another added, and a
// metadata file pointing at the wrong lines is caught on read and rebuilt, never serving a wrong body.
import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { groupNearDuplicates } from './dedupe'
import { Library } from './library'
import type { MetaFile } from './meta'
import { parseSource, type SourceRecord } from './sources'
import { libraryFiles } from './store'
import { reutersLines } from '../testing/library'

const CHILD = fileURLToPath(new URL('../testing/import-child.ts', import.meta.url))
const REPO = fileURLToPath(new URL('../../..', import.meta.url))

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-library-race-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function runChild(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`import child exited ${code}: ${err}`))))
  })
}

/** The records a file holds, by id, as the importer parses them. */
const recordsOf = (name: string, text: string) =>
  new Map(parseSource(name, text).records.map((r): [string, SourceRecord] => [r.id, r]))

describe('Library shared by two processes', () => {
  it('keeps every article of two concurrent imports, each offset holding its own article', async () => {
    const library = join(dir, 'library')
    const barrier = join(dir, 'barrier')
    await mkdir(barrier)
    const files = { 'a.jsonl': reutersLines(1, 600), 'b.jsonl': reutersLines(601, 1200) }
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text)
    // Many small imports each, so the two processes' writes interleave many times.
    await Promise.all(Object.keys(files).map((name) => runChild([library, name, join(dir, name), '30', barrier, '2'])))
    const expected = new Map([...recordsOf('a.jsonl', files['a.jsonl']), ...recordsOf('b.jsonl', files['b.jsonl'])])
    expect(expected.size).toBeGreaterThan(1100)

    // On disk, read raw (the library's own reads would repair a mismatch and hide it).
    const paths = libraryFiles(library)
    const meta = JSON.parse(await readFile(paths.meta, 'utf8')) as MetaFile
    const bytes = await readFile(paths.store)
    expect(meta.articles.map((e) => e.id).sort()).toEqual([...expected.keys()].sort())
    for (const entry of meta.articles) {
      const stored = JSON.parse(bytes.toString('utf8', entry.offset, entry.offset + entry.length)) as {
        id: string
        body: string
      }
      expect(stored.id).toBe(entry.id)
      expect(stored.body).toBe(expected.get(entry.id)!.body)
    }

    const opened = await Library.open(library)
    expect(opened.store.rebuilt).toBe(false)
    const all = await opened.readAll()
    expect(all).toHaveLength(expected.size)
    for (const article of all) expect(article.body).toBe(expected.get(article.id)!.body)
    expect((await opened.read('reuters-1001')).body).toBe(expected.get('reuters-1001')!.body)
    // The groups saved last were found over everything both imported.
    expect(meta.groups.length).toBeGreaterThan(0)
    expect(meta.groups).toEqual(groupNearDuplicates(all))
  })

  it('lets an open library see articles another instance added, and keeps both on its next import', async () => {
    const first = await Library.open(join(dir, 'library'))
    await first.importText('a.jsonl', reutersLines(1, 50))
    const other = await Library.open(join(dir, 'library'))
    await other.importText('b.jsonl', reutersLines(51, 100))
    expect(first.list().some((a) => a.id === 'reuters-60')).toBe(false)
    expect(await first.refresh()).toBe(true)
    expect(first.size).toBe(other.size)
    expect(await first.refresh()).toBe(false)
    // Importing from a stale view would have saved its own list over the other's; it refreshes first.
    const stale = await Library.open(join(dir, 'library'))
    await other.importText('c.jsonl', reutersLines(101, 150))
    await stale.importText('d.jsonl', reutersLines(151, 200))
    const reopened = await Library.open(join(dir, 'library'))
    for (const id of ['reuters-1', 'reuters-60', 'reuters-120', 'reuters-180'])
      expect(reopened.store.has(id)).toBe(true)
    expect(reopened.size).toBe(stale.size)
  })

  it('never serves another article for an id: a metadata file pointing at wrong lines is rebuilt on read', async () => {
    const library = await Library.open(join(dir, 'library'))
    await library.importText('reuters.jsonl', reutersLines(1, 40))
    const paths = libraryFiles(join(dir, 'library'))
    const meta = JSON.parse(await readFile(paths.meta, 'utf8')) as MetaFile
    // Well-formed but wrong: two entries' byte ranges swapped (what a lost race used to leave).
    const a = meta.articles.find((e) => e.id === 'reuters-2')!
    const b = meta.articles.find((e) => e.id === 'reuters-3')!
    ;[a.offset, a.length, b.offset, b.length] = [b.offset, b.length, a.offset, a.length]
    await writeFile(paths.meta, JSON.stringify(meta))
    const expected = recordsOf('reuters.jsonl', reutersLines(1, 40))

    const reopened = await Library.open(join(dir, 'library'))
    const two = await reopened.read('reuters-2')
    expect(two.id).toBe('reuters-2')
    expect(two.body).toBe(expected.get('reuters-2')!.body)
    expect((await reopened.read('reuters-3')).body).toBe(expected.get('reuters-3')!.body)
    // The rebuilt metadata is saved: the file now points each id at its own line.
    const fixed = JSON.parse(await readFile(paths.meta, 'utf8')) as MetaFile
    const bytes = await readFile(paths.store)
    for (const e of fixed.articles)
      expect(JSON.parse(bytes.toString('utf8', e.offset, e.offset + e.length)).id).toBe(e.id)

    // readAll catches it the same way.
    await writeFile(paths.meta, JSON.stringify(meta))
    const again = await Library.open(join(dir, 'library'))
    const all = await again.readAll()
    expect(all.map((x) => [x.id, x.body])).toEqual(all.map((x) => [x.id, expected.get(x.id)!.body]))
    expect(all).toHaveLength(expected.size)
  })
})
