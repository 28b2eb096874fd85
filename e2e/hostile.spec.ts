// Article text is untrusted: markup, script URLs, huge lines, NUL bytes and invalid UTF-8
// must render as text and execute nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, startHost, test } from './fixtures'

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'img\'">',
  "<a href=\"javascript:window.__pwned='link'\">click me</a> and [markdown link](javascript:window.__pwned='md')",
  '<svg onload="window.__pwned = \'svg\'"></svg><iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
]

function hostileArticle(): Buffer {
  const front = [
    '---',
    'id: hostile',
    'title: "<img src=x onerror=window.__pwned=\'title\'> Hostile"',
    'source: "<b>Evil</b>"',
    'date: 2020-01-01',
    '---',
    '',
  ].join('\n')
  const body = [
    'An arms race paragraph that is perfectly ordinary.',
    ...PAYLOADS,
    `A very long line: ${'arms race '.repeat(20_000)}`,
    'NUL bytes here: \u0000\u0000 end.',
  ].join('\n\n')
  const invalidUtf8 = Buffer.from([
    0x0a, 0x0a, 0x42, 0x61, 0x64, 0x20, 0xff, 0xfe, 0xc3, 0x28, 0x20, 0x62, 0x79, 0x74, 0x65, 0x73, 0x0a,
  ])
  return Buffer.concat([Buffer.from(front + body, 'utf8'), invalidUtf8])
}

test('a hostile article renders as text and runs no script', async ({ page }) => {
  const corpus = mkdtempSync(join(tmpdir(), 'stance-hostile-corpus-'))
  const userData = mkdtempSync(join(tmpdir(), 'stance-hostile-data-'))
  writeFileSync(join(corpus, 'hostile.md'), hostileArticle())
  const host = await startHost(userData, ['--corpus', corpus])
  try {
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(host.url)
    await page.getByRole('option', { name: /Hostile/ }).click()
    const reader = page.getByRole('region', { name: 'Reader' })
    for (const payload of PAYLOADS) await expect(reader).toContainText(payload)
    await expect(reader).toContainText('Bad')
    await expect(reader.getByRole('heading', { level: 2 }).first()).toContainText(
      "<img src=x onerror=window.__pwned='title'>",
    )

    // and in a comparison pane and the search results
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await page.getByRole('group', { name: 'Topics' }).getByRole('button', { name: 'Arms race' }).click()
    await expect(page.getByRole('region', { name: 'Comparison' })).toContainText('perfectly ordinary')
    await page.keyboard.press('/')
    await page.keyboard.type('onerror')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('region', { name: 'Results' })).toContainText('Hostile')

    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined()
    expect(await page.locator('main img, main script, main iframe, main svg[onload]').count()).toBe(0)
    expect(dialogs).toEqual([])
  } finally {
    await host.stop()
    rmSync(corpus, { recursive: true, force: true })
    rmSync(userData, { recursive: true, force: true })
  }
})
