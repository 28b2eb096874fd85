// Names the attribution rules a cached attribution was made under (cache.ts): under another name the cache
// is not used. SPEAKER_RULES_VERSION is bumped by hand with a rules change; on top of it goes a hash of this
// folder's sources, so a change nobody bumped for still invalidates: read from the files where they are
// (the CLI, tests, bench and browser host run them through tsx), given at build time in the app's bundle
// (electron.vite.config.ts).
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const SPEAKER_RULES_VERSION = 1

declare const __SPEAKER_SOURCES__: string | undefined

/** A hash of the speaker code in `dir` (tests left out), or null when the sources are not there. */
export function speakerSourcesHash(dir: string): string | null {
  try {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort()
    if (!files.includes('speaker.ts')) return null
    const hash = createHash('sha1')
    for (const file of files)
      hash
        .update(`${file}\u0000`)
        .update(readFileSync(join(dir, file)))
        .update('\u0000')
    return hash.digest('base64url').slice(0, 16)
  } catch {
    return null
  }
}

let key: string | null = null

/** The version and the sources' hash ("bundled" when neither the files nor a build-time hash are there). */
export function rulesKey(): string {
  if (key) return key
  const sources =
    typeof __SPEAKER_SOURCES__ === 'string'
      ? __SPEAKER_SOURCES__
      : (speakerSourcesHash(fileURLToPath(new URL('.', import.meta.url))) ?? 'bundled')
  key = `${SPEAKER_RULES_VERSION}:${sources}`
  return key
}
