// Issue 13, point 3 in the reader: who speaks in each paragraph, set or corrected there with the keyboard,
// kept across a reload, and the same correction the Speakers view and the comparison show.
import type { Locator, Page } from '@playwright/test'
import { expect, screenshot, seriousViolations, test } from './fixtures'

// Three axe runs, a reload and three screenshots: more than the default minute on a busy machine.
test.setTimeout(120_000)

const VNA = /Kremlin says Russia is ready to negotiate/

/** The innermost block holding both the paragraph's text and its speaker line. */
const blockOf = (reader: Locator, start: RegExp, line: string) =>
  reader
    .locator('div')
    .filter({ has: reader.page().getByText(start) })
    .filter({ hasText: line })
    .last()

/** How opaque an element is as drawn: its own opacity times its ancestors'. */
const opacity = (l: Locator) =>
  l.evaluate((el) => {
    let value = 1
    for (let node: Element | null = el; node; node = node.parentElement) value *= Number(getComputedStyle(node).opacity)
    return value
  })

async function openVna(app: Page): Promise<Locator> {
  await app.getByRole('option', { name: VNA }).click()
  const reader = app.getByRole('region', { name: 'Reader' })
  await expect(reader.getByText(/^Not only that, Russia also requested/)).toBeVisible()
  return reader
}

test('a paragraph with no speaker gets one in the reader, by keyboard; it stays confirmed after a reload', async ({
  app,
}) => {
  const reader = await openVna(app)
  // Attributed paragraphs say who speaks; ¶9 ("Not only that…") names no one.
  await expect(blockOf(reader, /^The Russian Deputy Foreign Minister stressed/, 'Alexander Grushko')).toContainText(
    'Alexander Grushko · Person',
  )
  const set = reader.getByRole('button', { name: 'Set the speaker of paragraph 9' })
  expect(await opacity(set)).toBe(0)

  // Tab from ¶8's pencil reaches ¶9's, which shows itself when focused; Escape closes without leaving.
  await reader.getByRole('button', { name: 'Correct the speaker of paragraph 8' }).focus()
  await app.keyboard.press('Tab')
  await expect(set).toBeFocused()
  expect(await opacity(set)).toBe(1)
  await app.keyboard.press('Enter')
  const form = app.getByRole('form', { name: 'Correct the speaker of paragraph 9' })
  await expect(form.getByLabel('Speaker')).toBeFocused()
  await app.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  await expect(reader).toBeVisible()
  await expect(set).toBeFocused()

  await app.keyboard.press('Enter')
  await app.keyboard.type('Alexander Grushko')
  expect(await seriousViolations(app)).toEqual([])
  await app.keyboard.press('Enter')
  const corrected = blockOf(reader, /^Not only that, Russia also requested/, '✓ confirmed')
  await expect(corrected).toContainText('Alexander Grushko · Person · ✓ confirmed')
  await expect(reader.getByRole('button', { name: 'Correct the speaker of paragraph 9' })).toBeFocused()
  await expect(reader.getByText('✓ confirmed')).toHaveCount(1)
  expect(await seriousViolations(app)).toEqual([])
  await corrected.scrollIntoViewIfNeeded()
  await screenshot(app, 'speakers-reader-corrected')
  await app.emulateMedia({ colorScheme: 'dark' })
  await screenshot(app, 'speakers-reader-corrected-dark')
  expect(await seriousViolations(app), 'dark').toEqual([])
  await app.emulateMedia({ colorScheme: 'light' })

  // After a reload the reader reopens the article with the correction, still confirmed.
  await app.reload()
  await expect(blockOf(reader, /^Not only that, Russia also requested/, '✓ confirmed')).toContainText(
    'Alexander Grushko · Person · ✓ confirmed',
  )

  // The Speakers view lists the paragraph under Alexander Grushko, confirmed.
  await app.getByRole('button', { name: 'Speakers', exact: true }).click()
  await app.getByLabel('Search speakers').fill('Grushko')
  await app
    .getByRole('region', { name: 'Speakers', exact: true })
    .getByRole('button', { name: /Alexander Grushko/ })
    .click()
  const timeline = app.getByRole('list', { name: 'Statements of Alexander Grushko in date order' })
  const statement = timeline.getByRole('listitem').filter({ hasText: 'Not only that, Russia also requested' })
  await expect(statement).toContainText('✓ confirmed')
  await screenshot(app, 'speakers-reader-correction-in-ledger')
})

test('a correction made in the comparison shows in the reader, and one made in the reader to nobody', async ({
  app,
}) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'NATO spending' }).click()
  await app.getByRole('button', { name: 'Correct the speaker of paragraph 11' }).click()
  const form = app.getByRole('form', { name: 'Correct the speaker of paragraph 11' })
  await form.getByLabel('Speaker').fill('NATO critics')
  await form.getByLabel('Kind').selectOption('role')
  await form.getByRole('button', { name: 'Save speaker' }).click()
  await app.getByRole('button', { name: 'Open paragraph 11 in the reader' }).click()

  const reader = app.getByRole('region', { name: 'Reader' })
  const eleventh = /^He noted President Donald Trump's earlier statement/
  await expect(blockOf(reader, eleventh, '✓ confirmed')).toContainText('NATO critics · Role or group · ✓ confirmed')

  // ¶15 (Shoigu) said by nobody, from the reader: the line says so, and the ledger no longer counts it.
  await reader.getByRole('button', { name: 'Correct the speaker of paragraph 15' }).click()
  await app
    .getByRole('form', { name: 'Correct the speaker of paragraph 15' })
    .getByRole('button', { name: 'Nobody speaks here' })
    .click()
  await expect(blockOf(reader, /^Also in an interview with TASS/, 'nobody speaks')).toContainText(
    'nobody speaks · ✓ confirmed',
  )
  expect(await seriousViolations(app)).toEqual([])
  await app.getByRole('button', { name: 'Speakers', exact: true }).click()
  const listed = app.getByRole('region', { name: 'Speakers', exact: true }).getByRole('listitem')
  await app.getByLabel('Search speakers').fill('Grushko')
  await expect(listed).toHaveCount(1)
  await app.getByLabel('Search speakers').fill('Shoigu')
  await expect(listed).toHaveCount(0)
})

test('a section heading has no speaker of its own in the reader; the paragraphs under it do', async ({ app }) => {
  await app.getByRole('option', { name: /nuclear parity avoiding arms race/ }).click()
  const reader = app.getByRole('region', { name: 'Reader' })
  await expect(reader.getByRole('heading', { name: 'Treaty with Japan' })).toBeVisible()
  // ¶12 is the heading: nobody is shown there, so its button sets a speaker rather than correcting one.
  await expect(blockOf(reader, /^Russia and Japan must find ways of signing/, 'Dmitry Peskov')).toContainText(
    'Dmitry Peskov · Person',
  )
  await expect(reader.getByRole('button', { name: 'Set the speaker of paragraph 12' })).toHaveCount(1)
  await expect(reader.getByRole('button', { name: 'Correct the speaker of paragraph 12' })).toHaveCount(0)
})
