import { expect, screenshot, seriousViolations, test } from './fixtures'

const DATES = ['19 Mar 2019', '4 Jul 2019', '5 Sep 2019', '24 Sep 2019', '24 Jan 2025']
const PRESETS = [
  { name: 'Arms race', file: 'compare-arms-race' },
  { name: 'Japan peace treaty', file: 'compare-japan-peace-treaty' },
  { name: 'NATO spending', file: 'compare-nato-spending' },
]

test('each preset shows five panes in date order', async ({ app }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  const topics = app.getByRole('group', { name: 'Topics' })
  const strip = app.getByRole('group', { name: 'Articles side by side, oldest first' })
  for (const preset of PRESETS) {
    await topics.getByRole('button', { name: preset.name }).click()
    await expect(app.getByRole('region', { name: 'Comparison' })).toContainText(preset.name)
    const panes = strip.getByRole('region')
    await expect(panes).toHaveCount(5)
    const texts = await panes.allInnerTexts()
    DATES.forEach((date, i) => expect(texts[i], `${preset.name}: pane ${i + 1}`).toContain(date))
    expect(await seriousViolations(app), preset.name).toEqual([])
    await screenshot(app, preset.file)
  }
})

test('Japan peace treaty: one pane with passages and four "not mentioned"', async ({ app }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Japan peace treaty' }).click()
  const strip = app.getByRole('group', { name: 'Articles side by side, oldest first' })
  await expect(strip.getByText('Not mentioned', { exact: true })).toHaveCount(4)
  const tass = strip.getByRole('region', { name: /nuclear parity avoiding arms race/ })
  await expect(tass).toContainText('Russia and Japan must find ways of signing a peace treaty')
  await expect(tass).not.toContainText('Mikhail Metzel')
  await expect(tass).toContainText(/Peskov/i)
})

test('a keyboard shortcut switches presets', async ({ app }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('group', { name: 'Topics' }).waitFor()
  await app.keyboard.press('Alt+3')
  await expect(app.getByRole('region', { name: 'Comparison' })).toContainText('NATO spending')
  const strip = app.getByRole('group', { name: 'Articles side by side, oldest first' })
  await expect(strip.getByRole('region', { name: /negotiate with the US on nuclear disarmament/ })).toContainText(
    'Grushko',
  )
})

test('clicking a passage opens the reader at that paragraph', async ({ app }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Japan peace treaty' }).click()
  const tass = app.getByRole('region', { name: /nuclear parity avoiding arms race/ })
  const open = tass.getByRole('button', { name: /^Open paragraph \d+ in the reader$/ }).last()
  const label = (await open.getAttribute('aria-label')) ?? ''
  const paragraph = Number(/\d+/.exec(label)?.[0]) - 1
  await open.click()
  const reader = app.getByRole('region', { name: 'Reader' })
  await expect(reader).toBeVisible()
  const target = reader.locator(`[data-para="${paragraph}"]`)
  await expect(target).toBeInViewport()
  await expect(target).toContainText('Japan')
})
