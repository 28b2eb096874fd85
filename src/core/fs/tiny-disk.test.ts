// The write path on a real nearly full disk (a 2 MB tmpfs): the case of issue 11 that a fake cannot prove.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileSync as atomicWriteFileSync } from 'atomically'
import Conf from 'conf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appendFileSafely, WriteFailure, writeFileSafely } from './write-file'
import { routeWrites } from './routed-backend'
import { mountTinyDisk, type TinyDisk } from '../testing/tiny-disk'
import { backendOptions, confBackend } from '../highlights/store/backend'

const disk = mountTinyDisk(2 * 1024 * 1024)
if (typeof disk === 'string') console.log(`skipping the tiny-disk tests: ${disk}`)
const onDisk = typeof disk === 'string' ? describe.skip : describe
let d: TinyDisk
beforeAll(() => {
  if (typeof disk !== 'string') d = disk
})
afterAll(() => {
  if (typeof disk !== 'string') disk.unmount()
})

const store = Buffer.from(`{"schemaVersion":1,"highlights":[\n${'{"id":"h"}\n'.repeat(90_000)}]}\n`) // ~1 MB

onDisk('a 2 MB disk with 100 KB free', () => {
  it('atomically (under conf) cuts the file short and reports success: the upstream bug', () => {
    const path = join(d.dir, 'atomically.json')
    writeFileSync(path, store)
    d.leave(100_000)
    atomicWriteFileSync(path, Buffer.concat([store, Buffer.from(' ')]))
    expect(readFileSync(path).length).toBeLessThan(store.length)
    d.roomBack()
  })

  it('our writer fails in one line and leaves the file byte-identical, with no temp file', () => {
    const path = join(d.dir, 'highlights.json')
    writeFileSync(path, store)
    d.leave(100_000)
    expect(() => writeFileSafely(path, Buffer.concat([store, Buffer.from(' ')]))).toThrow(WriteFailure)
    expect(() => writeFileSafely(path, Buffer.concat([store, Buffer.from(' ')]))).toThrow(
      `could not save ${path}: the disk is full; the file was left as it was`,
    )
    expect(readFileSync(path).equals(store)).toBe(true)
    expect(readdirSync(d.dir).filter((n) => n.includes('.tmp-'))).toEqual([])
    d.roomBack()
  })

  it('a failed append leaves the file as it was', () => {
    const path = join(d.dir, 'articles.jsonl')
    writeFileSync(path, 'one\n')
    d.leave(50_000)
    expect(() => appendFileSafely(path, Buffer.alloc(200_000, 'z'))).toThrow(/the disk is full/)
    expect(readFileSync(path, 'utf8')).toBe('one\n')
    d.roomBack()
  })

  it('settings written by conf through our writer: the old file stays', () => {
    const path = join(d.dir, 'config.json')
    const make = routeWrites(confBackend)
    const options = backendOptions(path, { serialize: (v) => JSON.stringify(v), deserialize: JSON.parse })
    const conf = make(options)
    conf.store = { topics: ['a'] }
    const before = readFileSync(path)
    d.leave(20_000)
    expect(() => (conf.store = { topics: ['a'], big: 'b'.repeat(300_000) })).toThrow(/disk is full/)
    expect(readFileSync(path)).toEqual(before)
    expect(new Conf<Record<string, unknown>>(options).store).toEqual({ topics: ['a'] })
    d.roomBack()
  })
})
