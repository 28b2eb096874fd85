// Which test files need the shared test data beside the repo (seeds, gold labels, Reuters): those that
// name one of its paths, or import (through relative imports, any depth) a module that does. When the
// data is missing, vitest leaves exactly these out and says so, one line per file, instead of failing
// with a file-not-found deep inside a test.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

/** The constants of src/core/testing/test-paths.ts that point into ../shared. */
const SHARED_NAMES = /\b(SHARED_DIR|SEEDS_DIR|GOLD_FILE|REUTERS_FILE)\b/
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g
const EXTENSIONS = ['', '.ts', '.svelte.ts', '/index.ts']

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier)
  return EXTENSIONS.map((ext) => base + ext).find((path) => path.endsWith('.ts') && existsSync(path))
}

/** The files of `files` (absolute paths) that reach the shared data. */
export function filesNeedingSharedData(files: string[]): string[] {
  const verdicts = new Map<string, boolean>()
  const needs = (file: string): boolean => {
    const known = verdicts.get(file)
    if (known !== undefined) return known
    verdicts.set(file, false) // an import cycle answers "no" until the file itself says otherwise
    const text = readFileSync(file, 'utf8')
    const imports = [...text.matchAll(RELATIVE_IMPORT)].map((match) => resolveImport(file, match[1] as string))
    const answer =
      (SHARED_NAMES.test(text) && !file.endsWith('test-paths.ts')) ||
      imports.some((path) => path !== undefined && needs(path))
    verdicts.set(file, answer)
    return answer
  }
  return files.filter(needs)
}
