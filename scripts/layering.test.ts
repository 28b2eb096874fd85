// The layering rule must actually fail on a forbidden import, not just exist in the config.
import { dirname, relative } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { ALLOWED } from '../eslint-local/layering.js'

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

  it.each(['src/backend/fixture.ts', 'src/host/fixture.ts', 'src/cli/fixture.ts'])(
    'fails on importing electron in %s',
    async (file) => {
      expect(await ruleIds("import { app } from 'electron'\nexport const x = app\n", file)).toContain(
        'no-restricted-imports',
      )
    },
  )

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

// Where a fixture file of each layer sits, and the layers' allowed imports (eslint-local/layering.js).
const FIXTURE: Record<string, string> = {
  shared: 'src/shared/fixture.ts',
  core: 'src/core/workspace/fixture.ts',
  backend: 'src/backend/fixture.ts',
  main: 'src/main/fixture.ts',
  host: 'src/host/fixture.ts',
  cli: 'src/cli/fixture.ts',
  preload: 'src/preload/fixture.ts',
  renderer: 'src/renderer/src/state/fixture.ts',
}
const LAYERS = Object.keys(FIXTURE)

async function layering(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/layering').map((m) => m.message)
}
const importFrom = (file: string, target: string) => {
  const spec = relative(dirname(file), target)
  return `import { x } from '${spec.startsWith('.') ? spec : `./${spec}`}'\nexport const y = x\n`
}

describe('folder layering (relative imports resolved)', () => {
  it.each([
    ['src/core importing ../main/x', 'src/core/fixture.ts', "import { x } from '../main/window'"],
    ['src/core importing ../../backend', 'src/core/search/fixture.ts', "import { x } from '../../backend/handlers'"],
    ['src/shared importing ../core', 'src/shared/fixture.ts', "import { x } from '../core/workspace/workspace'"],
    ['src/shared re-exporting ../core', 'src/shared/fixture.ts', "export * from '../core/text/text'"],
    ['src/main importing ../host', 'src/main/fixture.ts', "import { x } from '../host/server'"],
    ['src/host importing ../main', 'src/host/fixture.ts', "import { x } from '../main/window'"],
    ['src/backend importing ../main', 'src/backend/fixture.ts', "import { x } from '../main/ipc'"],
    ['src/cli importing ../host', 'src/cli/fixture.ts', "import { x } from '../host/server'"],
    ['src/preload importing ../core', 'src/preload/fixture.ts', "import { x } from '../core/text/text'"],
    ['src/renderer importing ../../core', 'src/renderer/src/fixture.ts', "import { x } from '../../core/text/text'"],
    [
      'a component importing core',
      'src/renderer/src/components/X.svelte',
      '<script lang="ts">\n  import { x } from \'../../../core/text/text\'\n</script>\n{x}',
    ],
    ['src/core loading ../main lazily', 'src/core/fixture.ts', "export const m = () => import('../main/window')"],
  ])('refuses %s', async (_name, file, code) => {
    const messages = await layering(`${code}\n`, file)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(/may not import src\//)
  })

  it('refuses every import the layer table does not allow, and allows the rest', async () => {
    const refused: string[] = []
    for (const from of LAYERS)
      for (const to of LAYERS) {
        const file = FIXTURE[from] as string
        if ((await layering(importFrom(file, `src/${to}/target`), file)).length) refused.push(`${from}->${to}`)
      }
    const allowed = (from: string, to: string) =>
      from === to || (ALLOWED as Record<string, string[]>)[from]!.includes(to)
    const expected = LAYERS.flatMap((from) => LAYERS.filter((to) => !allowed(from, to)).map((to) => `${from}->${to}`))
    expect(refused).toEqual(expected)
    // The table itself: shared imports nothing of ours, the UI only shared, main and host never each other.
    expect(ALLOWED.shared).toEqual([])
    expect(ALLOWED.renderer).toEqual(['shared'])
    expect(ALLOWED.preload).toEqual(['shared'])
    expect(refused).toEqual(expect.arrayContaining(['main->host', 'host->main', 'core->backend', 'backend->main']))
  })

  it('allows imports within a layer and data outside src', async () => {
    expect(
      await layering("import { x } from '../text/text'\nexport const y = x\n", 'src/core/search/fixture.ts'),
    ).toEqual([])
    expect(
      await layering(
        "import t from '../../../resources/topics.json'\nexport const y = t\n",
        'src/core/topics/fixture.ts',
      ),
    ).toEqual([])
  })
})
