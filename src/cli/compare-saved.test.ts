// `cli compare` sees the topics the user saved in the app (config.json in the user data folder), read only.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openConfig } from '../core/settings/config-store'
import { storePaths } from '../core/fs/paths'
import { confBackend } from '../core/highlights/store/backend'
import { TopicStore } from '../core/topics'
import { runCli, tempFolder } from './testing'

const home = tempFolder('stance-cli-saved-')

describe('cli compare with saved topics', () => {
  it('compares by a topic saved in the app, without rewriting config.json', async () => {
    const userData = join(home(), 'userdata')
    const config = openConfig(storePaths(userData).config, confBackend, [])
    new TopicStore(config).save({ name: 'Kuril islands', description: '', terms: ['Southern Kurils'], coTerms: [] })
    const before = readFileSync(storePaths(userData).config, 'utf8')
    const env = { ...process.env, STANCE_USER_DATA: userData }

    const run = await runCli(['compare', '--topic', 'kuril islands', '--json'], { cwd: home(), env })
    expect(run.code).toBe(0)
    const out = JSON.parse(run.stdout) as { topic: string; columns: { mentioned: boolean; articleId: string }[] }
    expect(out.topic).toBe('Kuril islands')
    expect(out.columns.filter((c) => c.mentioned).length).toBeGreaterThan(0)
    expect(readFileSync(storePaths(userData).config, 'utf8')).toBe(before)

    writeFileSync(storePaths(userData).config, '{ "topics": [')
    const damaged = await runCli(['compare', '--topic', 'Arms race', '--json'], { cwd: home(), env })
    expect(damaged.code).toBe(0)
    expect(damaged.stderr).toContain(`warning: ${storePaths(userData).config} could not be read`)
  })
})
