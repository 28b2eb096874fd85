// The details a person notices in the first hour (issue 17): each bug found there, shown fixed.
import { writeFileSync } from 'node:fs'
import { expect, hostApi, screenshot, seriousViolations, test } from './fixtures'
import { selectText } from './selection'

const XINHUA = /Russia interested in preventing arms race/

test('a wheel over the header does not move the app while results are shown', async ({ app }) => {
  await app.getByRole('listbox', { name: 'Articles' }).waitFor()
  await app.getByRole('searchbox', { name: 'Search' }).fill('treaty')
  await app.keyboard.press('Enter')
  const results = app.getByRole('region', { name: 'Results' })
  await expect(results.getByRole('listitem').first()).toBeVisible()
  const page = () =>
    app.evaluate(() => ({
      scrollY: window.scrollY,
      overflow: document.scrollingElement!.scrollHeight - window.innerHeight,
      header: document.querySelector('header')!.getBoundingClientRect().top,
    }))
  expect((await page()).overflow).toBeLessThanOrEqual(0)
  const header = app.getByRole('banner')
  const box = (await header.boundingBox())!
  await app.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await app.mouse.wheel(0, 600)
  await app.waitForTimeout(200)
  expect(await page()).toMatchObject({ scrollY: 0, header: 0 })
  // clicking a snippet opens its paragraph without shifting the header
  await results
    .getByRole('button', { name: /^Paragraph \d+:/ })
    .first()
    .click()
  await expect(app.getByRole('region', { name: 'Reader' }).locator('.flash')).toHaveCount(1)
  expect(await page()).toMatchObject({ scrollY: 0, header: 0 })
})

test('overlapping highlights are both clickable', async ({ app }) => {
  await app.getByRole('option', { name: XINHUA }).click()
  const reader = app.getByRole('region', { name: 'Reader' })
  const toolbar = app.getByRole('toolbar', { name: 'Highlight selection' })
  await selectText(reader, 'Russia is open to discussing solutions aimed at preventing an arms race')
  await toolbar.getByRole('button', { name: 'Highlight blue' }).click()
  await expect(toolbar).toBeHidden()
  // a later, shorter highlight inside the first, and one overlapping its end
  await selectText(reader, 'discussing solutions')
  await toolbar.getByRole('button', { name: 'Highlight red' }).click()
  await expect(toolbar).toBeHidden()
  await selectText(reader, 'an arms race while strengthening')
  await toolbar.getByRole('button', { name: 'Highlight green' }).click()
  await expect(toolbar).toBeHidden()

  await screenshot(app, 'overlapping-highlights')
  const editor = app.getByRole('dialog', { name: 'Edit highlight' })
  const checked = (color: string) => editor.getByRole('radio', { name: color, checked: true })
  // the red one is drawn over the blue one; the blue one is reached from the red one's editor
  await reader.getByRole('button', { name: 'discussing solutions', exact: true }).click()
  await expect(checked('red')).toBeVisible()
  await editor.getByRole('button', { name: /Edit the blue highlight/ }).click()
  await expect(checked('blue')).toBeVisible()
  await expect(editor).toContainText('Russia is open to discussing solutions aimed at preventing an arms race')
  await app.keyboard.press('Escape')
  // each is also clickable where it is not covered
  for (const [text, color] of [
    ['Russia is open to', 'blue'],
    ['while strengthening', 'green'],
  ] as const) {
    await reader.getByRole('button', { name: text, exact: true }).click()
    await expect(checked(color)).toBeVisible()
    await app.keyboard.press('Escape')
    await expect(editor).toBeHidden()
  }
  expect(await seriousViolations(app)).toEqual([])
})

test('a failed search says why', async ({ app }) => {
  await app.getByRole('listbox', { name: 'Articles' }).waitFor()
  await app.route('**/api/search', (route) =>
    route.fulfill({
      status: 500,
      contentType: 'application/json',
      body: JSON.stringify({ error: 'index is damaged' }),
    }),
  )
  await app.getByRole('searchbox', { name: 'Search' }).fill('treaty')
  await app.keyboard.press('Enter')
  await expect(app.getByRole('alert')).toContainText('Search failed: index is damaged')
})

test('a dismissed import report stays dismissed after a reload', async ({ app }, testInfo) => {
  const file = testInfo.outputPath('two-good-one-bad.jsonl')
  const record = (id: string, title: string) =>
    JSON.stringify({ id, date: '1987-03-02', title, body: `${title}. Prices rose.`, source: 'Reuters' })
  writeFileSync(file, `${record('wire-1', 'Cocoa prices rise')}\n{not json\n${record('wire-2', 'Grain prices fall')}\n`)
  await app.getByRole('listbox', { name: 'Articles' }).waitFor()
  await app.getByLabel('Import file').setInputFiles(file)
  await app.getByRole('button', { name: 'Import', exact: true }).click()
  const report = app.getByRole('status').filter({ hasText: /Imported two-good-one-bad\.jsonl: 2 added, 1 skipped/ })
  await expect(report).toBeVisible({ timeout: 30_000 })
  await report.getByRole('button', { name: 'Dismiss' }).click()
  await expect(report).toBeHidden()
  await app.reload()
  await expect(app.getByRole('listbox', { name: 'Articles' }).getByRole('option')).toHaveCount(7)
  await app.waitForTimeout(500) // settings and status have both been read by now
  await expect(report).toBeHidden()
})

test('the search placeholder fits its box at 1024 px, also beside a three-digit highlight count', async ({
  app,
  host,
}) => {
  await app.setViewportSize({ width: 1024, height: 700 })
  const box = app.getByRole('searchbox', { name: 'Search' })
  const fit = () =>
    box.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input)
      const context = document.createElement('canvas').getContext('2d')!
      context.font = `${style.fontSize} ${style.fontFamily}`
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      return { text: Math.ceil(context.measureText(input.placeholder).width), room: Math.floor(room) }
    })
  const fits = async () => {
    const { text, room } = await fit()
    expect(text).toBeLessThanOrEqual(room)
  }
  await fits()
  // the Highlights button grows with its count and takes room from the box
  const api = hostApi(host)
  const article = (await api.listArticles())[0]!
  for (let i = 0; i < 100; i++) await api.addHighlight({ articleId: article.id, start: i, end: i + 5, color: 'blue' })
  await app.reload()
  await expect(app.getByRole('button', { name: /^Highlights/ })).toContainText('100')
  await fits()
})

test('the comparison button that clears its filters says so', async ({ app }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  const filters = app.getByRole('search', { name: 'Filter comparison' })
  await expect(filters.getByRole('button', { name: 'Compare all' })).toHaveCount(0)
  const clear = filters.getByRole('button', { name: 'Clear filters' })
  await expect(clear).toBeDisabled()
  await filters.getByLabel('From').fill('2019-07-01')
  await filters.getByLabel('From').dispatchEvent('change')
  await expect(clear).toBeEnabled()
  await clear.click()
  await expect(filters.getByLabel('From')).toHaveValue('')
})

test('] and [ open the next and previous article', async ({ app }) => {
  await app.getByRole('option', { name: XINHUA }).click()
  const reader = app.getByRole('region', { name: 'Reader' })
  await expect(reader).toContainText('Xinhua')
  await app.keyboard.press(']')
  await expect(reader.getByRole('heading', { level: 2 })).toContainText('Putin says Russia is not willing')
  await app.keyboard.press(']')
  await expect(reader.getByRole('heading', { level: 2 })).toContainText('previously banned')
  await app.keyboard.press('[')
  await expect(reader.getByRole('heading', { level: 2 })).toContainText('Putin says Russia is not willing')
})

test('the library sorts by title or source and filters by words in the title', async ({ app }) => {
  const rows = app.getByRole('listbox', { name: 'Articles' }).getByRole('option')
  await expect(rows).toHaveCount(5)
  const filters = app.getByRole('search', { name: 'Filter articles' })
  await filters.getByLabel('Sort').selectOption('title')
  await expect(rows.first()).toContainText('Kremlin says Russia is ready')
  await filters.getByLabel('Sort').selectOption('source')
  await expect(rows.first()).toContainText('TASS')
  await filters.getByRole('searchbox', { name: 'Title' }).fill('putin says')
  await expect(rows).toHaveCount(2)
  await expect(app.getByText('2 of 5 articles')).toBeVisible()
  await filters.getByRole('button', { name: 'Clear filters' }).click()
  await expect(rows).toHaveCount(5)
  expect(await seriousViolations(app)).toEqual([])
})

test('the highlights panel shows each outlet and filters by source, by date and by words in notes and quotes', async ({
  app,
}) => {
  const reader = app.getByRole('region', { name: 'Reader' })
  const toolbar = app.getByRole('toolbar', { name: 'Highlight selection' })
  await app.getByRole('option', { name: XINHUA }).click()
  await selectText(reader, 'Russia is open to discussing solutions')
  await toolbar.getByRole('button', { name: 'Highlight blue' }).click()
  await expect(toolbar).toBeHidden()
  await app.getByRole('option', { name: /nuclear parity avoiding arms race/ }).click()
  await selectText(reader, 'Russia will not participate in it')
  await toolbar.getByRole('button', { name: 'Highlight red' }).click()
  await expect(toolbar).toBeHidden()

  await app.getByRole('button', { name: 'Highlights', exact: true }).click()
  const panel = app.getByRole('region', { name: 'Highlights' })
  const entries = panel.getByRole('tabpanel').getByRole('listitem')
  await expect(entries).toHaveCount(2)
  await expect(entries.filter({ hasText: 'discussing solutions' })).toContainText('Xinhua')
  await expect(entries.filter({ hasText: 'participate' })).toContainText('24 Sep 2019 · TASS · Russia can ensure')
  await panel.getByLabel('Source', { exact: true }).selectOption('TASS')
  await expect(entries).toHaveCount(1)
  await panel.getByLabel('Source', { exact: true }).selectOption('')
  // the dates are the articles' (Xinhua 19 Mar 2019, TASS 24 Sep 2019), both ends inclusive
  await panel.getByLabel('From', { exact: true }).fill('2019-09-24')
  await expect(entries).toHaveCount(1)
  await expect(entries).toContainText('TASS')
  await panel.getByLabel('From', { exact: true }).fill('')
  await panel.getByLabel('To', { exact: true }).fill('2019-09-23')
  await expect(entries).toHaveCount(1)
  await expect(entries).toContainText('Xinhua')
  await panel.getByLabel('To', { exact: true }).fill('')
  await expect(entries).toHaveCount(2)
  await panel.getByRole('searchbox', { name: 'Search notes and quotes' }).fill('discussing')
  await expect(entries).toHaveCount(1)
  await expect(entries).toContainText('Xinhua')
  expect(await seriousViolations(app)).toEqual([])
})

test('reader text size, line width and the place in each article are remembered', async ({ app }) => {
  await app.getByRole('option', { name: /nuclear parity avoiding arms race/ }).click()
  const reader = app.getByRole('region', { name: 'Reader' })
  const settings = reader.getByRole('group', { name: 'Text settings' })
  await settings.getByRole('button', { name: 'Larger text' }).click()
  await settings.getByRole('button', { name: 'Larger text' }).click()
  await settings.getByLabel('Line width').selectOption('Narrow')
  await expect(settings).toContainText('19 px')
  const paragraph = reader.locator('[data-para="8"]')
  await paragraph.scrollIntoViewIfNeeded()
  await paragraph.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await app.waitForTimeout(1200) // the position is saved a moment after scrolling stops
  await app.getByRole('option', { name: XINHUA }).click()
  await expect(reader).toContainText('Xinhua')
  await app.reload()
  await app.getByRole('option', { name: /nuclear parity avoiding arms race/ }).click()
  await expect(reader.getByRole('group', { name: 'Text settings' })).toContainText('19 px')
  await expect(reader.getByLabel('Line width')).toHaveValue('60')
  const article = reader.getByRole('article')
  expect(await article.evaluate((el) => getComputedStyle(el).fontSize)).toBe('19px')
  await expect(async () => {
    const [top, at] = await Promise.all([reader.boundingBox(), reader.locator('[data-para="8"]').boundingBox()])
    expect(Math.abs(at!.y - top!.y)).toBeLessThan(120) // paragraphs keep a scroll margin
  }).toPass({ timeout: 5000 })
  expect(await seriousViolations(app)).toEqual([])
})

test('? opens the shortcuts sheet; the topic editor opens the term syntax with examples', async ({ app }) => {
  await app.getByRole('listbox', { name: 'Articles' }).focus()
  await app.keyboard.press('?')
  const sheet = app.getByRole('dialog', { name: 'Help' })
  await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeFocused()
  await expect(sheet).toContainText('Next / previous article in the reader')
  expect(await seriousViolations(app)).toEqual([])
  await screenshot(app, 'help-sheet')
  await app.keyboard.press('Escape')
  await expect(sheet).toBeHidden()

  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('button', { name: 'New topic' }).click()
  await app.getByRole('button', { name: 'Term syntax help' }).click()
  await expect(sheet.getByRole('heading', { name: 'Topic terms' })).toBeFocused()
  await expect(sheet).toContainText('militar*')
  await sheet.getByRole('button', { name: 'Close' }).click()
  await expect(sheet).toBeHidden()
})

test('the search box help leads to the shortcuts and the topic term syntax', async ({ app }) => {
  const searchHelp = app.getByRole('button', { name: 'Search help' })
  const popover = app.getByRole('dialog', { name: 'How search reads a query' })
  const sheet = app.getByRole('dialog', { name: 'Help' })
  for (const [link, heading] of [
    ['All keyboard shortcuts', 'Keyboard shortcuts'],
    ['Topic term syntax', 'Topic terms'],
  ] as const) {
    await searchHelp.click()
    await popover.getByRole('button', { name: link }).click()
    await expect(popover).toBeHidden()
    await expect(sheet.getByRole('heading', { name: heading })).toBeFocused()
    expect(await seriousViolations(app)).toEqual([])
    await app.keyboard.press('Escape')
    await expect(sheet).toBeHidden()
    await expect(searchHelp).toBeFocused()
  }
})

test('a passage copied from the reader carries its citation', async ({ app }) => {
  await app.getByRole('option', { name: /nuclear parity avoiding arms race/ }).click()
  const reader = app.getByRole('region', { name: 'Reader' })
  await selectText(reader, 'Russia will not participate in it')
  const copied = await app.evaluate(() => {
    const data = new DataTransfer()
    const event = new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true })
    window.getSelection()!.anchorNode!.parentElement!.dispatchEvent(event)
    return data.getData('text/plain')
  })
  expect(copied).toMatch(/^Russia will not participate in it\n\n— TASS, 24 Sep 2019, “Russia can ensure nuclear parity/)
  expect(copied).toMatch(/paragraph \d+$/)
})

test('printing shows the open article and nothing else', async ({ app }) => {
  await app.getByRole('option', { name: /nuclear parity avoiding arms race/ }).click()
  const reader = app.getByRole('region', { name: 'Reader' })
  await expect(reader).toContainText('nuclear parity')
  await app.emulateMedia({ media: 'print' })
  await expect(app.getByRole('banner')).toBeHidden()
  await expect(app.getByRole('listbox', { name: 'Articles' })).toBeHidden()
  await expect(app.getByRole('heading', { level: 2, name: /nuclear parity avoiding arms race/ })).toBeVisible()
  await expect(app.getByText('Russia will not participate in it', { exact: false })).toBeVisible()
})
