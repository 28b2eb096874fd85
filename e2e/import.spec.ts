// Importing a 1,000-article slice of Reuters through the UI: progress shows, the UI stays usable,
// and the library then holds the imported articles beside the bundled five.
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, screenshot, test } from './fixtures'

const REUTERS = '../shared/corpora/reuters-21578/reuters-21578.jsonl'

test.skip(() => !existsQuietly(REUTERS), `the Reuters corpus is not at ${REUTERS}`)

function existsQuietly(path: string): boolean {
  try {
    readFileSync(path, { flag: 'r' }).subarray(0, 1)
    return true
  } catch {
    return false
  }
}

test('a 1,000-article slice imports with visible progress', async ({ app }, testInfo) => {
  const lines = readFileSync(REUTERS, 'utf8').split('\n').filter(Boolean).slice(0, 1000)
  const slice = testInfo.outputPath('reuters-slice.jsonl')
  writeFileSync(slice, `${lines.join('\n')}\n`)
  const withBody = lines.filter((line) => {
    const record = JSON.parse(line) as { title?: string; body?: string }
    return Boolean(record.title?.trim() || record.body?.trim())
  }).length

  await app.getByRole('listbox', { name: 'Articles' }).waitFor()
  await app.getByLabel('Import file').setInputFiles(slice)
  await expect(app.getByRole('progressbar').first()).toBeVisible()
  // for the screenshot, a moment with counts in it if the import is still running (it may be done already)
  await app
    .getByText(/[1-9][\d,]* of [\d,]+/)
    .first()
    .waitFor({ timeout: 3_000 })
    .catch(() => undefined)
  await screenshot(app, 'import-progress')

  // the UI stays usable while it runs
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('button', { name: 'Library', exact: true }).click()

  await expect(
    app.getByText(`${(withBody + 5).toLocaleString('en')} of ${(withBody + 5).toLocaleString('en')} articles`),
  ).toBeVisible({
    timeout: 120_000,
  })
  await expect(app.getByRole('listbox', { name: 'Articles' }).getByRole('option').first()).toContainText('1987')
  await screenshot(app, 'library-imported')

  // search reaches the imported stories
  await app.keyboard.press('/')
  await app.keyboard.type('cocoa')
  await app.keyboard.press('Enter')
  await expect(app.getByRole('region', { name: 'Results' }).getByRole('listitem').first()).toContainText(/cocoa/i)
})
