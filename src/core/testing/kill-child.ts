// A writer for the kill-during-write test: adds highlights to the store as fast as it can and prints
// each id only after its write returned. The parent kills it at a random moment (see kill-harness.ts).
import { readFileSync } from 'node:fs'
import type { Highlight } from '../../shared/types'
import { describe } from '../highlights/anchor'
import { openStore } from '../highlights/store/store'

const [path, seedFile] = process.argv.slice(2)
if (!path || !seedFile) throw new Error('usage: kill-child <store.json> <seed.txt>')
const body = readFileSync(seedFile, 'utf8')
const store = openStore(path)
const at = new Date().toISOString()
for (let i = 0; ; i++) {
  const start = (i * 37) % (body.length - 80)
  const highlight: Highlight = {
    id: `${process.pid}-${i}`,
    articleId: '000_f6b6277f5f03b554',
    ...describe(body, start, start + 40 + (i % 40)),
    color: 'yellow',
    note: `written by ${process.pid}`,
    tags: ['soak'],
    stance: null,
    topic: null,
    createdAt: at,
    updatedAt: at,
  }
  store.update((data) =>
    data.highlights.some((h) => h.id === highlight.id)
      ? data
      : { ...data, highlights: [...data.highlights, highlight] },
  )
  process.stdout.write(`${highlight.id}\n`)
}
