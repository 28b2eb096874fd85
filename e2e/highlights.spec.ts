import { readFileSync } from 'node:fs'
import MarkdownIt from 'markdown-it'
import { parse as parseYaml } from 'yaml'
import { expect, screenshot, test } from './fixtures'
import { selectText } from './selection'

const XINHUA = /Russia interested in preventing arms race/
const TASS = /nuclear parity avoiding arms race/

test('highlights made in the comparison last across a reload and export in date order', async ({ app }, testInfo) => {
  await app.getByRole('button', { name: 'Compare', exact: true }).click()
  await app.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Arms race' }).click()
  const toolbar = app.getByRole('toolbar', { name: 'Highlight selection' })

  // 1: TASS, blue, plain
  await selectText(app.getByRole('region', { name: TASS }), 'Russia will not participate in it')
  await expect(toolbar).toBeVisible()
  await toolbar.getByRole('button', { name: 'Highlight blue' }).click()
  await expect(toolbar).toBeHidden()

  // 2: Xinhua, red, with note, tags and stance
  await selectText(app.getByRole('region', { name: XINHUA }), 'dangerous spiral of missile weapons buildup')
  await toolbar.getByRole('button', { name: 'Note, tags, stance…' }).click()
  await toolbar.getByLabel('Note', { exact: true }).fill('The ministry frames it as a spiral.')
  await toolbar.getByLabel(/Tags/).fill('inf, missiles')
  await toolbar.getByLabel('Stance', { exact: true }).selectOption('opposes')
  await screenshot(app, 'highlight-toolbar')
  await toolbar.getByRole('button', { name: 'Highlight red' }).click()
  await expect(toolbar).toBeHidden()

  // 3: Xinhua, green, by key
  await selectText(app.getByRole('region', { name: XINHUA }), 'Russia is open to discussing solutions')
  await expect(toolbar).toBeVisible()
  await app.keyboard.press('2')
  await expect(toolbar).toBeHidden()

  await app.reload()
  await app.getByRole('button', { name: 'Highlights', exact: true }).click()
  const panel = app.getByRole('region', { name: 'Highlights' })
  await expect(panel.getByRole('tab', { name: 'All highlights (3)' })).toBeVisible()
  await expect(panel).toContainText('dangerous spiral of missile weapons buildup')
  await expect(panel).toContainText('The ministry frames it as a spiral.')
  await screenshot(app, 'highlights-panel')

  // export the topic as a browser download (Chromium could also save it in place: see export.spec.ts)
  await app.getByRole('button', { name: 'Export', exact: true }).click()
  const dialog = app.getByRole('dialog', { name: 'Export highlights' })
  await dialog.getByRole('radio', { name: /One topic/ }).check()
  await dialog.getByLabel('Topic', { exact: true }).selectOption('Arms race')
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ])
  const file = testInfo.outputPath('arms-race.md')
  await download.saveAs(file)
  const markdown = readFileSync(file, 'utf8')

  const front = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  expect(front, 'YAML front matter').not.toBeNull()
  const meta = parseYaml(front![1]!) as Record<string, unknown>
  expect(meta.topic).toBe('Arms race')
  const tokens = new MarkdownIt().parse(markdown, {})
  const headings = tokens
    .map((t, i) => (t.type === 'heading_open' && t.tag === 'h2' ? tokens[i + 1]!.content : null))
    .filter((h): h is string => h !== null)
  const articleHeadings = headings.filter((h) => /^\d{4}-\d{2}-\d{2} · /.test(h))
  expect(articleHeadings).toHaveLength(2)
  expect(articleHeadings[0]).toMatch(/^2019-03-19 · Xinhua · /)
  expect(articleHeadings[1]).toMatch(/^2019-09-24 · TASS · /)
  const callouts = tokens.filter((t) => t.type === 'inline' && /^\[!quote[|\]]/.test(t.content))
  expect(callouts).toHaveLength(3)
  expect(markdown).toContain('#inf')
  expect(markdown.match(/\^hl-[\w-]+/g)).toHaveLength(3)
  // reading order inside the Xinhua section: "open to discussing" comes before "dangerous spiral"
  expect(markdown.indexOf('Russia is open to discussing')).toBeLessThan(markdown.indexOf('dangerous spiral'))
  expect(markdown.indexOf('dangerous spiral')).toBeLessThan(markdown.indexOf('Russia will not participate in it'))
})

test('deleting a highlight can be undone', async ({ app }) => {
  await app.getByRole('option', { name: TASS }).click()
  const reader = app.getByRole('region', { name: 'Reader' })
  await selectText(reader, 'without depriving internal development of significant resources')
  await app
    .getByRole('toolbar', { name: 'Highlight selection' })
    .getByRole('button', { name: 'Highlight yellow' })
    .click()
  const quote = 'without depriving internal development of significant resources'
  const mark = reader.getByRole('button', { name: quote })
  await mark.click()
  const editor = app.getByRole('dialog', { name: 'Edit highlight' })
  await editor.getByRole('button', { name: 'Delete highlight' }).click()
  await expect(mark).toHaveCount(0)
  await app.getByRole('button', { name: 'Undo' }).click()
  await expect(mark).toHaveCount(1)
  await app.reload()
  await expect(reader.getByRole('button', { name: quote })).toHaveCount(1)
})
