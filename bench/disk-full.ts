// The disk-full round of `npm run soak` (issue 11): on a real 2 MB tmpfs, save a 1,500-highlight store
// again and again with a different amount of room left each time, from none to more than it needs. Every
// save either lands whole or fails with one line and the old file byte-identical; never a cut file.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { mountTinyDisk } from '../src/core/testing/tiny-disk'
import { openStore, StoreWriteError } from '../src/core/highlights/store/store'
import { legacyStoreText, seedHighlights } from '../src/core/testing/highlight-store'

export interface DiskFullReport {
  rounds: number
  saved: number
  refused: number
  failures: string[]
}

/** Runs `rounds` saves on a tiny disk; a string says why it could not run (no mount allowed). */
export function runDiskFullRounds(rounds: number): DiskFullReport | string {
  const disk = mountTinyDisk(2 * 1024 * 1024)
  if (typeof disk === 'string') return disk
  const report: DiskFullReport = { rounds: 0, saved: 0, refused: 0, failures: [] }
  const file = join(disk.dir, 'highlights.json')
  const original = legacyStoreText(1_500)
  const extra = seedHighlights(1_501)[1_500]!
  try {
    for (let i = 0; i < rounds; i++) {
      rmSync(`${file}.journal`, { force: true })
      // The copy the first save of this version keeps of a format 1 file: made again each round.
      for (const name of readdirSync(disk.dir)) if (name.includes('.v1-')) rmSync(join(disk.dir, name))
      writeFileSync(file, original)
      const before = readFileSync(file)
      // From nothing to a little more than a whole rewrite needs (about 1.1 MB with the old file kept).
      disk.leave(Math.floor((i / Math.max(1, rounds - 1)) * 1_300_000))
      const store = openStore(file)
      try {
        store.update((data) => ({ ...data, highlights: [...data.highlights, extra] }))
        disk.roomBack()
        const after = openStore(file).read().highlights
        if (after.length === 1_501) report.saved++
        else report.failures.push(`round ${i}: saved, but the store reads back ${after.length} highlights`)
      } catch (error) {
        disk.roomBack()
        report.refused++
        const message = (error as Error).message
        if (!(error instanceof StoreWriteError) || message.includes('\n') || !/the disk is full/.test(message))
          report.failures.push(`round ${i}: refused with an unclear error: ${message}`)
        if (!readFileSync(file).equals(before)) report.failures.push(`round ${i}: refused, but the file changed`)
      }
      report.rounds++
    }
  } finally {
    disk.unmount()
  }
  return report
}
