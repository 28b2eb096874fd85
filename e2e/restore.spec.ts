// What was open comes back after a reload of the browser host page: the view, the comparison's topic and
// the article in the reader, together. The reload waits until the host holds what the page saved.
import type { Page } from '@playwright/test'
import type { Settings } from '../src/shared/types'
import { expect, hostApi, test, type Host } from './fixtures'

const XINHUA = /Russia interested in preventing arms race/
const TASS = /nuclear parity avoiding arms race/

async function reloadWhenSaved(app: Page, host: Host, expected: Partial<Settings>): Promise<void> {
  const api = hostApi(host)
  await expect.poll(() => api.getSettings()).toMatchObject(expected)
  await app.reload()
}

const viewButton = (app: Page, name: string) => app.getByRole('button', { name, exact: true })

test('a reload returns to the same view, comparison topic and article', async ({ app, host }) => {
  const api = hostApi(host)
  const japan = (await api.listTopics()).find((t) => t.name === 'Japan peace treaty')!
  expect(japan, 'the seed topic Japan peace treaty').toBeTruthy()
  const reader = app.getByRole('region', { name: 'Reader' })

  // An article open in the reader, then a comparison topic other than the first.
  await app.getByRole('option', { name: XINHUA }).click()
  await expect(reader).toContainText('Xinhua')
  const xinhua = (await api.getSettings()).lastArticleId
  await viewButton(app, 'Compare').click()
  await app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Japan peace treaty' }).click()
  await expect(app.getByRole('heading', { name: 'Japan peace treaty', level: 2 })).toBeVisible()
  await reloadWhenSaved(app, host, { lastView: 'compare', lastTopicId: japan.id, lastArticleId: xinhua })

  await expect(viewButton(app, 'Compare')).toHaveAttribute('aria-current', 'page')
  await expect(app.getByRole('heading', { name: 'Japan peace treaty', level: 2 })).toBeVisible()
  await expect(app).toHaveTitle('Japan peace treaty · Compare · Stance Reader')
  // The article stayed open behind the comparison.
  await viewButton(app, 'Library').click()
  await expect(app.getByRole('option', { name: XINHUA })).toHaveAttribute('aria-selected', 'true')
  await expect(reader.getByRole('heading', { level: 2 })).toContainText('Russia interested in preventing arms race')

  // In the library with another article: both come back.
  await app.getByRole('option', { name: TASS }).click()
  await expect(reader).toContainText('TASS')
  await expect.poll(async () => (await api.getSettings()).lastArticleId).not.toBe(xinhua)
  await reloadWhenSaved(app, host, { lastView: 'library', lastTopicId: japan.id })
  await expect(viewButton(app, 'Library')).toHaveAttribute('aria-current', 'page')
  await expect(app.getByRole('option', { name: TASS })).toHaveAttribute('aria-selected', 'true')
  await expect(reader.getByRole('heading', { level: 2 })).toContainText('nuclear parity')
  // …and the topic is still the one the comparison opens on.
  await viewButton(app, 'Compare').click()
  await expect(app.getByRole('heading', { name: 'Japan peace treaty', level: 2 })).toBeVisible()
})

test('the highlights and speakers views come back after a reload', async ({ app, host }) => {
  for (const [name, view] of [
    ['Highlights', 'highlights'],
    ['Speakers', 'speakers'],
  ] as const) {
    await viewButton(app, name).click()
    await reloadWhenSaved(app, host, { lastView: view })
    await expect(viewButton(app, name)).toHaveAttribute('aria-current', 'page')
  }
})
