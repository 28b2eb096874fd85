// importBytes: a binary file (a PDF) crosses the contract as base64, checked before the workspace sees it;
// a PDF sent as text is refused with the file named, and one sent as bytes imports.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BUNDLED_CORPUS } from '../core/testing/test-paths'
import { openWorkspace } from '../core/workspace/open-workspace'
import { argSchemas } from './validation'

const dir = mkdtempSync(join(tmpdir(), 'stance-import-bytes-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('importBytes', () => {
  it('accepts base64 and a batch name, and rejects anything else', () => {
    expect(argSchemas.importBytes.parse(['a.pdf', 'JVBERi0xLjQ=', { batch: 'drop-1' }])).toEqual([
      'a.pdf',
      'JVBERi0xLjQ=',
      { batch: 'drop-1' },
    ])
    expect(() => argSchemas.importBytes.parse(['a.pdf', 'not base64!'])).toThrow()
    expect(() => argSchemas.importBytes.parse(['', 'JVBE'])).toThrow()
    expect(() => argSchemas.importBytes.parse(['a.pdf', 'JVBE', { batch: '' }])).toThrow()
  })

  it('imports a PDF sent as bytes; the same PDF sent as text is refused by name', async () => {
    const ws = await openWorkspace({ corpusDir: BUNDLED_CORPUS, userDataDir: dir })
    try {
      await expect(ws.importText('statement.pdf', '%PDF-1.4')).rejects.toThrow(/statement\.pdf/)
      const pdf = readFileSync(join(import.meta.dirname, '../core/library/pdf/testdata/statement.pdf'))
      await ws.importBytes('statement.pdf', pdf.toString('base64'))
      await ws.imported()
      const listed = (await ws.listArticles()).find((a) => a.origin === 'statement.pdf')
      expect(listed).toMatchObject({
        title: "Obama admits US gun laws are his 'biggest frustration'",
        date: '2015-07-24',
      })
      expect((await ws.status()).import?.files).toEqual([{ file: 'statement.pdf', articles: 1, added: 1 }])
    } finally {
      ws.dispose()
    }
  })
})
