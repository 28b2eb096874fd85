import { mkdtemp, readFile, rm, writeFile, mkdir, appendFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportProgress } from '../../shared/types'
import { Library } from './library'
import { libraryFiles } from './store'
import { reutersLines } from '../testing/library'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-library-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const slice = reutersLines(1, 1000)

describe('Library import', () => {
  it('imports a Reuters slice with progress, skips empty records by line, and joins wrapped lines', async () => {
    const library = await Library.open(join(dir, 'library'))
    const progress: ImportProgress[] = []
    const report = await library.importText('reuters.jsonl', slice, (p) => progress.push({ ...p }))
    expect(report.total).toBe(1000)
    expect(report.added + report.skipped.length).toBe(1000)
    expect(report.skipped.every((p) => p.line !== undefined && p.reason === 'no title and no body')).toBe(true)
    expect(report.skipped.map((p) => p.line)).toContain(99)
    expect(progress.at(-1)).toMatchObject({ running: false, done: report.added, total: report.added })
    expect(progress.some((p) => p.running && p.done > 0 && p.done < p.total)).toBe(true)

    const cocoa = await library.read('reuters-1')
    // Paragraphs start on indented lines; the wrapped lines in between belong to them.
    const first = cocoa.paragraphs[0]!
    expect(cocoa.body.slice(first.start, first.end)).toMatch(
      /^Showers continued .*\n.*Comissaria Smith said in its weekly review\.$/s,
    )
    expect(cocoa.body.slice(cocoa.paragraphs[1]!.start, cocoa.paragraphs[1]!.end)).toBe(
      'The dry period means the temporao will be late this year.',
    )
    // Title-only briefs are articles with no paragraphs.
    const brief = library.list().find((a) => a.paragraphCount === 0)!
    expect((await library.read(brief.id)).body.trim()).toBe('')

    const list = library.list()
    expect(list).toHaveLength(report.added)
    expect(list.map((a) => a.date)).toEqual([...list.map((a) => a.date)].sort())
  })

  it('adds nothing twice when the same file is imported again, and survives a restart', async () => {
    const library = await Library.open(join(dir, 'library'))
    const first = await library.importText('reuters.jsonl', slice)
    const key = library.contentKey()
    const again = await library.importText('reuters.jsonl', slice)
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: first.added })
    expect(library.contentKey()).toBe(key)

    const reopened = await Library.open(join(dir, 'library'))
    expect(reopened.size).toBe(first.added)
    expect(reopened.contentKey()).toBe(key)
    const all = await reopened.readAll()
    expect(all).toHaveLength(first.added)
    expect(all.find((a) => a.id === 'reuters-5')).toEqual(await library.read('reuters-5'))
  })

  it('replaces a story whose text changed in the same file, but never one from another file', async () => {
    const library = await Library.open(join(dir, 'library'))
    await library.importText(
      'a.jsonl',
      '{"id": "s1", "date": "1987-03-06", "title": "Talks", "body": "First version."}',
    )
    const update = await library.importText(
      'a.jsonl',
      '{"id": "s1", "date": "1987-03-06", "title": "Talks", "body": "Corrected version."}',
    )
    expect(update).toMatchObject({ added: 0, updated: 1 })
    expect((await library.read('s1')).body).toBe('Corrected version.')
    const clash = await library.importText(
      'b.jsonl',
      '{"id": "s1", "date": "1987-03-06", "title": "Other", "body": "Other story."}',
    )
    expect(clash.added).toBe(0)
    expect(clash.skipped[0]!.reason).toMatch(/already in the library \(from a\.jsonl:1\)/)
    expect((await Library.open(join(dir, 'library'))).size).toBe(1)
  })

  it('groups reuters-2730 and reuters-2734 and marks them in the list', async () => {
    const library = await Library.open(join(dir, 'library'))
    const report = await library.importText('reuters.jsonl', reutersLines(2700, 2800))
    expect(report.groups).toBeGreaterThan(0)
    const byId = new Map(library.list().map((a) => [a.id, a]))
    expect(byId.get('reuters-2730')!.alsoFiledAs).toEqual(['reuters-2734'])
    expect(byId.get('reuters-2734')!.duplicateOf).toBe('reuters-2730')
  })

  it('rebuilds lost or corrupt metadata from the store, keeping a copy of the bad file', async () => {
    const library = await Library.open(join(dir, 'library'))
    await library.importText('reuters.jsonl', reutersLines(2700, 2800))
    const files = libraryFiles(join(dir, 'library'))
    await writeFile(files.meta, '{"schema": 1, "articles": [')
    // a write cut short at the end of the store
    await appendFile(files.store, '{"id": "half')
    const reopened = await Library.open(join(dir, 'library'))
    expect(reopened.size).toBe(library.size)
    expect(reopened.list().find((a) => a.id === 'reuters-2730')!.alsoFiledAs).toEqual(['reuters-2734'])
    await reopened.importText(
      'late.jsonl',
      '{"id": "late", "date": "1987-10-01", "title": "Late", "body": "Late story."}',
    )
    expect((await Library.open(join(dir, 'library'))).size).toBe(library.size + 1)
    expect((await reopened.read('late')).body).toBe('Late story.')
    const { readdir } = await import('node:fs/promises')
    expect((await readdir(join(dir, 'library'))).some((name) => name.startsWith('library.json.corrupt-'))).toBe(true)
  })

  it('imports a folder of article files and web pages, reporting the file that fails', async () => {
    const folder = join(dir, 'in')
    await mkdir(join(folder, 'sub'), { recursive: true })
    const seed = await readFile('corpus/000_f6b6277f5f03b554.md', 'utf8').catch(() => null)
    await writeFile(join(folder, 'seed.md'), seed ?? '---\nid: seed\ntitle: Seed\ndate: 2019-09-05\n---\nA story.\n')
    await writeFile(
      join(folder, 'sub', 'page.html'),
      '<html><head><title>Page</title></head><body><p>One.</p><p>Two.</p></body></html>',
    )
    await writeFile(join(folder, 'broken.md'), '---\ntitle: [unclosed\n---\nText\n')
    await writeFile(join(folder, 'notes.pdf'), 'ignored')
    const library = await Library.open(join(dir, 'library'))
    const report = await library.importPath(folder)
    expect(report.added).toBe(2)
    // PDFs are imported now (issue 14): one that is not a PDF at all is reported, not silently passed over
    expect(report.skipped).toEqual([
      expect.objectContaining({ file: 'broken.md' }),
      { file: 'notes.pdf', reason: expect.stringMatching(/^not a readable PDF/) },
    ])
    const page = library.list().find((a) => a.origin === join('sub', 'page.html'))!
    expect(page).toMatchObject({ id: 'page', title: 'Page', paragraphCount: 2 })
    expect((await library.importPath(folder)).added).toBe(0)
  })
})
