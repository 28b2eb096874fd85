import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadCorpusDir } from '../src/core/corpus'
import { Highlights } from '../src/core/highlights/service'
import { openStore } from '../src/core/store/store'
const articles = new Map((await loadCorpusDir('corpus')).articles.map((a) => [a.id, a]))
const dir = mkdtempSync(join(tmpdir(), 'svc-'))
const store = openStore(join(dir, 'highlights.json'))
const hl = new Highlights(store, (id) => articles.get(id))
const body = articles.get('000_f6b6277f5f03b554')!.body
const base = hl.add({ articleId: '000_f6b6277f5f03b554', start: 100, end: 160, color: 'yellow' })
const many = Array.from({ length: 10_000 }, (_, i) => ({ ...base, id: `bulk${i}`, start: i % 1000, end: (i % 1000) + 40, quote: body.slice(i % 1000, (i % 1000) + 40) }))
store.update((d) => ({ ...d, highlights: [...d.highlights, ...many] }))
hl.list()
for (const what of ['update', 'add']) {
  const times: number[] = []
  for (let i = 0; i < 40; i++) {
    const t = performance.now()
    if (what === 'update') hl.update(`bulk${i}`, { note: `n${i}` })
    else hl.add({ articleId: '000_f6b6277f5f03b554', start: 200 + i, end: 260 + i, color: 'red' })
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  console.log(what, 'p50', times[20]!.toFixed(1), 'p95', times[38]!.toFixed(1))
}
