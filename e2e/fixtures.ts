// Each test gets its own browser host on a random port with a fresh user data folder,
// so tests never share a store. The host runs from the bundle host-bundle.ts makes before the run.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { createApiClient, httpTransport } from '../src/shared/client'
import { HOST_BUNDLE } from './host-bundle'

export interface Host {
  url: string
  userData: string
  stop(): Promise<void>
}

export async function startHost(userData: string, extraArgs: string[] = []): Promise<Host> {
  const child = spawn(process.execPath, [HOST_BUNDLE, '--port', '0', ...extraArgs], {
    env: { ...process.env, STANCE_USER_DATA: userData },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const url = await readUrl(child)
  return {
    url,
    userData,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

function readUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 60_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Stance Reader: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`host exited with ${code}:\n${output}`))
    })
  })
}

export const test = base.extend<{ bootingHost: Promise<Host>; host: Host; app: Page }>({
  // Started before the page is made, so the host boots while the browser opens the page.
  // eslint-disable-next-line no-empty-pattern
  bootingHost: async ({}, use) => {
    const userData = mkdtempSync(join(tmpdir(), 'stance-e2e-'))
    const booting = startHost(userData)
    booting.catch(() => {}) // the test that awaits it reports the failure
    await use(booting)
    await (await booting.catch(() => null))?.stop()
    rmSync(userData, { recursive: true, force: true })
  },
  host: async ({ bootingHost }, use) => {
    await use(await bootingHost)
  },
  app: async ({ bootingHost, page }, use) => {
    await page.goto((await bootingHost).url)
    await use(page)
  },
})

export { expect }

/** The host's api, as the page calls it, from the test (the token is in the host's first URL). */
export function hostApi(host: Host) {
  const url = new URL(host.url)
  return createApiClient(httpTransport(fetch, url.searchParams.get('token') ?? '', url.origin))
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: false })
}

/** Accessibility problems axe rates serious or critical, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}
