// The Reuters file the e2e specs import slices of: the unit tests' own path (REUTERS_FILE), and why a spec
// that needs it is skipped where it is missing, in one line.
import { existsSync } from 'node:fs'
import { REUTERS_FILE } from '../src/core/testing/test-paths'

export const REUTERS = REUTERS_FILE
export const reutersMissing = existsSync(REUTERS)
  ? ''
  : `needs the shared Reuters-21578 file beside the repo; missing: ${REUTERS}`
