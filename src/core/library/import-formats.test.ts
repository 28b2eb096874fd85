// A folder of real files of every kind imported at once, as a drop of a folder on the window or
// `cli import FOLDER` does: a line per file in the report, a scanned PDF named and skipped.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Library } from './library'

const here = import.meta.dirname
const dir = mkdtempSync(join(tmpdir(), 'stance-formats-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('importing a folder of pages, feeds and PDFs', () => {
  it('imports each file, with a line per file and the scanned PDF reported by name', async () => {
    const folder = join(dir, 'clippings')
    mkdirSync(join(folder, 'pdf'), { recursive: true })
    copyFileSync(join(here, 'html/testdata/readability/bbc-1/source.html'), join(folder, 'bbc.html'))
    copyFileSync(join(here, 'feed/testdata/heise.atom'), join(folder, 'heise.atom'))
    copyFileSync(join(here, 'pdf/testdata/statement.pdf'), join(folder, 'pdf', 'statement.pdf'))
    copyFileSync(join(here, 'pdf/testdata/scanned.pdf'), join(folder, 'pdf', 'scanned.pdf'))
    const library = await Library.open(join(dir, 'library'))
    const report = await library.importPath(folder)
    expect(report.files).toEqual([
      { file: 'bbc.html', articles: 1, added: 1 },
      { file: 'heise.atom', articles: 15, added: 15 },
      { file: join('pdf', 'scanned.pdf'), articles: 0, added: 0, problem: expect.stringMatching(/no text layer/) },
      { file: join('pdf', 'statement.pdf'), articles: 1, added: 1 },
    ])
    expect(report.skipped).toEqual([
      { file: join('pdf', 'scanned.pdf'), reason: expect.stringMatching(/no text layer/) },
    ])
    const pdf = library.list().find((a) => a.origin === join('pdf', 'statement.pdf'))
    expect(pdf).toMatchObject({ title: "Obama admits US gun laws are his 'biggest frustration'", date: '2015-07-24' })
    const page = await library.read('bbc')
    expect(page).toMatchObject({ source: 'BBC News', url: 'http://www.bbc.com/news/world-us-canada-33646704' })
  })

  it('imports a PDF sent as bytes, as the app sends a dropped file', async () => {
    const library = await Library.open(join(dir, 'library-bytes'))
    const bytes = new Uint8Array(readFileSync(join(here, 'pdf/testdata/statement.pdf')))
    const report = await library.importData('statement.pdf', bytes, undefined, { source: 'White House' })
    expect(report.files).toEqual([{ file: 'statement.pdf', articles: 1, added: 1 }])
    expect(library.list()[0]).toMatchObject({ source: 'White House', date: '2015-07-24' })
  })

  it("says on the file's line when a page was kept whole because its article was too short", async () => {
    const lines = Array.from(
      { length: 60 },
      (_, i) => `<div><a href="/s${i}">Statement line ${i} on the talks</a></div>`,
    )
    const html = `<html><head><title>Statement</title></head><body><nav><a href="/">Home</a></nav>${lines.join('')}<p>Send a message now</p></body></html>`
    const library = await Library.open(join(dir, 'library-whole'))
    const report = await library.importData('statement.html', html)
    expect(report.files).toEqual([
      { file: 'statement.html', articles: 1, added: 1, note: expect.stringMatching(/whole page was kept/) },
    ])
    expect((await library.read('statement')).body).toContain('Statement line 59 on the talks')
  })
})
