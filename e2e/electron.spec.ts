// The same first checks in the real Electron app. Runs where the Electron binary exists;
// here (no binary can be downloaded) it is skipped with the reason printed.
import { existsSync, mkdtempSync } from 'node:fs'
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
})
