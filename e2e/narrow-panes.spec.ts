// Comparison panes at the narrow sizes (about 235 px each at 1024 and 1280): a speaker's name beside its
// stance picker wraps between words, never inside one ("DMITR / Y PESKO / V"), and the row stays inside its
// pane; light and dark screenshots.
import type { Page } from '@playwright/test'
import { expect, screenshot, seriousViolations, test } from './fixtures'

/** How far each passage's "¶ n ↗" link sticks out past its passage (0 where it fits). */
async function overhangs(app: Page): Promise<number[]> {
  return app.getByRole('button', { name: /^Open paragraph \d+ in the reader/ }).evaluateAll((links) =>
    links.map((link) => {
      const passage = link.closest('[data-passage-paragraph]')!.getBoundingClientRect()
      return Math.max(0, Math.round(link.getBoundingClientRect().right - passage.right))
    }),
  )
}

/** Each speaker name shown in the panes, with the words of it that are split across lines. */
async function splitWords(app: Page): Promise<{ name: string; split: string[] }[]> {
  const corrects = app.getByRole('button', { name: /^Correct the speaker of paragraph/ })
  await expect(corrects.first()).toBeVisible()
  return corrects.evaluateAll((buttons) =>
    buttons.map((button) => {
      const name = button.previousElementSibling!
      const text = name.firstChild as Text
      const split: string[] = []
      for (const match of text.data.matchAll(/\S+/g)) {
        const range = document.createRange()
        range.setStart(text, match.index)
        range.setEnd(text, match.index + match[0].length)
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
        if (lines.size > 1) split.push(match[0])
      }
      return { name: text.data, split }
    }),
  )
}

for (const scheme of ['light', 'dark'] as const) {
  test(`speaker names in narrow comparison panes wrap between words (${scheme})`, async ({ app }) => {
    await app.emulateMedia({ colorScheme: scheme })
    await app.getByRole('button', { name: 'Compare', exact: true }).click()
    for (const [width, height] of [
      [1024, 700],
      [1280, 800],
    ] as const) {
      await app.setViewportSize({ width, height })
      const names = await splitWords(app)
      expect(names.map((n) => n.name)).toContain('Russian Foreign Ministry')
      expect(names.filter((n) => n.split.length)).toEqual([])
      expect((await overhangs(app)).filter((px) => px > 0)).toEqual([])
      await screenshot(app, `compare-panes-${width}-${scheme}`)
    }
    expect(await seriousViolations(app)).toEqual([])
  })
}
