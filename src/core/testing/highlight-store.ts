// A highlights store as users have it on disk today (conf's tab-indented JSON, no journal), with many
// highlights on a seed article: the starting point of the disk-full and salvage tests of issue 11.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Highlight } from '../../shared/types'
import { describe as describeRange } from '../highlights/anchor'
import { SCHEMA_VERSION } from '../highlights/store/schema'
import { SEEDS_DIR } from './test-paths'

export const SEED_ID = '000_f6b6277f5f03b554'
export const SEED_TEXT = readFileSync(join(SEEDS_DIR, `${SEED_ID}.txt`), 'utf8')

export function seedHighlights(count: number): Highlight[] {
  const at = '2025-01-24T10:00:00.000Z'
  return Array.from({ length: count }, (_, i) => {
    const start = (i * 37) % (SEED_TEXT.length - 200)
    return {
      id: `h${i}`,
      articleId: SEED_ID,
      ...describeRange(SEED_TEXT, start, start + 120),
      color: 'yellow',
      note: i % 3 ? '' : `Note ${i}: a thought about this { passage } with "quotes".`,
      tags: i % 5 ? [] : ['seed'],
      stance: null,
      topic: null,
      createdAt: at,
      updatedAt: at,
    }
  })
}

/** The file as conf/electron-store wrote it before the journal: `{ schemaVersion, highlights, stances }`. */
export function legacyStoreText(count: number): string {
  return JSON.stringify({ schemaVersion: 1, highlights: seedHighlights(count), stances: [] }, null, '\t')
}

/** A store file of this version's format with no journal yet (as a save on a new folder leaves it, less the journal's name). */
export function storeText(count: number): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, highlights: seedHighlights(count), stances: [] }, null, '\t')
}
