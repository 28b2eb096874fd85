// Files stay small: past 300 lines a source file holds two concerns (GUIDE.md, hard limit).
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const LIMIT = 300
const SOURCE = /\.(ts|svelte|js|mjs|css)$/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return SOURCE.test(entry.name) ? [path] : []
  })
}

describe('source file size', () => {
  it(`keeps every file under src/ at ${LIMIT} lines or fewer`, () => {
    const files = sourceFiles(join(ROOT, 'src'))
    expect(files.length).toBeGreaterThan(100)
    const long = files
      .map((file) => ({ file: relative(ROOT, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > LIMIT)
      .map(({ file, lines }) => `${file}: ${lines} lines`)
    expect(long).toEqual([])
  })

  it('keeps at most 3 files at the root of src/core', () => {
    const loose = readdirSync(join(ROOT, 'src', 'core'), { withFileTypes: true }).filter((entry) => entry.isFile())
    expect(loose.map((entry) => entry.name).length).toBeLessThanOrEqual(3)
  })
})
