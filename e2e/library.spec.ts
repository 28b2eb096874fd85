import { expect, screenshot, seriousViolations, test } from './fixtures'

const SEED_DATES = ['19 Mar 2019', '4 Jul 2019', '5 Sep 2019', '24 Sep 2019', '24 Jan 2025']

test('the library lists the five seed articles in date order', async ({ app }) => {
  const rows = app.getByRole('listbox', { name: 'Articles' }).getByRole('option')
  await expect(rows).toHaveCount(5)
  const texts = await rows.allInnerTexts()
  SEED_DATES.forEach((date, i) => expect(texts[i]).toContain(date))
  expect(await seriousViolations(app)).toEqual([])
  await screenshot(app, 'library')
})

test('opening an article shows its text with page chrome dimmed', async ({ app }) => {
  await app.getByRole('option', { name: /nuclear parity avoiding arms race/ }).click()
  const reader = app.getByRole('region', { name: 'Reader' })
  await expect(reader).toContainText(
    'Russia is capable of ensuring nuclear parity without being drawn into an arms race',
  )
  await expect(reader.getByRole('heading', { name: 'Treaty with Japan' })).toBeVisible()

  // chrome lines are shown, but dimmed compared with the article text
  const chrome = reader.getByText('© Mikhail Metzel/TASS', { exact: true })
  const text = reader.getByText(/^MOSCOW, September 24/)
  await expect(chrome).toBeVisible()
  const dim = (l: typeof chrome) =>
    l.evaluate((el) => {
      let opacity = 1
      for (let node: Element | null = el; node; node = node.parentElement)
        opacity *= Number(getComputedStyle(node).opacity)
      const [r, g, b] = getComputedStyle(el).color.match(/\d+/g)!.map(Number) as [number, number, number]
      return { opacity, luminance: 0.2126 * r + 0.7152 * g + 0.0722 * b }
    })
  const [c, t] = [await dim(chrome), await dim(text)]
  expect(c.opacity < t.opacity || Math.abs(c.luminance - t.luminance) > 40).toBe(true)
  await expect(reader.getByText('All news', { exact: true })).toBeVisible()

  expect(await seriousViolations(app)).toEqual([])
  await screenshot(app, 'reader')
})

test('"/" focuses search and "peace treaty" ranks the TASS article first', async ({ app }) => {
  await app.getByRole('listbox', { name: 'Articles' }).waitFor()
  await app.keyboard.press('/')
  await expect(app.getByRole('searchbox', { name: 'Search' }).or(app.getByLabel('Search articles'))).toBeFocused()
  await app.keyboard.type('peace treaty')
  await app.keyboard.press('Enter')
  const first = app.getByRole('region', { name: 'Results' }).getByRole('listitem').first()
  await expect(first).toContainText('Russia can ensure nuclear parity avoiding arms race')
  await expect(first.locator('mark').first()).toBeVisible()
  await screenshot(app, 'search')
})

test('keyboard: arrows move, Enter opens, Esc goes back', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Articles' })
  await list.focus()
  await app.keyboard.press('ArrowDown')
  await app.keyboard.press('ArrowDown')
  await app.keyboard.press('Enter')
  await expect(app.getByRole('region', { name: 'Reader' })).toContainText('Corriere della Sera')
  await app.keyboard.press('Escape')
  await expect(list).toBeFocused()
})

test('the last open article is reopened after a reload', async ({ app }) => {
  await app.getByRole('option', { name: /Foreign Ministry/ }).click()
  await expect(app.getByRole('region', { name: 'Reader' })).toContainText('Xinhua')
  await app.reload()
  await expect(app.getByRole('region', { name: 'Reader' })).toContainText('Xinhua')
})

test('dark mode follows the OS and stays readable', async ({ app }) => {
  await app.emulateMedia({ colorScheme: 'dark' })
  await app.getByRole('option', { name: /nuclear parity avoiding arms race/ }).click()
  await expect(app.getByRole('region', { name: 'Reader' })).toContainText('nuclear parity')
  const background = await app.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number) as [number, number, number]
  expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(80)
  expect(await seriousViolations(app)).toEqual([])
  await screenshot(app, 'reader-dark')
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Arms race' }).click()
  await expect(app.getByRole('group', { name: 'Articles side by side, oldest first' }).getByRole('region')).toHaveCount(
    5,
  )
  expect(await seriousViolations(app)).toEqual([])
  await screenshot(app, 'compare-dark')
})
