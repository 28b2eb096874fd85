// Removing an imported article from the library (issue 17): reachable by keyboard, said plainly (its
// highlights stay, as orphans), undone from the toast; seed articles say why they cannot be removed.
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, screenshot, seriousViolations, test } from './fixtures'
import { selectText } from './selection'
import { REUTERS, reutersMissing } from './shared-data'

test.skip(Boolean(reutersMissing), reutersMissing)

test('an imported article is removed with its highlights kept as orphans, and the undo brings it back', async ({
  app,
}, testInfo) => {
  const wire = testInfo.outputPath('wire.jsonl')
  writeFileSync(wire, `${readFileSync(REUTERS, 'utf8').split('\n').slice(0, 3).join('\n')}\n`)
  await expect(app.getByText('5 of 5 articles')).toBeVisible()
  await app.getByLabel('Import file').setInputFiles(wire)
  await app.getByLabel('Source for records that name none').fill('Wire desk')
  await app.getByLabel('Source for records that name none').press('Enter')
  await expect(app.getByText('8 of 8 articles')).toBeVisible({ timeout: 30_000 })

  // A seed says why it has no Remove.
  const reader = app.getByRole('region', { name: 'Reader' })
  await app.getByRole('option', { name: /Russia interested in preventing arms race/ }).click()
  await expect(reader.getByText(/seed article, so it cannot be removed/)).toBeVisible()
  await expect(reader.getByRole('button', { name: 'Remove from library' })).toHaveCount(0)

  await app.getByRole('option', { name: /BAHIA COCOA REVIEW/ }).click()
  const toolbar = app.getByRole('toolbar', { name: 'Highlight selection' })
  for (const [text, color] of [
    ['Showers continued', 'yellow'],
    ['temporao will be late this year', 'blue'],
  ]) {
    await selectText(reader, text!)
    await toolbar.getByRole('button', { name: `Highlight ${color}` }).click()
    await expect(toolbar).toBeHidden()
  }

  // By keyboard: the button takes focus and Enter removes; the focus lands on Undo.
  const remove = reader.getByRole('button', { name: 'Remove from library' })
  await remove.focus()
  await app.keyboard.press('Enter')
  const toast = app.getByRole('status').filter({ hasText: 'Removed “BAHIA COCOA REVIEW”' })
  await expect(toast).toContainText('2 highlights on it are kept as orphans')
  await expect(app.getByText('7 of 7 articles')).toBeVisible()
  await expect(app.getByRole('option', { name: /BAHIA COCOA REVIEW/ })).toHaveCount(0)
  await expect(reader.getByRole('heading', { name: 'BAHIA COCOA REVIEW' })).toHaveCount(0)
  const undo = toast.getByRole('button', { name: 'Undo' })
  await expect(undo).toBeFocused()
  await screenshot(app, 'library-removed')
  expect(await seriousViolations(app)).toEqual([])

  // Enter on Undo: the article is back, open, with both highlights on it again.
  await app.keyboard.press('Enter')
  await expect(app.getByText('8 of 8 articles')).toBeVisible()
  await expect(reader.getByRole('heading', { name: 'BAHIA COCOA REVIEW' })).toBeVisible()
  await expect(reader.getByRole('button', { name: 'Showers continued', exact: true })).toBeVisible()
  await expect(reader.getByRole('button', { name: 'temporao will be late this year', exact: true })).toBeVisible()

  // Removed again, it stays removed across a reload, and the highlights panel holds its orphans.
  await reader.getByRole('button', { name: 'Remove from library' }).click()
  await expect(app.getByText('7 of 7 articles')).toBeVisible()
  await app.reload()
  await expect(app.getByText('7 of 7 articles')).toBeVisible()
  await app.getByRole('navigation').getByRole('button', { name: 'Highlights' }).click()
  await app.getByRole('tab', { name: 'Orphans (2)' }).click()
  await expect(app.getByText('Showers continued').first()).toBeVisible()
  await expect(app.getByText('temporao will be late this year').first()).toBeVisible()
})
