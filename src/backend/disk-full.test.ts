// Issue 11 cases 1 and 3 through the handler table the app and the browser host share, on a real 2 MB disk
// (tmpfs; skipped with the reason where mounting is not allowed): a save that does not fit rejects with
// one clear line and leaves the file byte-identical; a newer version's store is refused, never replaced.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Api } from '../shared/api'
import { storePaths } from '../core/fs/paths'
import { mountTinyDisk } from '../core/testing/tiny-disk'
import { legacyStoreText, SEED_ID, SEED_TEXT } from '../core/testing/highlight-store'
import { BUNDLED_CORPUS } from '../core/testing/test-paths'
import { openWorkspace } from '../core/workspace/open-workspace'
import { browserExport } from './export-result'
import { createHandlers, type Platform } from './handlers'

const disk = mountTinyDisk(2 * 1024 * 1024)
if (typeof disk === 'string') console.log(`skipping the handler disk-full tests: ${disk}`)
afterAll(() => {
  if (typeof disk !== 'string') disk.unmount()
})
const onDisk = typeof disk === 'string' ? describe.skip : describe

const platform: Platform = {
  deliverExport: async (file, request) => browserExport(file, request),
  deliverReport: async ({ fileName, mimeType, text }) => ({ kind: 'download', fileName, mimeType, text }),
  openExternal: async () => false,
}

const quote = 'Russia will not participate in it'
const newHighlight = () => {
  const start = SEED_TEXT.indexOf(quote)
  return { articleId: SEED_ID, start, end: start + quote.length, color: 'yellow' as const }
}

async function handlersOn(userDataDir: string): Promise<{ api: Api; dispose: () => void }> {
  const workspace = await openWorkspace({ corpusDir: BUNDLED_CORPUS, userDataDir })
  return { api: createHandlers(workspace, platform), dispose: () => workspace.dispose() }
}

onDisk('the handler table on a nearly full disk', () => {
  const d = disk as Exclude<typeof disk, string>

  it('addHighlight with 100 KB free rejects in one line; the 1 MB store is byte-identical (case 1)', async () => {
    const userData = join(d.dir, 'add')
    const store = storePaths(userData).highlights
    mkdirSync(userData)
    writeFileSync(store, legacyStoreText(1_500))
    const before = readFileSync(store)
    const { api, dispose } = await handlersOn(userData)
    d.leave(100_000)
    try {
      await expect(api.addHighlight(newHighlight())).rejects.toThrow(
        `could not save highlights to ${store}: the disk is full; the file was left as it was`,
      )
    } finally {
      d.roomBack()
      dispose()
    }
    expect(readFileSync(store).equals(before)).toBe(true)
    expect(readdirSync(userData).filter((n) => n.startsWith('highlights'))).toEqual(['highlights.json'])
  })

  it('setSettings and saveTopic on a full disk reject in one line; config.json is byte-identical (case 1)', async () => {
    const userData = join(d.dir, 'settings')
    const { api, dispose } = await handlersOn(userData)
    await api.setSettings({ lastArticleId: SEED_ID })
    const config = storePaths(userData).config
    const before = readFileSync(config)
    d.leave(0)
    try {
      const full = new RegExp(`^could not save ${config}: the disk is full; the file was left as it was$`)
      await expect(api.setSettings({ lastView: 'compare' })).rejects.toThrow(full)
      await expect(
        api.saveTopic({ name: 'Grain exports', description: '', terms: ['grain', 'wheat exports'], coTerms: [] }),
      ).rejects.toThrow(full)
    } finally {
      d.roomBack()
      dispose()
    }
    expect(readFileSync(config).equals(before)).toBe(true)
  })

  it('a newer version’s store: addHighlight rejects naming the version, the file is unchanged (case 3)', async () => {
    const userData = join(d.dir, 'newer')
    const store = storePaths(userData).highlights
    mkdirSync(userData)
    const newer = JSON.stringify({ schemaVersion: 3, highlights: [], stances: [], future: true })
    writeFileSync(store, newer)
    const { api, dispose } = await handlersOn(userData)
    try {
      await expect(api.addHighlight(newHighlight())).rejects.toThrow(
        /written by a newer version of Stance Reader \(highlights format 3; this version reads up to 2\)/,
      )
    } finally {
      dispose()
    }
    expect(readFileSync(store, 'utf8')).toBe(newer)
    expect(readdirSync(userData).filter((n) => n.startsWith('highlights'))).toEqual(['highlights.json'])
  })
})
