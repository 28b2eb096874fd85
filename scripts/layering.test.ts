// The layering rule must actually fail on a forbidden import, not just exist in the config.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('layering lint rule', () => {
  it('fails on importing electron in src/core', async () => {
    expect(await ruleIds("import { app } from 'electron'\nexport const x = app\n", 'src/core/fixture.ts')).toContain(
      'no-restricted-imports',
    )
  })

  it('fails on importing electron or a Node built-in in src/shared', async () => {
    expect(
      await ruleIds("import { ipcMain } from 'electron'\nexport const x = ipcMain\n", 'src/shared/fixture.ts'),
    ).toContain('no-restricted-imports')
    expect(
      await ruleIds("import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n", 'src/shared/fixture.ts'),
    ).toContain('no-restricted-imports')
  })

  it('fails on the DOM in src/core', async () => {
    expect(await ruleIds('export const title = () => document.title\n', 'src/core/fixture.ts')).toContain(
      'no-restricted-globals',
    )
  })

  it('allows Node built-ins in src/core and the DOM in the renderer', async () => {
    expect(
      await ruleIds("import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n", 'src/core/fixture.ts'),
    ).toEqual([])
    expect(await ruleIds('export const title = () => document.title\n', 'src/renderer/src/fixture.ts')).toEqual([])
  })
})
