// The topic editor while typing: a live count and first passages, a clear message for each syntax error,
// a topic of stop words refused with the reason, a preset edited as a copy, and a user topic duplicated.
import { expect, seriousViolations, screenshot, test } from './fixtures'

test('the editor previews what the terms find and explains what is wrong with them', async ({ app }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('button', { name: 'New topic' }).click()
  const form = app.getByRole('form', { name: 'New topic' })
  const terms = form.getByLabel('Terms', { exact: true })
  const preview = form.getByRole('region', { name: 'Preview' })

  await terms.fill('arms race')
  await expect(preview.getByRole('status')).toHaveText(/^\s*\d+ articles?,\s+\d+ passages?\s+of 5 checked\s*$/)
  await expect(preview.getByRole('listitem').first()).toContainText(/arms race/i)
  expect(await seriousViolations(app)).toEqual([])
  await screenshot(app, 'topic-editor-preview')

  await terms.fill('"unclosed, +, *, a')
  await expect(preview.getByRole('alert')).toContainText('is never closed')

  await terms.fill('race, +, mi*')
  await expect(preview.getByRole('alert')).toContainText('a + must be followed by the co-term it marks')
  await expect(preview.getByRole('alert')).toContainText('"mi*": a wildcard needs at least 3 letters')

  await terms.fill('the')
  await expect(preview.getByRole('alert')).toContainText('"the" is a stop word, found in nearly every article')
  await form.getByLabel('Topic name').fill('Nothing')
  await form.getByRole('button', { name: 'Create topic' }).click()
  await expect(form.getByRole('alert').last()).toContainText('stop word')
  await expect(app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Nothing' })).toHaveCount(0)
})

test('a preset is edited as a copy, and the preset stays as shipped', async ({ app }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Arms race' }).click()
  await app.getByRole('button', { name: 'Edit a copy' }).click()
  const form = app.getByRole('form', { name: 'Edit a copy of Arms race' })
  await form.getByLabel('Terms', { exact: true }).fill('arms race, hypersonic')
  await form.getByRole('button', { name: 'Save as a new topic' }).click()
  const topics = app.getByRole('group', { name: 'Topics' })
  await expect(topics.getByRole('button', { name: 'Arms race (copy)' })).toHaveAttribute('aria-pressed', 'true')
  await expect(app.getByRole('region', { name: 'Comparison' })).toContainText('terms: arms race, hypersonic')
  await topics.getByRole('button', { name: 'Arms race', exact: false }).first().click()
  await expect(app.getByRole('region', { name: 'Comparison' })).toContainText('terms: arms race, nuclear race')
})

test('a user topic is duplicated into a second topic, and the first stays as it was', async ({ app }) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('button', { name: 'New topic' }).click()
  const form = app.getByRole('form', { name: 'New topic' })
  await form.getByLabel('Topic name').fill('Missiles')
  await form.getByLabel('Terms', { exact: true }).fill('missile')
  await form.getByRole('button', { name: 'Create topic' }).click()
  const topics = app.getByRole('group', { name: 'Topics' })
  await expect(topics.getByRole('button', { name: 'Missiles' })).toHaveAttribute('aria-pressed', 'true')

  await app.getByRole('button', { name: 'Duplicate' }).click()
  const copy = app.getByRole('form', { name: 'Duplicate Missiles' })
  await expect(copy.getByLabel('Topic name')).toHaveValue('Missiles (copy)')
  await copy.getByLabel('Terms', { exact: true }).fill('missile, warhead')
  await copy.getByRole('button', { name: 'Save as a new topic' }).click()
  await expect(topics.getByRole('button', { name: 'Missiles (copy)' })).toHaveAttribute('aria-pressed', 'true')
  await expect(app.getByRole('region', { name: 'Comparison' })).toContainText('terms: missile, warhead')
  await topics.getByRole('button', { name: 'Missiles', exact: true }).click()
  // the original keeps its one term (the summary's terms carry the full list as their title)
  await expect(app.getByRole('region', { name: 'Comparison' }).getByTitle('missile', { exact: true })).toBeVisible()
})
