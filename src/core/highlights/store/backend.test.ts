import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCodec } from './backend'
import { openStore } from './store'
import type { StoreData } from './schema'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'backend-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('createCodec', () => {
  it('writes after any change the same bytes a fresh codec writes, reusing the unchanged leading items', () => {
    const item = fc.record({ id: fc.string({ maxLength: 6 }), note: fc.string({ maxLength: 12 }), n: fc.integer() })
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(12), fc.constantFrom('add', 'remove', 'replace', 'move')), { maxLength: 8 }),
        (start, edits) => {
          const codec = createCodec()
          let highlights: object[] = start
          let stances = ['a']
          for (const [at, edit] of edits) {
            const i = Math.min(at, highlights.length)
            if (edit === 'add')
              highlights = [...highlights.slice(0, i), { id: `n${at}`, note: 'é“x”', n: at }, ...highlights.slice(i)]
            if (edit === 'remove') highlights = highlights.filter((_, j) => j !== i)
            if (edit === 'replace' && highlights[i])
              highlights = highlights.map((h, j) => (j === i ? { ...h, n: -1 } : h))
            if (edit === 'move') highlights = [...highlights.slice(i), ...highlights.slice(0, i)]
            if (at % 3 === 0) stances = [...stances, `s${at}`]
            const value = { schemaVersion: 1, highlights, stances }
            const bytes = Buffer.from(codec.serialize(value))
            expect(bytes.equals(Buffer.from(createCodec().serialize(value)))).toBe(true)
            expect(JSON.parse(bytes.toString('latin1'))).toEqual(value)
          }
        },
      ),
    )
  })
})

describe('writing the store file', () => {
  const highlights = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `h${i}`,
      articleId: 'a',
      textHash: '',
      start: i,
      end: i + 5,
      quote: 'quote',
      prefix: '',
      suffix: '',
      color: 'yellow' as const,
      note: '',
      tags: [],
      stance: null,
      topic: null,
      createdAt: 'x',
      updatedAt: 'x',
    }))
  const add = (h: StoreData['highlights'][number]) => (data: StoreData) => ({
    ...data,
    highlights: [...data.highlights, h],
  })

  it('writes through a symbolic link to the file it points at, leaving the link in place', () => {
    mkdirSync(join(dir, 'real'))
    writeFileSync(
      join(dir, 'real', 'highlights.json'),
      JSON.stringify({ schemaVersion: 1, highlights: [], stances: [] }),
    )
    symlinkSync(join(dir, 'real', 'highlights.json'), join(dir, 'highlights.json'))
    const store = openStore(join(dir, 'highlights.json'))
    store.update(add(highlights(1)[0]!))
    expect(lstatSync(join(dir, 'highlights.json')).isSymbolicLink()).toBe(true)
    expect(JSON.parse(readFileSync(join(dir, 'real', 'highlights.json'), 'utf8')).highlights).toHaveLength(1)
  })

  it('sees a file another process rewrote (same size, new inode) before its own next write', () => {
    const path = join(dir, 'highlights.json')
    const store = openStore(path)
    store.update((data) => ({ ...data, highlights: highlights(3) }))
    // Another writer replaces the file with one of exactly the same length, as an atomic write does.
    const text = readFileSync(path, 'utf8')
    const other = text.replace('"id":"h2"', '"id":"x2"')
    expect(other.length).toBe(text.length)
    rmSync(path)
    writeFileSync(path, other)
    store.update(add({ ...highlights(4)[3]! }))
    // The file and its journal (the save appended h3 there), as a fresh reader sees them.
    expect(
      openStore(path)
        .read()
        .highlights.map((h) => h.id),
    ).toEqual(['h0', 'h1', 'x2', 'h3'])
    expect(readdirSync(dir).sort()).toEqual(['highlights.json', 'highlights.json.journal'])
  })
})
