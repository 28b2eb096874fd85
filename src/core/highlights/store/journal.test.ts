// The journal beside the highlights file: what a save appends, what a reader replays, what a crash or a
// damaged byte leaves, when it is folded back into the file, and two stores writing one file in turn.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { seedHighlights } from '../../testing/highlight-store'
import { applyChanges, diffStores } from './journal'
import { SCHEMA_VERSION, type StoreData } from './schema'
import { openStore, type Mutation } from './store'

let dir: string
let file: string
let journal: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'journal-'))
  file = join(dir, 'highlights.json')
  journal = `${file}.journal`
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const pool = seedHighlights(60)

/** What a user does to the store, written as the service writes it (safe to apply again to a newer file). */
type Op = { kind: 'add'; n: number } | { kind: 'note'; n: number; note: string } | { kind: 'delete'; n: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), n: fc.nat(59) }),
  fc.record({ kind: fc.constant('note' as const), n: fc.nat(59), note: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('delete' as const), n: fc.nat(59) }),
)

function mutation(o: Op): Mutation {
  const id = `h${o.n}`
  if (o.kind === 'add')
    return (d) => (d.highlights.some((h) => h.id === id) ? d : { ...d, highlights: [...d.highlights, pool[o.n]!] })
  if (o.kind === 'note')
    return (d) => ({ ...d, highlights: d.highlights.map((h) => (h.id === id ? { ...h, note: o.note } : h)) })
  return (d) => ({ ...d, highlights: d.highlights.filter((h) => h.id !== id) })
}

const start: StoreData = { schemaVersion: SCHEMA_VERSION, highlights: pool.slice(0, 20), stances: [] }
const ids = (data: StoreData) => data.highlights.map((h) => `${h.id}:${h.note}`)
const journalLines = () => readFileSync(journal, 'utf8').split('\n').filter(Boolean)

describe('diffStores and applyChanges', () => {
  it('replaying the change gives back exactly the highlights after, or there is no change and the file is rewritten', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), fc.boolean(), (ops, reorder) => {
        let after = ops.reduce((d, o) => mutation(o)(d), start)
        if (reorder) after = { ...after, highlights: [...after.highlights].reverse() }
        const change = diffStores(start, after)
        if (change) expect(applyChanges(start, [change]).highlights).toEqual(after.highlights)
        // One add, note or delete at a time, as the app saves, always fits in a journal line.
        if (!reorder && ops.length === 1) expect(change).not.toBeNull()
      }),
      { numRuns: 300 },
    )
  })

  it('applying many changes at once is applying them one after another', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 15 }), (ops) => {
        const states = ops.reduce((acc, o) => [...acc, mutation(o)(acc.at(-1)!)], [start])
        const changes = states.slice(1).map((s, i) => diffStores(states[i]!, s)!)
        const oneByOne = changes.reduce((d, c) => applyChanges(d, [c]), start)
        expect(ids(applyChanges(start, changes))).toEqual(ids(oneByOne))
        expect(ids(oneByOne)).toEqual(ids(states.at(-1)!))
      }),
      { numRuns: 200 },
    )
  })
})

describe('the journal on disk', () => {
  it('a save appends one checksummed line and leaves the file alone; a new store replays every line', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 10 }), (ops) => {
        rmSync(dir, { recursive: true, force: true })
        const store = openStore(file)
        store.update(() => start)
        const written = readFileSync(file)
        for (const o of ops) store.update(mutation(o))
        expect(readFileSync(file).equals(written)).toBe(true)
        if (existsSync(journal)) for (const line of journalLines()) expect(line).toMatch(/^[0-9a-f]{8} \{/)
        expect(ids(openStore(file).read())).toEqual(ids(store.read()))
      }),
      { numRuns: 25 },
    )
  })

  it('a last line cut short (a writer killed mid-append) is left out, and the next save folds the rest in', () => {
    /** A fresh store with two saved changes; where the journal's last line starts and ends. */
    const build = () => {
      rmSync(dir, { recursive: true, force: true })
      const store = openStore(file)
      store.update(() => start)
      store.update(mutation({ kind: 'add', n: 40 }))
      const before = ids(store.read())
      const whole = readFileSync(journal).length
      store.update(mutation({ kind: 'note', n: 3, note: 'the last word' }))
      return { before, whole, length: readFileSync(journal).length }
    }
    const { whole, length } = build()
    fc.assert(
      fc.property(fc.integer({ min: whole + 1, max: length - 1 }), (cut) => {
        const { before } = build()
        truncateSync(journal, cut)
        const reopened = openStore(file)
        expect(ids(reopened.read())).toEqual(before)
        expect(reopened.notices).toEqual([])
        reopened.update(mutation({ kind: 'delete', n: 0 }))
        // Folded into the file, the torn line gone with it; the delete starts a new journal.
        expect(journalLines()).toHaveLength(2)
        expect(readFileSync(journal, 'utf8').endsWith('\n')).toBe(true)
        expect(ids(openStore(file).read())).toEqual(before.filter((h) => !h.startsWith('h0:')))
        expect(readdirSync(dir).sort()).toEqual(['highlights.json', 'highlights.json.journal'])
      }),
      { numRuns: 20 },
    )
  })
})

describe('two stores writing one file in turn (the app and the CLI)', () => {
  it('each sees the other’s saves from the journal before its own; both end as one list of every change', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), op), { minLength: 1, maxLength: 16 }), fc.nat(2), (turns, small) => {
        rmSync(dir, { recursive: true, force: true })
        // A tiny compaction threshold in some runs, so a writer also meets a file the other has just rewritten.
        const options = small ? { compactAtBytes: 1 } : {}
        const first = openStore(file, options)
        first.update(() => start)
        const second = openStore(file, options)
        let model = start
        for (const [which, o] of turns) {
          ;(which ? first : second).update(mutation(o))
          model = mutation(o)(model)
          expect(ids(first.read())).toEqual(ids(model))
          expect(ids(second.read())).toEqual(ids(model))
        }
        expect(ids(openStore(file).read())).toEqual(ids(model))
        expect(first.notices.concat(second.notices)).toEqual([])
      }),
      { numRuns: 25 },
    )
  })
})
