// Importing a 1,000-article slice of Reuters through the UI: the user names the source its records lack,
// progress shows, the UI stays usable, and the library then holds the imported articles, under that
// source, beside the bundled five.
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, screenshot, seriousViolations, test } from './fixtures'
import { REUTERS, reutersMissing } from './shared-data'

test.skip(Boolean(reutersMissing), reutersMissing)

test('a 1,000-article slice imports under the source named, with visible progress', async ({ app }, testInfo) => {
  const lines = readFileSync(REUTERS, 'utf8').split('\n').filter(Boolean).slice(0, 1000)
  const slice = testInfo.outputPath('reuters-slice.jsonl')
  writeFileSync(slice, `${lines.join('\n')}\n`)
  const withBody = lines.filter((line) => {
    const record = JSON.parse(line) as { title?: string; body?: string }
    return Boolean(record.title?.trim() || record.body?.trim())
  }).length

  await app.getByRole('listbox', { name: 'Articles' }).waitFor()
  await app.getByLabel('Import file').setInputFiles(slice)
  // Reuters records name no source: the app asks, guessing from the file name, and sends nothing yet.
  const sourceField = app.getByLabel('Source for records that name none')
  await expect(sourceField).toBeFocused()
  await expect(sourceField).toHaveValue('Reuters')
  await expect(app.getByRole('form', { name: 'Import reuters-slice.jsonl' })).toBeVisible()
  expect(await seriousViolations(app)).toEqual([])
  await screenshot(app, 'import-source')
  await sourceField.fill('Reuters')
  await app.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(sourceField).toBeHidden()
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
  const firstRow = app.getByRole('listbox', { name: 'Articles' }).getByRole('option').first()
  await expect(firstRow).toContainText('1987')
  await expect(firstRow).toContainText('Reuters')
  await expect(firstRow).not.toContainText('unknown source')
  await screenshot(app, 'library-imported')

  // the Source filter offers Reuters, and it holds every imported story and none of the bundled five
  const sourceFilter = app.getByRole('combobox', { name: 'Source' })
  await expect(sourceFilter.getByRole('option', { name: 'Reuters', exact: true })).toHaveCount(1)
  await sourceFilter.selectOption('Reuters')
  await expect(
    app.getByText(`${withBody.toLocaleString('en')} of ${(withBody + 5).toLocaleString('en')} articles`),
  ).toBeVisible()
  await sourceFilter.selectOption('')

  // search reaches the imported stories
  await app.keyboard.press('/')
  await app.keyboard.type('cocoa')
  await app.keyboard.press('Enter')
  await expect(app.getByRole('region', { name: 'Results' }).getByRole('listitem').first()).toContainText(/cocoa/i)
})

test('the source prompt guesses nothing for other files; Cancel sends nothing, Enter imports', async ({
  app,
}, testInfo) => {
  const lines = readFileSync(REUTERS, 'utf8').split('\n').filter(Boolean).slice(0, 5)
  const wire = testInfo.outputPath('wire.jsonl')
  writeFileSync(wire, `${lines.join('\n')}\n`)
  await expect(app.getByText('5 of 5 articles')).toBeVisible()

  const sourceField = app.getByLabel('Source for records that name none')
  await app.getByLabel('Import file').setInputFiles(wire)
  await expect(sourceField).toHaveValue('')
  await app.getByRole('button', { name: 'Cancel', exact: true }).click()
  await expect(sourceField).toBeHidden()
  await expect(app.getByRole('button', { name: 'Import…' })).toBeFocused()
  await app.getByLabel('Import file').setInputFiles(wire)
  await sourceField.press('Escape')
  await expect(sourceField).toBeHidden()
  await expect(app.getByRole('progressbar')).toHaveCount(0)
  await expect(app.getByText('5 of 5 articles')).toBeVisible()

  await app.getByLabel('Import file').setInputFiles(wire)
  await sourceField.fill('  Wire desk  ')
  await sourceField.press('Enter')
  await expect(app.getByText('10 of 10 articles')).toBeVisible({ timeout: 30_000 })
  const sourceFilter = app.getByRole('combobox', { name: 'Source' })
  await sourceFilter.selectOption('Wire desk')
  await expect(app.getByText('5 of 10 articles')).toBeVisible()
})
