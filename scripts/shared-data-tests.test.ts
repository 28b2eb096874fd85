import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { filesNeedingSharedData } from './shared-data-tests'

const root = resolve(import.meta.dirname, '..')
const at = (file: string) => join(root, file)
// written in parts so that this file itself does not read as needing the shared data
const REUTERS_NAME = ['REUTERS', 'FILE'].join('_')

it('finds the repo tests that read the shared data, directly or through helpers, and only those', () => {
  const direct = at('src/core/search/reuters.test.ts') // names the Reuters path itself
  const throughHelper = at('src/core/library/library.test.ts') // via testing/library.ts
  const bundledOnly = at('src/core/topics/store.test.ts') // the repo's own corpus folder only
  const plain = at('src/shared/dates.test.ts')
  expect(filesNeedingSharedData([direct, throughHelper, bundledOnly, plain])).toEqual([direct, throughHelper])
})

const dir = mkdtempSync(join(tmpdir(), 'shared-data-tests-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('follows relative imports any depth, through index files and cycles, and ignores packages', () => {
  mkdirSync(join(dir, 'lib'))
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text)
  write('paths.ts', `export const ${REUTERS_NAME} = 'x'\n`)
  write('lib/index.ts', `export * from './deep'\n`)
  write('lib/deep.ts', `import { ${REUTERS_NAME} } from '../paths'\nimport './loop'\n`)
  write('lib/loop.ts', `import './deep'\nimport 'vitest'\n`)
  write('a.test.ts', `import { x } from './lib'\n`)
  write('b.test.ts', `import { y } from './lib/loop'\n`)
  write('c.test.ts', `import { z } from 'some-package'\nimport './missing'\n`)
  const files = ['a.test.ts', 'b.test.ts', 'c.test.ts'].map((file) => join(dir, file))
  expect(filesNeedingSharedData(files)).toEqual(files.slice(0, 2))
})
