// The comparison at size, on a 1,000-article Reuters slice imported into the library: each layout with
// light and dark screenshots, at least 8 passages on a 1280×800 screen in the timeline, j/k and Enter,
// a stance labelled from the comparison, and the Markdown report downloaded from the UI and parsed.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, type Page } from '@playwright/test'
import { parse as parseYaml } from 'yaml'
import { expect, screenshot, seriousViolations, startHost, type Host } from './fixtures'
import { CLI_BUNDLE } from './host-bundle'
import { REUTERS, reutersMissing } from './shared-data'

const test = base.extend<{ host: Host; app: Page }, { reutersLibrary: string }>({
  // The slice is imported with the CLI once per worker; each test gets its own copy (the library holds
  // relative paths only, so a copied folder opens as the original).
  reutersLibrary: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'stance-e2e-reuters-'))
      const slice = join(dir, 'reuters-slice.jsonl')
      const lines = readFileSync(REUTERS, 'utf8').split('\n').filter(Boolean).slice(0, 1000)
      writeFileSync(slice, `${lines.join('\n')}\n`)
      const library = join(dir, 'library')
      execFileSync(process.execPath, [CLI_BUNDLE, 'import', slice, '--library', library, '--source', 'Reuters'], {
        env: { ...process.env, STANCE_USER_DATA: dir },
      })
      await use(library)
      rmSync(dir, { recursive: true, force: true })
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  host: async ({ reutersLibrary }, use) => {
    const userData = mkdtempSync(join(tmpdir(), 'stance-e2e-layouts-'))
    cpSync(reutersLibrary, join(userData, 'library'), { recursive: true })
    const host = await startHost(userData)
    await use(host)
    await host.stop()
    rmSync(userData, { recursive: true, force: true })
  },
  app: async ({ page, host }, use) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(host.url)
    await use(page)
  },
})

test.skip(Boolean(reutersMissing), reutersMissing)
test.setTimeout(120_000)

async function oilTopic(app: Page): Promise<void> {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('button', { name: 'New topic' }).click()
  const form = app.getByRole('form', { name: 'New topic' })
  await form.getByLabel('Topic name').fill('Oil prices')
  await form.getByLabel('Terms', { exact: true }).fill('oil prices, crude oil, OPEC output')
  // the preview's passages push the button down when they arrive: a click just then lands elsewhere
  await expect(form.getByRole('region', { name: 'Preview' }).getByRole('status')).toContainText(
    /passages? of [\d,]+ checked/,
  )
  await form.getByRole('button', { name: 'Create topic' }).click()
  await expect(app.getByRole('heading', { name: 'Oil prices' })).toBeVisible()
}

async function bothThemes(app: Page, name: string): Promise<void> {
  await app.emulateMedia({ colorScheme: 'light' })
  await screenshot(app, `${name}-light`)
  await app.emulateMedia({ colorScheme: 'dark' })
  await screenshot(app, `${name}-dark`)
  expect(await seriousViolations(app), `${name} (dark)`).toEqual([])
  await app.emulateMedia({ colorScheme: 'light' })
  expect(await seriousViolations(app), `${name} (light)`).toEqual([])
}

test('many articles open in the timeline: 8+ passages on screen, j/k move, Enter opens the reader', async ({ app }) => {
  await oilTopic(app)
  const layout = app.getByRole('group', { name: 'Layout' })
  await expect(layout.getByRole('button', { name: 'Timeline' })).toHaveAttribute('aria-pressed', 'true')
  const list = app.getByRole('list', { name: 'Passages by date' })
  const rows = list.getByRole('listitem')
  await expect(rows.first()).toBeVisible()
  const box = (await list.boundingBox())!
  let inView = 0
  for (const row of await rows.all()) {
    const r = await row.boundingBox()
    if (r && r.y >= box.y && r.y + r.height <= box.y + box.height + 1) inView++
  }
  expect(inView, 'passages wholly in the list on a 1280×800 screen').toBeGreaterThanOrEqual(8)
  await bothThemes(app, 'compare-timeline')

  await app.keyboard.press('j')
  await expect(rows.first()).toHaveAttribute('aria-current', 'true')
  await app.keyboard.press('j')
  await app.keyboard.press('j')
  await expect(rows.nth(2)).toHaveAttribute('aria-current', 'true')
  await app.keyboard.press('k')
  const current = rows.nth(1)
  await expect(current).toHaveAttribute('aria-current', 'true')
  const title = await current.locator('.title').innerText()
  await expect(app.getByRole('complementary', { name: 'Passage' })).toContainText(title)
  await app.keyboard.press('Enter')
  const reader = app.getByRole('region', { name: 'Reader' })
  await expect(reader).toBeVisible()
  await expect(reader).toContainText(title)
})

test('the grid by source and the panes; the layout is remembered for the topic', async ({ app }) => {
  await oilTopic(app)
  const layout = app.getByRole('group', { name: 'Layout' })
  await layout.getByRole('button', { name: 'By source' }).click()
  const grid = app.getByRole('table', { name: 'Passages by source and date' })
  await expect(grid.getByRole('rowheader', { name: /Reuters/ })).toBeVisible()
  await app.keyboard.press('j')
  await expect(grid.locator('[aria-current="true"]')).toHaveCount(1)
  await bothThemes(app, 'compare-grid')

  await layout.getByRole('button', { name: 'Side by side' }).click()
  await expect(app.getByRole('group', { name: 'Articles side by side, oldest first' })).toBeVisible()
  await bothThemes(app, 'compare-panes')

  // Another topic opens in its own layout; coming back restores the choice.
  await app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Arms race' }).click()
  await app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Oil prices' }).click()
  await expect(layout.getByRole('button', { name: 'Side by side' })).toHaveAttribute('aria-pressed', 'true')
})

test('not mentioned is summed up with the search run; a stance labelled in the comparison; the report parses', async ({
  app,
}) => {
  await oilTopic(app)
  const absent = app.getByRole('region', { name: 'Not mentioned' })
  await expect(absent).toContainText(/Not mentioned: \d+/)
  await expect(absent).toContainText(/checked [\d,]+ articles for: oil prices, crude oil, OPEC output/)
  await absent.getByRole('button', { name: /Not mentioned/ }).click()
  await expect(absent.getByRole('cell', { name: 'Reuters' })).toBeVisible()
  await screenshot(app, 'compare-not-mentioned')

  await app.keyboard.press('j')
  const detail = app.getByRole('complementary', { name: 'Passage' })
  await detail.getByRole('combobox', { name: 'Stance of this passage' }).selectOption('opposes')
  const first = app.getByRole('list', { name: 'Passages by date' }).getByRole('listitem').first()
  await expect(first).toContainText('opposes')
  await expect(detail).toContainText('opposes')

  await app.getByRole('toolbar', { name: 'Comparison layout and filters' }).getByLabel('Stance').selectOption('opposes')
  await expect(app.getByRole('list', { name: 'Passages by date' }).getByRole('listitem')).toHaveCount(1)

  await app.getByText('Save report').click()
  const downloading = app.waitForEvent('download')
  await app.getByRole('button', { name: 'Markdown report' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('oil-prices-comparison.md')
  const text = readFileSync((await download.path()) as string, 'utf8')
  const [, front] = text.match(/^---\n([\s\S]*?)\n---\n/) ?? []
  const meta = parseYaml(front as string)
  expect(meta).toMatchObject({ topic: 'Oil prices', terms: ['oil prices', 'crude oil', 'OPEC output'] })
  expect(meta.mentioned).toBeGreaterThan(20)
  expect(text).toContain('- Stance: opposes')
  expect(text).toMatch(/## Not mentioned \(\d+\)/)
  expect(text).toMatch(/## Search\n\nchecked [\d,]+ articles for: oil prices, crude oil, OPEC output\./)
})
