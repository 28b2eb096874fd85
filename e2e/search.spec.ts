// Search on the 1,000-article Reuters slice as a user meets it: the true total and every result reachable
// by scrolling, "peace treaty" meaning both words, the help popover, and a hit opened in the reader with
// its terms marked, n stepping between them, Ctrl+F finding other text.
import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import type { Article, SearchPage } from '../src/shared/types'
import { expect, screenshot, test } from './fixtures'
import { REUTERS, reutersMissing } from './shared-data'

test.skip(Boolean(reutersMissing), reutersMissing)

/** The app's own api, from inside the page (same token, same contract), to check what the UI shows. */
async function apiCall<T>(app: Page, method: string, args: unknown[]): Promise<T> {
  return app.evaluate(
    async ([method, args]) => {
      const token = sessionStorage.getItem('stance-token') ?? ''
      const response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-stance-token': token },
        body: JSON.stringify(args),
      })
      return (await response.json()) as unknown
    },
    [method, args] as const,
  ) as Promise<T>
}

async function importSlice(app: Page, path: string): Promise<void> {
  const lines = readFileSync(REUTERS, 'utf8').split('\n').filter(Boolean).slice(0, 1000)
  writeFileSync(path, `${lines.join('\n')}\n`)
  await app.getByRole('listbox', { name: 'Articles' }).waitFor()
  await app.getByLabel('Import file').setInputFiles(path)
  await app.getByLabel('Source for records that name none').fill('Reuters')
  await app.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(app.getByText(/^(9\d\d|1,0\d\d) of \1 articles$/)).toBeVisible({ timeout: 120_000 })
}

async function searchFor(app: Page, query: string): Promise<void> {
  const box = app.getByRole('searchbox', { name: 'Search' })
  await box.fill(query)
  await box.press('Enter')
  await expect(
    app.getByRole('heading', { name: new RegExp(`articles?, [\\d,]+ passages? for .${query}.`) }),
  ).toBeVisible()
}

test('search on the Reuters slice: true totals, every result, both words, terms marked in the reader', async ({
  app,
}, testInfo) => {
  test.setTimeout(240_000)
  await importSlice(app, testInfo.outputPath('reuters-slice.jsonl'))
  const results = app.getByRole('region', { name: 'Results' })

  // "oil": the heading gives the true total (the api agrees), far past one page of 50
  await searchFor(app, 'oil')
  const page = await apiCall<SearchPage>(app, 'search', [{ query: 'oil', limit: 1 }])
  expect(page.total).toBeGreaterThan(50) // more than the first page
  const heading = results.getByRole('heading', { level: 2 })
  await expect(heading).toHaveText(
    `${page.total.toLocaleString('en')} articles, ${page.passages.toLocaleString('en')} passages for “oil”`,
  )
  await screenshot(app, 'search-oil')

  // scrolling pages through all of it: the last row is numbered with the total and holds a loaded hit
  const list = results.getByRole('list', { name: 'Matching articles' })
  await list.evaluate((el) => el.parentElement!.scrollTo({ top: el.parentElement!.scrollHeight }))
  const last = results.getByRole('listitem').filter({ hasText: new RegExp(`^${page.total.toLocaleString('en')}\\.`) })
  await expect(last).toBeVisible()
  await expect(last.getByRole('button').first()).toBeVisible()
  await expect(last).not.toContainText('Loading…')
  await screenshot(app, 'search-oil-end')

  // sorted newest first, the first row is dated no earlier than the last
  await app.getByLabel('Sort results').selectOption('newest')
  await expect(results.getByRole('listitem').first()).toContainText('1.')

  // "peace treaty": every article listed holds both words
  await app.getByLabel('Sort results').selectOption('relevance')
  await searchFor(app, 'peace treaty')
  const both = await apiCall<SearchPage>(app, 'search', [{ query: 'peace treaty', limit: 1000 }])
  expect(both.total).toBeGreaterThan(0)
  expect(both.hits).toHaveLength(both.total)
  for (const hit of both.hits) {
    const article = await apiCall<Article>(app, 'getArticle', [hit.articleId])
    const text = `${article.title}\n${article.body}`
    expect(text, article.id).toMatch(/\bpeace/i)
    expect(text, article.id).toMatch(/\btreat(y|ies)/i)
  }
  const treatyOnly = await apiCall<SearchPage>(app, 'search', [{ query: 'treaty', limit: 1 }])
  expect(treatyOnly.total).toBeGreaterThan(both.total)
  await expect(results.getByRole('heading', { level: 2 })).toContainText(`${both.total.toLocaleString('en')} article`)

  // the help popover beside the box says what a query means
  await app.getByRole('button', { name: 'Search help' }).click()
  await expect(app.getByRole('dialog', { name: 'How search reads a query' })).toBeVisible()
  await screenshot(app, 'search-help')
  await app.keyboard.press('Escape')
  await expect(app.getByRole('dialog', { name: 'How search reads a query' })).toBeHidden()

  // a hit opens the reader with the terms marked; n and Shift+N step between them
  await searchFor(app, 'oil')
  await results.getByRole('listitem').first().getByRole('button').first().click()
  const reader = app.getByRole('region', { name: 'Reader' })
  const count = reader.getByRole('status').filter({ hasText: /match/ })
  await expect(count).toHaveText(/^[\d,]+ match(es)? for “oil”$/)
  const marks = await reader.locator('mark.term').count()
  expect(marks).toBeGreaterThan(0)
  await app.keyboard.press('n')
  await expect(count).toHaveText(/^1 of [\d,]+ match/)
  await expect(reader.locator('mark.current')).toHaveCount(1)
  await expect(reader.locator('mark.current')).toHaveText(/^oil/i)
  await app.keyboard.press('n')
  const total = Number((await count.textContent())!.match(/of ([\d,]+)/)![1]!.replace(/,/g, ''))
  await expect(count).toHaveText(total > 1 ? /^2 of / : /^1 of /)
  await app.keyboard.press('Shift+N')
  await expect(count).toHaveText(/^1 of /)
  await screenshot(app, 'reader-marks')

  // Ctrl+F finds other text in the article
  await app.keyboard.press('Control+f')
  const findBox = reader.getByRole('searchbox', { name: 'Find in article' })
  await expect(findBox).toBeFocused()
  await findBox.fill('the')
  await expect(count).toHaveText(/^1 of [\d,]+ match/)
  await app.keyboard.press('F3')
  await expect(count).toHaveText(/^2 of /)
  await screenshot(app, 'reader-find')
  await findBox.press('Escape')
  await expect(findBox).toBeHidden()
  await expect(count).toHaveText(/for “oil”$/)
})
