// Drag and drop onto the window: files, and a folder with a subfolder, import as one report with a line
// per file; a scanned PDF and a file of another kind are named, not lost silently. Then the imported
// page reads with its headline, date, source and original address.
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, screenshot, seriousViolations, test } from './fixtures'

const data = {
  'bbc.html': 'src/core/library/html/testdata/readability/bbc-1/source.html',
  'statement.pdf': 'src/core/library/pdf/testdata/statement.pdf',
  'scanned.pdf': 'src/core/library/pdf/testdata/scanned.pdf',
  'heise.atom': 'src/core/library/feed/testdata/heise.atom',
}
type Name = keyof typeof data
const base64 = (name: Name) => readFileSync(data[name]).toString('base64')

/** A tree as Chromium hands a dropped folder to the page: paths to file names in `data`. */
type Tree = { [name: string]: Name | Tree }

/**
 * Drops files on the window. Plain files go in a real DataTransfer. Playwright cannot drag a folder from
 * the OS, so a folder is given to the page the way Chromium gives it: webkitGetAsEntry() on the dropped
 * item returns a directory entry whose reader lists its children (a file entry per file).
 */
async function drop(
  page: Page,
  files: Array<{ name: string; bytes: string }>,
  folder?: { name: string; tree: unknown },
) {
  await page.evaluate(
    ({ files, folder }) => {
      const fileOf = (name: string, bytes: string) =>
        new File([Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0))], name.split('/').pop()!)
      const transfer = new DataTransfer()
      for (const f of files) transfer.items.add(fileOf(f.name, f.bytes))
      if (folder) {
        type Node = { [name: string]: { bytes: string } | Node }
        const entry = (name: string, node: Node | { bytes: string }): unknown =>
          'bytes' in node && typeof node.bytes === 'string'
            ? {
                isFile: true,
                isDirectory: false,
                name,
                file: (ok: (f: File) => void) => ok(fileOf(name, node.bytes as string)),
              }
            : {
                isFile: false,
                isDirectory: true,
                name,
                createReader: () => {
                  let given = false
                  return {
                    readEntries: (ok: (e: unknown[]) => void) => {
                      ok(given ? [] : Object.entries(node as Node).map(([n, child]) => entry(n, child)))
                      given = true
                    },
                  }
                },
              }
        transfer.items.add(new File([''], folder.name))
        const root = entry(folder.name, folder.tree as Node)
        const real = DataTransferItem.prototype.webkitGetAsEntry
        DataTransferItem.prototype.webkitGetAsEntry = function (this: DataTransferItem) {
          return this.getAsFile()?.name === folder.name ? (root as FileSystemEntry) : real.call(this)
        }
      }
      document.body.dispatchEvent(new DragEvent('dragenter', { bubbles: true, dataTransfer: transfer }))
      document.body.dispatchEvent(new DragEvent('dragover', { bubbles: true, dataTransfer: transfer }))
      ;(window as unknown as { pendingDrop: DataTransfer }).pendingDrop = transfer
    },
    { files, folder },
  )
  await expect(page.getByText('Drop files or folders to import them')).toBeVisible()
  await screenshot(page, 'drop-overlay')
  await page.evaluate(() => {
    const transfer = (window as unknown as { pendingDrop: DataTransfer }).pendingDrop
    document.body.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }))
  })
}

function withBytes(tree: Tree): unknown {
  return Object.fromEntries(
    Object.entries(tree).map(([name, node]) => [
      name,
      typeof node === 'string' ? { bytes: base64(node) } : withBytes(node),
    ]),
  )
}

test('dropped files import as one report, a line per file', async ({ app }) => {
  await app.getByRole('listbox', { name: 'Articles' }).waitFor()
  await drop(app, [
    { name: 'bbc.html', bytes: base64('bbc.html') },
    { name: 'statement.pdf', bytes: base64('statement.pdf') },
    { name: 'heise.atom', bytes: base64('heise.atom') },
    { name: 'notes.docx', bytes: btoa('PK') },
  ])
  await expect(app.getByText('Drop files or folders to import them')).toBeHidden()
  const files = app.getByRole('list', { name: 'Imported files' })
  await expect(files.getByRole('listitem')).toHaveCount(4, { timeout: 60_000 })
  await expect(files).toContainText('bbc.html: 1 article, 1 new')
  await expect(files).toContainText('statement.pdf: 1 article, 1 new')
  await expect(files).toContainText('heise.atom: 15 articles, 15 new')
  await expect(files).toContainText('notes.docx: not imported')
  await expect(app.getByText('Imported 3 files: 17 added')).toBeVisible()
  expect(await seriousViolations(app)).toEqual([])
  await screenshot(app, 'drop-report')

  // the saved page reads as an article: headline without the site suffix, its date, source and address
  const list = app.getByRole('listbox', { name: 'Articles' })
  await list
    .getByRole('option', { name: /Obama admits US gun laws/ })
    .first()
    .click()
  await expect(
    app.getByRole('heading', { name: "Obama admits US gun laws are his 'biggest frustration'" }),
  ).toBeVisible()
  await expect(
    app
      .getByRole('definition')
      .filter({ hasText: /^BBC News$/ })
      .first(),
  ).toBeVisible()
  await expect(app.getByRole('definition').filter({ hasText: /2015/ }).first()).toBeVisible()
  await expect(app.getByRole('link', { name: 'http://www.bbc.com/news/world-us-canada-33646704' })).toBeVisible()
  await screenshot(app, 'drop-reader-page')
})

test('a dropped folder imports recursively and names the scanned PDF it skipped', async ({ app }) => {
  await app.getByRole('listbox', { name: 'Articles' }).waitFor()
  const tree: Tree = { 'bbc.html': 'bbc.html', pdf: { 'statement.pdf': 'statement.pdf', 'scanned.pdf': 'scanned.pdf' } }
  await drop(app, [], { name: 'clippings', tree: withBytes(tree) })
  const files = app.getByRole('list', { name: 'Imported files' })
  await expect(files.getByRole('listitem')).toHaveCount(3, { timeout: 60_000 })
  await expect(files).toContainText('clippings/bbc.html: 1 article, 1 new')
  await expect(files).toContainText('clippings/pdf/statement.pdf: 1 article, 1 new')
  await expect(files).toContainText(/clippings\/pdf\/scanned\.pdf: 0 articles, 0 new · the PDF has no text layer/)
  await screenshot(app, 'drop-folder-report')
})
