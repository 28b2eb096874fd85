import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parsePdfFile } from './pdf'

const data = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'testdata', name)))
const expectedParagraphs = () => {
  // the statement's paragraphs as written in the HTML it was printed from
  const html = readFileSync(join(import.meta.dirname, 'testdata', 'statement.html'), 'utf8')
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/\s+/g, ' ')
      .trim(),
  )
}

describe('parsePdfFile', () => {
  it('reads a PDF with a text layer: title, date from the first page, paragraphs in reading order', async () => {
    const { records, problems } = await parsePdfFile('statement.pdf', data('statement.pdf'))
    expect(problems).toEqual([])
    const [record] = records
    expect(record).toMatchObject({
      title: "Obama admits US gun laws are his 'biggest frustration'",
      date: '2015-07-24',
      dateBasis: 'date on the first page',
      origin: 'statement.pdf',
    })
    const texts = record!.paragraphs.map((p) => record!.body.slice(p.start, p.end))
    expect(record!.paragraphs[0]).toMatchObject({ kind: 'heading', headline: true })
    // every paragraph of the statement, whole and in order, across the page breaks
    const wanted = expectedParagraphs().filter((p) => p.length > 0)
    let at = 0
    for (const paragraph of wanted) {
      const found = texts.indexOf(paragraph, at)
      expect(found, paragraph).toBeGreaterThanOrEqual(at)
      at = found + 1
    }
  })

  it('reports a PDF without a text layer by name and imports nothing from it', async () => {
    const { records, problems } = await parsePdfFile('scanned.pdf', data('scanned.pdf'))
    expect(records).toEqual([])
    expect(problems).toEqual([{ file: 'scanned.pdf', reason: expect.stringMatching(/no text layer/) }])
  })

  it('reports a file that is not a PDF', async () => {
    const { problems } = await parsePdfFile('fake.pdf', new TextEncoder().encode('<html>not a pdf</html>'))
    expect(problems[0]).toMatchObject({ file: 'fake.pdf', reason: expect.stringMatching(/not a readable PDF/) })
  })
})
