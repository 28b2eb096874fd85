// Toasts stack at the foot of the window: an article removed and a highlight deleted, each with its Undo,
// are both shown whole, neither over the other, and each Undo works.
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, screenshot, seriousViolations, test } from './fixtures'
import { selectText } from './selection'
import { REUTERS, reutersMissing } from './shared-data'

test.skip(Boolean(reutersMissing), reutersMissing)

const TASS = /nuclear parity avoiding arms race/
const QUOTE = 'without depriving internal development of significant resources'

for (const scheme of ['light', 'dark'] as const) {
  test(`the removal and highlight-deletion toasts stack, neither hiding the other (${scheme})`, async ({
    app,
  }, testInfo) => {
    await app.emulateMedia({ colorScheme: scheme })
    await app.setViewportSize({ width: 1024, height: 700 })
    const wire = testInfo.outputPath('wire.jsonl')
    writeFileSync(wire, `${readFileSync(REUTERS, 'utf8').split('\n').slice(0, 3).join('\n')}\n`)
    await expect(app.getByText('5 of 5 articles')).toBeVisible()
    await app.getByLabel('Import file').setInputFiles(wire)
    await app.getByLabel('Source for records that name none').press('Enter')
    await expect(app.getByText('8 of 8 articles')).toBeVisible({ timeout: 30_000 })

    const reader = app.getByRole('region', { name: 'Reader' })
    await app.getByRole('option', { name: TASS }).click()
    await selectText(reader, QUOTE)
    await app
      .getByRole('toolbar', { name: 'Highlight selection' })
      .getByRole('button', { name: 'Highlight yellow' })
      .click()
    const mark = reader.getByRole('button', { name: QUOTE })
    await expect(mark).toHaveCount(1)

    await app.getByRole('option', { name: /BAHIA COCOA REVIEW/ }).click()
    await reader.getByRole('button', { name: 'Remove from library' }).click()
    const removed = app.getByRole('status').filter({ hasText: 'Removed “BAHIA COCOA REVIEW”' })
    await expect(removed).toBeVisible()

    await app.getByRole('option', { name: TASS }).click()
    await mark.click()
    await app.getByRole('dialog', { name: 'Edit highlight' }).getByRole('button', { name: 'Delete highlight' }).click()
    await expect(mark).toHaveCount(0)
    const deleted = app.getByRole('status').filter({ hasText: 'Highlight deleted' })
    await expect(deleted).toBeVisible()
    await expect(removed).toBeVisible()

    // Both whole on screen, and apart.
    const [a, b] = [(await removed.boundingBox())!, (await deleted.boundingBox())!]
    const apart = a.y + a.height <= b.y || b.y + b.height <= a.y || a.x + a.width <= b.x || b.x + b.width <= a.x
    expect(apart, `removal toast ${JSON.stringify(a)} and deletion toast ${JSON.stringify(b)}`).toBe(true)
    await expect(removed).toBeInViewport({ ratio: 1 })
    await expect(deleted).toBeInViewport({ ratio: 1 })
    expect(await seriousViolations(app)).toEqual([])
    await screenshot(app, `toasts-1024-${scheme}`)

    // Each Undo is clickable where it is shown, and undoes only its own.
    await removed.getByRole('button', { name: 'Undo' }).click()
    await expect(app.getByText('8 of 8 articles')).toBeVisible()
    await expect(removed).toBeHidden()
    await expect(deleted).toBeVisible()
    await app.getByRole('option', { name: TASS }).click()
    await deleted.getByRole('button', { name: 'Undo' }).click()
    await expect(reader.getByRole('button', { name: QUOTE })).toHaveCount(1)
    await expect(deleted).toBeHidden()
  })
}
