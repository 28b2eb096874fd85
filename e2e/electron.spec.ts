// The same first checks in the real Electron app, and the window state it remembers. Runs where the Electron binary exists;
// here (no binary can be downloaded) it is skipped with the reason printed.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

function electronBinary(): { path?: string; reason?: string } {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown as string
    if (typeof path === 'string' && existsSync(path)) return { path }
    return { reason: `the Electron binary is not installed (expected at ${String(path)})` }
  } catch (error) {
    return {
      reason: `the Electron binary is not installed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    }
  }
}

const binary = electronBinary()
if (binary.reason) console.log(`[electron.spec] skipped: ${binary.reason}`)

test.describe('Electron app', () => {
  test.skip(!binary.path, binary.reason ?? '')

  test('opens the library, reads an article and searches', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'stance-electron-'))
    const app = await electron.launch({
      executablePath: binary.path,
      args: ['out/main/index.js'],
      env: { ...process.env, STANCE_USER_DATA: userData },
    })
    const page = await app.firstWindow()
    const articles = page.getByRole('listbox', { name: 'Articles' }).getByRole('option')
    await expect(articles).toHaveCount(5)
    await articles.first().click()
    await expect(page.getByRole('region', { name: 'Reader' })).toContainText('Xinhua')
    await page.keyboard.press('/')
    await page.keyboard.type('peace treaty')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('region', { name: 'Results' }).getByRole('listitem').first()).toContainText(
      'nuclear parity',
    )
    // window.api is the contract and nothing else
    const keys = await page.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())
    expect(keys).toContain('compare')
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
    await app.close()
  })

  test('brings a window saved off screen back, and reopens it maximized', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'stance-electron-'))
    // As if saved on a monitor that has since been unplugged.
    const offScreen = { x: -6000, y: -6000, width: 1000, height: 700 }
    writeFileSync(join(userData, 'window.json'), JSON.stringify({ bounds: offScreen, maximized: false }))
    const launch = () =>
      electron.launch({
        executablePath: binary.path,
        args: ['out/main/index.js'],
        env: { ...process.env, STANCE_USER_DATA: userData },
      })
    let app = await launch()
    await app.firstWindow()
    const placed = await app.evaluate(({ BrowserWindow, screen }) => {
      const bounds = BrowserWindow.getAllWindows()[0]!.getBounds()
      return { bounds, areas: screen.getAllDisplays().map((d) => d.workArea) }
    })
    const { bounds } = placed
    const onScreen = placed.areas.some(
      (a) => bounds.x >= a.x && bounds.y >= a.y && bounds.x + 100 <= a.x + a.width && bounds.y + 20 <= a.y + a.height,
    )
    expect(onScreen, JSON.stringify(placed)).toBe(true)
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.maximize())
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isMaximized()))
      .toBe(true)
    await app.close()

    app = await launch()
    await app.firstWindow()
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.isMaximized()))
      .toBe(true)
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.unmaximize())
    // Un-maximized, it returns to the normal bounds it was placed at, not to the maximized ones.
    await expect
      .poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.getBounds().width))
      .toBe(bounds.width)
    await app.close()
  })
})
