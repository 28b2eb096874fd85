import { expect, screenshot, seriousViolations, test } from './fixtures'
import { selectText } from './selection'

test('Speakers view lists every speaker by full name; Peskov over time, 2019 to 2025', async ({ app }) => {
  await app.getByRole('button', { name: 'Speakers', exact: true }).click()
  const list = app.getByRole('region', { name: 'Speakers', exact: true })
  await expect(list.getByRole('button', { name: /Dmitry Peskov/ })).toBeVisible()
  await expect(list.getByRole('button', { name: /Vladimir Putin/ })).toBeVisible()
  // No surname listed apart from its full name.
  await expect(list.getByRole('button', { name: /^Peskov\b/ })).toHaveCount(0)

  await app.getByLabel('Search speakers').fill('Peskov')
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await list.getByRole('button', { name: /Dmitry Peskov/ }).click()
  const timeline = app.getByRole('list', { name: 'Statements of Dmitry Peskov in date order' })
  const dates = await timeline.locator('time').allInnerTexts()
  expect(dates[0]).toBe('2019-09-24')
  expect(dates.at(-1)).toBe('2025-01-24')
  expect(dates).toEqual([...dates].sort())
  await expect(app.getByRole('region', { name: 'Speaker timeline' })).toContainText('Also written: Peskov')
  expect(await seriousViolations(app)).toEqual([])
  await screenshot(app, 'speakers-peskov-timeline')

  // Within a topic only that topic's statements remain.
  const all = dates.length
  await app.getByLabel('Topic').selectOption({ label: 'Japan peace treaty' })
  await expect(timeline.locator('time')).not.toHaveCount(all)
  await expect(timeline).toContainText('peace treaty')
})

test('a speaker correction made in the comparison is confirmed and survives a reload', async ({ app }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'NATO spending' }).click()
  const strip = app.getByRole('group', { name: 'Articles side by side, oldest first' })
  const pane = strip.getByRole('region', { name: /.+/ }).filter({ hasText: 'Grushko' }).first()
  await pane
    .getByRole('button', { name: /Correct the speaker of paragraph/ })
    .first()
    .click()
  const form = app.getByRole('form', { name: /Correct the speaker of paragraph/ })
  await form.getByLabel('Speaker').fill('NATO critics')
  await form.getByLabel('Kind').selectOption('role')
  await form.getByRole('button', { name: 'Save speaker' }).click()
  await expect(pane).toContainText('NATO critics ✓')
  await screenshot(app, 'speakers-corrected-in-comparison')

  await app.reload()
  await app.getByRole('button', { name: 'Speakers', exact: true }).click()
  await app.getByLabel('Search speakers').fill('NATO critics')
  const list = app.getByRole('region', { name: 'Speakers', exact: true })
  await list.getByRole('button', { name: /NATO critics/ }).click()
  const timeline = app.getByRole('list', { name: 'Statements of NATO critics in date order' })
  await expect(timeline.getByRole('listitem')).toHaveCount(1)
  await expect(timeline).toContainText('✓ confirmed')
  await expect(app.getByRole('region', { name: 'Speaker timeline' })).toContainText('Role or group')
  await screenshot(app, 'speakers-correction-after-reload')

  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'NATO spending' }).click()
  await expect(strip).toContainText('NATO critics ✓')
})

test('highlights filter by speaker', async ({ app }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Arms race' }).click()
  const toolbar = app.getByRole('toolbar', { name: 'Highlight selection' })
  await selectText(
    app.getByRole('region', { name: /nuclear parity avoiding arms race/ }),
    'Russia will not participate in it',
  )
  await toolbar.getByRole('button', { name: 'Highlight blue' }).click()
  await selectText(app.getByRole('region', { name: /Russia interested in preventing arms race/ }), 'dangerous spiral')
  await toolbar.getByRole('button', { name: 'Highlight green' }).click()

  await app.getByRole('button', { name: 'Highlights', exact: true }).click()
  const list = app.getByRole('tabpanel')
  await expect(list.getByRole('listitem')).toHaveCount(2)
  await app.getByLabel('Speaker').selectOption('Dmitry Peskov')
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list).toContainText('Russia will not participate in it')
  await app.getByLabel('Speaker').selectOption('Russian Foreign Ministry')
  await expect(list).toContainText('dangerous spiral')
  await screenshot(app, 'speakers-highlights-filter')
})
