// The time axis in the library and the comparison: labelled ticks, the five-year break marked with
// its length, brushing by mouse and keyboard; screenshots at three sizes, light and dark.
import { readFileSync, writeFileSync } from 'node:fs'
import { expect, screenshot, seriousViolations, test } from './fixtures'
import { REUTERS, reutersMissing } from './shared-data'

const SIZES = [
  [1024, 700],
  [1280, 800],
  [1920, 1080],
] as const

test('the library axis marks the five-year break and brushes a date range', async ({ app }) => {
  const axis = app.getByRole('group', { name: 'Articles by date' })
  await expect(axis).toBeVisible()
  await expect(axis).toContainText('⋯ 5 yr')
  await expect(axis).toContainText('2025')
  const rows = app.getByRole('listbox', { name: 'Articles' }).getByRole('option')
  await expect(rows).toHaveCount(5)

  // keyboard: the end slider steps back one date holding articles at a time
  const end = axis.getByRole('slider', { name: 'Range end' })
  await expect(end).toHaveAttribute('aria-valuetext', '24 Jan 2025')
  await end.focus()
  await app.keyboard.press('ArrowLeft')
  await expect(end).toHaveAttribute('aria-valuetext', '24 Sep 2019')
  await expect(rows).toHaveCount(4)
  await app.keyboard.press('ArrowLeft')
  await expect(rows).toHaveCount(3)
  await expect(app.getByLabel('To', { exact: true })).toHaveValue('2019-09-05')
  await app.keyboard.press('Escape')
  await expect(rows).toHaveCount(5)

  // mouse: a drag across the 2019 span keeps the 2019 articles only
  const plot = (await axis.boundingBox())!
  await app.mouse.move(plot.x + 40, plot.y + 10)
  await app.mouse.down()
  await app.mouse.move(plot.x + plot.width * 0.45, plot.y + 10, { steps: 5 })
  await app.mouse.up()
  await expect(rows).not.toHaveCount(5)
  const texts = await rows.allInnerTexts()
  expect(texts.every((t) => t.includes('2019'))).toBe(true)
  expect(await seriousViolations(app)).toEqual([])
})

test('the library bars are one Tab stop; arrows walk them and Enter keeps one bar', async ({ app }) => {
  const axis = app.getByRole('group', { name: 'Articles by date' })
  const bars = axis.getByRole('toolbar', { name: 'Articles by period' })
  const rows = app.getByRole('listbox', { name: 'Articles' }).getByRole('option')
  await expect(rows).toHaveCount(5)
  await app.getByRole('combobox', { name: 'Year' }).focus()
  await app.keyboard.press('Tab')
  const focused = bars.locator(':focus')
  await expect(focused).toHaveAccessibleName(/2019: 1 article; Enter shows only these$/)
  await app.keyboard.press('End')
  await expect(focused).toHaveAccessibleName(/2025: 1 article/)
  await app.keyboard.press('Enter')
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('2025')
  await expect(app.getByLabel('From', { exact: true })).toHaveValue(/^2025-01/)
  // Escape on a bar clears the range, as it does on the sliders, and the focus stays on the bar
  await app.keyboard.press('Escape')
  await expect(rows).toHaveCount(5)
  await expect(focused).toHaveAccessibleName(/2025: 1 article/)
  await expect(app.getByRole('button', { name: 'Library', exact: true })).toHaveAttribute('aria-current', 'page')
  await app.keyboard.press('Enter')
  await expect(rows).toHaveCount(1)
  // One Tab stop: the next Tab leaves the bars for the range sliders.
  await app.keyboard.press('Home')
  await expect(focused).toHaveAccessibleName(/2019/)
  await app.keyboard.press('ArrowRight')
  await app.keyboard.press('Enter')
  await expect(rows.first()).toContainText('2019')
  await app.keyboard.press('Tab')
  await expect(axis.getByRole('slider', { name: 'Range start' })).toBeFocused()
  expect(await seriousViolations(app)).toEqual([])
})

test('the comparison axis puts each article on its date and brushes the comparison', async ({ app }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  const axis = app.getByRole('group', { name: 'Compared articles by date' })
  await expect(axis.getByRole('button', { name: /mentions the topic|not mentioned/ })).toHaveCount(5)
  await expect(axis).toContainText('⋯ 5 yr')
  // the lone 2025 article's label is centred on its dot
  const dot = await axis.getByRole('button', { name: /24 Jan 2025/ }).boundingBox()
  const label = await axis.getByText(/2025$/).first().boundingBox()
  expect(Math.abs(dot!.x + dot!.width / 2 - (label!.x + label!.width / 2))).toBeLessThan(2)
  const start = axis.getByRole('slider', { name: 'Range start' })
  await start.focus()
  await app.keyboard.press('End')
  await expect(axis.getByRole('button', { name: /mentions the topic|not mentioned/ })).toHaveCount(1)
  await expect(app.getByRole('search', { name: 'Filter comparison' }).getByLabel('From')).toHaveValue('2025-01-24')
  await app.keyboard.press('Escape')
  await expect(axis.getByRole('button', { name: /mentions the topic|not mentioned/ })).toHaveCount(5)
  expect(await seriousViolations(app)).toEqual([])
})

test('the comparison dots are one Tab stop; arrows walk them and Enter shows the article', async ({ app }) => {
  await app.setViewportSize({ width: 1024, height: 700 })
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  const axis = app.getByRole('group', { name: 'Compared articles by date' })
  const dots = axis.getByRole('toolbar', { name: 'Compared articles' })
  await expect(dots.getByRole('button')).toHaveCount(5)
  await axis.getByRole('slider', { name: 'Range start' }).focus()
  await app.keyboard.press('Shift+Tab')
  const focused = dots.locator(':focus')
  await expect(focused).toHaveAccessibleName(/^19 Mar 2019 · Xinhua/)
  await app.keyboard.press('ArrowRight')
  await expect(focused).toHaveAccessibleName(/^4 Jul 2019/)
  await app.keyboard.press('End')
  await expect(focused).toHaveAccessibleName(/^24 Jan 2025/)
  // at 1024 px the 2025 article's pane is off to the right until Enter brings it in
  const pane = app.getByRole('region', { name: /Kremlin says Russia is ready to negotiate/ })
  await expect(pane).not.toBeInViewport({ ratio: 0.9 })
  await app.keyboard.press('Enter')
  await expect(pane).toBeInViewport({ ratio: 0.9 })
  // one Tab stop, and it remembers the dot last on
  await axis.getByRole('slider', { name: 'Range start' }).focus()
  await app.keyboard.press('Shift+Tab')
  await expect(focused).toHaveAccessibleName(/^24 Jan 2025/)
  await app.keyboard.press('Shift+Tab')
  await expect(dots.locator(':focus')).toHaveCount(0)
  expect(await seriousViolations(app)).toEqual([])
})

test('with many compared articles the bars are one Tab stop; Enter keeps one bar', async ({ app }, testInfo) => {
  test.skip(Boolean(reutersMissing), reutersMissing)
  // 100 Reuters stories spread over 1987: too many for dots, so the comparison draws bars
  const lines = readFileSync(REUTERS, 'utf8')
    .split('\n')
    .filter((line, i) => i % 150 === 0 && line.trim())
    .filter((line) => (JSON.parse(line) as { body?: string }).body?.trim())
    .slice(0, 100)
  const slice = testInfo.outputPath('reuters-spread.jsonl')
  writeFileSync(slice, `${lines.join('\n')}\n`)
  await app.getByRole('listbox', { name: 'Articles' }).waitFor()
  await app.getByLabel('Import file').setInputFiles(slice)
  await app.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(app.getByText(`${lines.length + 5} of ${lines.length + 5} articles`)).toBeVisible({ timeout: 60_000 })

  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  const axis = app.getByRole('group', { name: 'Compared articles by date' })
  const bars = axis.getByRole('toolbar', { name: 'Articles by period' })
  await expect(bars.getByRole('button').first()).toBeVisible()
  await expect(axis.getByRole('toolbar', { name: 'Compared articles' })).toHaveCount(0)
  await axis.getByRole('slider', { name: 'Range start' }).focus()
  await app.keyboard.press('Shift+Tab')
  const focused = bars.locator(':focus')
  await expect(focused).toHaveAccessibleName(/1987: \d+ articles?, 0 mention the topic; Enter shows only these$/)
  await app.keyboard.press('End')
  await expect(focused).toHaveAccessibleName(/2025: 1 article, 1 mention the topic/)
  await app.keyboard.press('Enter')
  const from = app.getByRole('search', { name: 'Filter comparison' }).getByLabel('From')
  await expect(from).toHaveValue(/^2025-01/)
  await expect(app.getByText(/^1 of 1 article address it/)).toBeVisible()
  // one article left is drawn as a dot, and the focus follows to it; Escape brings all the bars back
  await expect(axis.getByRole('toolbar', { name: 'Compared articles' }).getByRole('button')).toBeFocused()
  await app.keyboard.press('Escape')
  await expect(from).toHaveValue('')
  await expect(focused).toHaveAccessibleName(/1987/)
  await app.keyboard.press('Home')
  await expect(focused).toHaveAccessibleName(/1987/)
  await app.keyboard.press('ArrowRight')
  await app.keyboard.press('Enter')
  await expect(from).toHaveValue(/^1987-/)
  await expect(app.getByText(/^0 of [1-9]\d* articles? address it/)).toBeVisible()
  expect(await seriousViolations(app)).toEqual([])
  await screenshot(app, 'axis-compare-bars-1280-light')
})

for (const scheme of ['light', 'dark'] as const) {
  test(`time axis screenshots, ${scheme}`, async ({ app }) => {
    await app.emulateMedia({ colorScheme: scheme })
    for (const [width, height] of SIZES) {
      await app.setViewportSize({ width, height })
      await app.getByRole('button', { name: 'Library', exact: true }).click()
      await expect(app.getByRole('group', { name: 'Articles by date' })).toContainText('⋯ 5 yr')
      await screenshot(app, `axis-library-${width}-${scheme}`)
      await app.getByRole('button', { name: 'Compare', exact: true }).click()
      await expect(app.getByRole('group', { name: 'Compared articles by date' })).toContainText('⋯ 5 yr')
      await screenshot(app, `axis-compare-${width}-${scheme}`)
    }
    expect(await seriousViolations(app)).toEqual([])
  })
}
