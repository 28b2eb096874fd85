// A separate process importing into a shared library, for the concurrency test (library/concurrent.test.ts):
//   node --import tsx import-child.ts <library dir> <file name> <jsonl file> <batches> <barrier dir>
// It waits until every child of the run is ready (a file per child in the barrier folder) so their
// imports overlap, then imports the file in `batches` slices, one import each, and prints a JSON summary.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Library } from '../library/library'

const [dir, fileName, path, batchText, barrier, childrenText] = process.argv.slice(2)
if (!dir || !fileName || !path || !batchText || !barrier || !childrenText) {
  process.stderr.write('usage: import-child.ts <library> <file name> <file.jsonl> <batches> <barrier dir> <children>\n')
  process.exit(2)
}

const lines = readFileSync(path, 'utf8').split('\n')
const batches = Number(batchText)
const per = Math.ceil(lines.length / batches)
writeFileSync(join(barrier, `${process.pid}.ready`), '')
const deadline = Date.now() + 20_000
while (readdirSync(barrier).length < Number(childrenText) && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 5))
}
if (readdirSync(barrier).length < Number(childrenText)) {
  process.stderr.write(`the other import children did not start within 20 s (barrier ${barrier})\n`)
  process.exit(3)
}

const started = Date.now()
const library = await Library.open(dir)
let added = 0
for (let i = 0; i < batches; i++) {
  // Blank lines keep each record's line number in the file for its `origin`.
  const slice = lines.map((line, n) => (n >= i * per && n < (i + 1) * per ? line : '')).join('\n')
  const report = await library.importText(fileName, slice)
  added += report.added
}
process.stdout.write(`${JSON.stringify({ fileName, added, size: library.size, started, ended: Date.now() })}\n`)
