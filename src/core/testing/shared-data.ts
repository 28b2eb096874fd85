// For test files that read ../shared: skipped with one clear line when it is missing, instead of failing
// on a file-not-found deep inside a test.
import { describe } from 'vitest'
import { sharedDataMissing } from './test-paths'

const missing = sharedDataMissing()

/** `describe`, or `describe.skip` with the reason printed once per file when ../shared is missing. */
export const describeWithSharedData: typeof describe = missing
  ? (((name: string, ...rest: unknown[]) => {
      console.warn(`skipped "${name}": ${missing}`)
      return (describe.skip as (...args: unknown[]) => unknown)(name, ...rest)
    }) as unknown as typeof describe)
  : describe
