// `npm run bench`: the whole Reuters corpus, one run; prints a table and writes bench/results.json.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { REUTERS_FILE } from '../src/core/testing/test-paths'
import { runBench, type BenchResults } from './bench'
import { benchLimit } from './library'

const reuters = REUTERS_FILE
const limit = benchLimit()
const out = fileURLToPath(new URL('./results.json', import.meta.url))

/** [key, label, target (value must be ≤), unit] */
const rows: Array<[string, string, number | null, string]> = [
  ['articles', 'articles imported', null, ''],
  ['import_ms', 'import (parse, segment, store, group)', null, 'ms'],
  ['paragraphs', 'paragraphs indexed', null, ''],
  ['cold_build_ms', 'cold index build (worker)', null, 'ms'],
  ['cold_build_ratio', 'cold build / raw lunr build, same paragraphs', 0.6, '×'],
  ['add_one_searchable_ms', 'one new article searchable', 1000, 'ms'],
  ['add_one_ratio', 'one new article searchable / cold build', 0.05, '×'],
  ['add_hundred_searchable_ms', '100 new articles searchable', 1000, 'ms'],
  ['add_hundred_ratio', '100 new articles searchable / cold build', 0.05, '×'],
  ['paragraphs_per_s', 'cold build rate', null, '/s'],
  ['serialized_mb', 'serialized index', null, 'MB'],
  ['lunr_serialized_mb', 'raw lunr serialized index', null, 'MB'],
  ['library_visible_ms', 'warm: library visible', null, 'ms'],
  ['library_visible_ratio', 'warm: library visible / cold build', 0.05, '×'],
  ['search_ready_ms', 'warm: search ready', null, 'ms'],
  ['search_ready_ratio', 'warm: search ready / cold build', 0.1, '×'],
  ['warm_longest_task_ms', 'warm start: longest main-thread task (best of 3)', 50, 'ms'],
  ['warm_longest_task_worst_ms', 'warm start: longest task, worst of the 3 starts', null, 'ms'],
  ['lunr_naive_warm_ratio', 'raw lunr read+parse+load / its build', null, '×'],
  ['search_p50_ms', 'search p50 (50 queries, best of 5 each)', null, 'ms'],
  ['search_p95_ms', 'search p95 (with snippets, 50 shown)', null, 'ms'],
  ['search_p95_all_runs_ms', 'search p95 over every run (unfiltered)', null, 'ms'],
  ['search_raw_p95_ms', 'search p95, engine alone (raw hits)', null, 'ms'],
  ['minisearch_p95_ms', 'MiniSearch p95, same paragraphs (raw hits)', null, 'ms'],
  ['search_p95_ratio', 'search p95 / MiniSearch p95', 1.0, '×'],
  ['search_raw_p95_ratio', 'raw search p95 / MiniSearch p95', null, '×'],
  ['lunr_search_p95_ms', 'raw lunr search p95', null, 'ms'],
  ['speaker_warmup_ms', 'speaker warm-up after warm start (background)', null, 'ms'],
  ['speakers_ready_cold_ms', 'speakers list ready, first run (no attribution cache)', null, 'ms'],
  ['speakers_ready_ms', 'speakers list ready, warm start (attribution cache)', 1000, 'ms'],
  ['speaker_ledger_ms', 'speaker ledger built (in slices), warm start', null, 'ms'],
  ['speaker_timeline_p95_ms', "one speaker's timeline p95 (300 largest)", 100, 'ms'],
  ['speakers_warm_longest_task_ms', 'speakers warm start: longest main-thread task', 50, 'ms'],
  ['speaker_cache_mb', 'speaker cache, all articles', null, 'MB'],
  ['compare_p50_ms', 'comparison p50, after warm-up (8 topics × 3)', null, 'ms'],
  ['compare_p95_ms', 'comparison p95, after warm-up', 100, 'ms'],
  ['topic_preview_p95_ms', 'topic editor preview p95 (workspace, as typed)', 150, 'ms'],
  ['compare_first_max_ms', 'comparison, slowest first run after warm-up', null, 'ms'],
  ['compare_cold_p95_ms', 'comparison p95 from cold (no warm-up)', null, 'ms'],
  ['compare_cold_max_ms', 'comparison, slowest first run from cold', null, 'ms'],
  ['compare_warm_p95_ms', 'comparison p95 from cold, runs 2 and 3', null, 'ms'],
  ['compare_layout_articles', 'articles in the layout-switch comparison (OPEC output)', null, ''],
  ['compare_layout_p95_ms', 'switching layout, order or filter p95 (that comparison)', 100, 'ms'],
  ['memory_ready_rss_mb', 'RSS at search ready (ours)', null, 'MB'],
  ['memory_warm_rss_mb', 'RSS after speaker warm-up (ours)', null, 'MB'],
  ['memory_lunr_rss_mb', 'RSS raw lunr, same index + articles', null, 'MB'],
  ['memory_ratio', 'memory ours (after warm-up) / raw lunr', 0.6, '×'],
  ['highlight_save_p50_ms', `highlight save p50 (10,000 in store)`, null, 'ms'],
  ['highlight_save_p95_ms', 'highlight save p95', 10, 'ms'],
  ['highlight_edit_p95_ms', 'highlight edit (note) p95, 10,000 in store', 10, 'ms'],
  ['disk_append_flush_p95_ms', 'disk floor: one append + fdatasync, p95', null, 'ms'],
  ['export_ms', 'Markdown export, 1,000 highlights', 200, 'ms'],
]

export function table(results: BenchResults): string {
  const lines = rows.map(([key, label, target, unit]) => {
    const value = results[key]
    const shown = value === undefined ? '—' : `${value.toLocaleString('en')}${unit && unit !== '' ? ` ${unit}` : ''}`
    const verdict =
      target === null || value === undefined ? '' : value <= target ? `ok (≤ ${target})` : `MISSED (target ≤ ${target})`
    return `${label.padEnd(48)} ${shown.padStart(14)}  ${verdict}`
  })
  return [`${'measurement'.padEnd(48)} ${'value'.padStart(14)}  target`, '-'.repeat(84), ...lines].join('\n')
}

const workDir = await mkdtemp(join(tmpdir(), 'stance-bench-'))
const started = Date.now()
try {
  const results = await runBench({ reuters, limit, workDir, log: (line) => process.stderr.write(`${line}\n`) })
  results.bench_total_s = Math.round((Date.now() - started) / 100) / 10
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`)
  process.stdout.write(`${table(results)}\n\nwhole bench: ${results.bench_total_s} s; results in ${out}\n`)
} finally {
  await rm(workDir, { recursive: true, force: true })
}
