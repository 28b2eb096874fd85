// The find-in-article bar (Ctrl+F) at 1024, 1280 and 1920 px, light and dark: below the text settings, never
// over them, its edges on the article column's, and still in view at the pane's top once the article scrolls.
import { expect, screenshot, test } from './fixtures'

const ARTICLE = /nuclear parity avoiding arms race/

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1024, 1280, 1920]) {
    test(`the find bar sits below the text settings, on the article column, at ${width} px (${scheme})`, async ({
      app,
    }) => {
      await app.emulateMedia({ colorScheme: scheme })
      await app.setViewportSize({ width, height: 800 })
      await app.getByRole('option', { name: ARTICLE }).click()
      const reader = app.getByRole('region', { name: 'Reader' })
      const article = reader.getByRole('article')
      await expect(article).toBeVisible()

      await app.keyboard.press('Control+f')
      const findBox = reader.getByRole('searchbox', { name: 'Find in article' })
      await expect(findBox).toBeFocused()
      await findBox.fill('the')
      await expect(reader.getByRole('status').filter({ hasText: /match/ })).toHaveText(/^1 of [\d,]+ match/)

      // At the top of the article (stepping to the first match scrolled it), the bar rests in the flow.
      await reader.evaluate((el) => el.scrollTo({ top: 0 }))
      const bar = reader.getByRole('search', { name: 'Find in article' })
      const settings = reader.getByRole('group', { name: 'Text settings' })
      const [pane, b, s, a] = await Promise.all([
        reader.boundingBox(),
        bar.boundingBox(),
        settings.boundingBox(),
        article.boundingBox(),
      ])
      expect(s!.y, 'settings in view').toBeGreaterThan(pane!.y)
      expect(b!.y, 'bar top against the settings bottom').toBeGreaterThanOrEqual(s!.y + s!.height)
      expect(Math.abs(b!.x - a!.x), 'left edge off the column').toBeLessThanOrEqual(1)
      expect(Math.abs(b!.x + b!.width - (a!.x + a!.width)), 'right edge off the column').toBeLessThanOrEqual(1)
      await screenshot(app, `reader-find-${width}-${scheme}`)

      // Scrolled to the end, the bar holds at the top of the pane, whole, and the box keeps the focus.
      await reader.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
      await expect(async () => {
        const [top, held] = await Promise.all([reader.boundingBox(), bar.boundingBox()])
        expect(held!.y).toBeLessThan(b!.y)
        expect(held!.y).toBeGreaterThanOrEqual(top!.y)
        expect(held!.y - top!.y).toBeLessThanOrEqual(2)
      }).toPass({ timeout: 5000 })
      await expect(findBox).toBeFocused()
      await screenshot(app, `reader-find-scrolled-${width}-${scheme}`)
    })
  }
}
