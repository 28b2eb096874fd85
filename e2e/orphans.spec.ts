// A highlight whose text leaves its article becomes an orphan: listed, never dropped, re-attachable.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, screenshot, startHost, test } from './fixtures'
import { selectText } from './selection'

const FILE = '000_f6b6277f5f03b554.md'
const QUOTE = 'Japan is an important, great neighbor of Russia'

test('an orphaned highlight is listed with its note and can be re-attached', async ({ page }) => {
  const corpus = mkdtempSync(join(tmpdir(), 'stance-orphan-corpus-'))
  const userData = mkdtempSync(join(tmpdir(), 'stance-orphan-data-'))
  cpSync('corpus', corpus, { recursive: true })
  let host = await startHost(userData, ['--corpus', corpus])
  try {
    await page.goto(host.url)
    await page.getByRole('option', { name: /nuclear parity avoiding arms race/ }).click()
    const reader = page.getByRole('region', { name: 'Reader' })
    await selectText(reader, QUOTE)
    const toolbar = page.getByRole('toolbar', { name: 'Highlight selection' })
    await toolbar.getByRole('button', { name: 'Note, tags, stance…' }).click()
    await toolbar.getByLabel('Note', { exact: true }).fill('Warm words for Tokyo.')
    await toolbar.getByRole('button', { name: 'Highlight purple' }).click()
    await expect(reader.getByRole('button', { name: QUOTE })).toBeVisible()
    await host.stop()

    // the article is corrected upstream: the sentence is rewritten
    const path = join(corpus, FILE)
    writeFileSync(path, readFileSync(path, 'utf8').replace(QUOTE, 'Tokyo remains a difficult partner for Moscow'))
    host = await startHost(userData, ['--corpus', corpus])
    await page.goto(host.url)
    await page.getByRole('button', { name: 'Highlights', exact: true }).click()
    const panel = page.getByRole('region', { name: 'Highlights' })
    await panel.getByRole('tab', { name: 'Orphans (1)' }).click()
    await expect(panel).toContainText(QUOTE)
    await expect(panel).toContainText('Warm words for Tokyo.')
    await screenshot(page, 'highlights-orphans')

    // re-attach it to the rewritten sentence
    await panel.getByRole('button', { name: 'Re-attach' }).click()
    await page.getByRole('option', { name: /nuclear parity avoiding arms race/ }).click()
    await selectText(page.getByRole('region', { name: 'Reader' }), 'Tokyo remains a difficult partner for Moscow')
    await page
      .getByRole('toolbar', { name: 'Highlight selection' })
      .getByRole('button', { name: 'Attach here' })
      .click()
    await page.getByRole('button', { name: 'Highlights', exact: true }).click()
    await expect(panel.getByRole('tab', { name: 'Orphans (0)' })).toBeVisible()
    await expect(panel).toContainText('Tokyo remains a difficult partner for Moscow')
  } finally {
    await host.stop()
    rmSync(corpus, { recursive: true, force: true })
    rmSync(userData, { recursive: true, force: true })
  }
})
