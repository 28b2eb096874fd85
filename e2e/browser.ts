import { execFileSync } from 'node:child_process'
import type { LaunchOptions } from '@playwright/test'

// Debian's chromium when it is on the PATH (Playwright's own download fails offline),
// Playwright's bundled browser otherwise.
export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = process.env.CHROMIUM_PATH ?? which('chromium') ?? which('chromium-browser')
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ]
  return executablePath ? { executablePath, args } : { args }
}

function which(name: string): string | undefined {
  try {
    return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}
