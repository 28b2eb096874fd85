// Smoke version of `npm run bench`: the same code paths over a 1,000-line slice of Reuters.
// No timing assertions (the machine varies); every key is there and every number is sane.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { REUTERS_FILE } from '../src/core/testing/test-paths'
import { hostBundle } from '../src/core/testing/host-bundle'
import { runBench } from './bench'
import { SAVES } from './highlights'

const KEYS = [
  'articles',
  'import_ms',
  'paragraphs',
  'cold_build_ms',
  'cold_build_ratio',
  'add_one_searchable_ms',
  'add_one_ratio',
  'add_hundred_searchable_ms',
  'add_hundred_ratio',
  'warm_longest_task_ms',
  'warm_longest_task_worst_ms',
  'add_one_rounds_max_ms',
  'add_hundred_rounds_max_ms',
  'search_p95_all_runs_ms',
  'topic_preview_p50_ms',
  'topic_preview_p95_ms',
  'disk_append_flush_p95_ms',
  'paragraphs_per_s',
  'serialized_mb',
  'lunr_serialized_mb',
  'library_visible_ms',
  'library_visible_ratio',
  'search_ready_ms',
  'search_ready_ratio',
  'lunr_naive_warm_ratio',
  'search_p50_ms',
  'search_p95_ms',
  'minisearch_p50_ms',
  'minisearch_p95_ms',
  'search_p95_ratio',
  'lunr_search_p50_ms',
  'lunr_search_p95_ms',
  'compare_p50_ms',
  'compare_p95_ms',
  'search_raw_p50_ms',
  'search_raw_p95_ms',
  'search_raw_p95_ratio',
  'compare_first_max_ms',
  'compare_cold_p50_ms',
  'compare_cold_p95_ms',
  'compare_cold_max_ms',
  'compare_warm_p95_ms',
  'compare_layout_p95_ms',
  'compare_layout_articles',
  'speaker_warmup_ms',
  'speaker_warmup_articles',
  'speaker_cache_mb',
  'speakers_ready_ms',
  'speakers_ready_cold_ms',
  'speakers_warm_longest_task_ms',
  'speaker_ledger_ms',
  'speaker_timeline_p95_ms',
  'memory_ready_rss_mb',
  'memory_warm_rss_mb',
  'memory_lunr_rss_mb',
  'memory_ratio',
  'highlight_save_p50_ms',
  'highlight_save_p95_ms',
  'highlight_edit_p95_ms',
  'export_ms',
]

it('runs the whole bench over a 1,000-article slice and reports every measurement', async () => {
  const workDir = await mkdtemp(join(tmpdir(), 'stance-bench-smoke-'))
  try {
    const r = await runBench({
      reuters: REUTERS_FILE,
      limit: 1000,
      workDir,
      highlights: 1000,
      exported: 100,
      childBundle: hostBundle().benchChild,
    })
    for (const key of KEYS) {
      expect(r[key], key).toBeTypeOf('number')
      expect(Number.isFinite(r[key]), key).toBe(true)
      expect(r[key], key).toBeGreaterThanOrEqual(0)
    }
    // 1,000 lines hold 985 stories with some text or a title (the rest are empty records).
    expect(r.articles! + r.skipped_records!).toBe(1000)
    expect(r.paragraphs).toBeGreaterThan(r.articles!)
    expect(r.serialized_mb).toBeLessThan(r.lunr_serialized_mb!)
    expect(r.library_visible_ms).toBeLessThanOrEqual(r.search_ready_ms!)
    expect(r.highlights_in_store).toBe(1000 + SAVES)
    expect(r.exported_highlights).toBe(100)
    expect(r.compare_mentioned_opec).toBeGreaterThan(0)
    // The warm-up after the warm start worked out speakers for every article before comparisons were timed.
    expect(r.speaker_warmup_articles).toBe(r.articles)
  } finally {
    await rm(workDir, { recursive: true, force: true })
  }
}, 180_000)
