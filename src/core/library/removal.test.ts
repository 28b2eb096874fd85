import { mkdtemp, readFile, rm, unlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Library } from './library'
import { libraryFiles } from './store'
import { reutersLines } from '../testing/library'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stance-removal-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const ids = (library: Library) => library.list().map((a) => a.id)

describe('Removing imported articles', () => {
  it('removes articles for good, across a restart, and the undo puts back the same text', async () => {
    const library = await Library.open(join(dir, 'library'))
    const report = await library.importText('reuters.jsonl', reutersLines(1, 40))
    const before = await library.read('reuters-5')
    const key = library.contentKey()

    const removed = await library.remove(['reuters-5', 'reuters-7', 'no-such-article'])
    expect(removed.map((a) => a.id)).toEqual(['reuters-5', 'reuters-7'])
    expect(library.size).toBe(report.added - 2)
    expect(ids(library)).not.toContain('reuters-5')
    expect(library.contentKey()).not.toBe(key)
    await expect(library.read('reuters-5')).rejects.toThrow(/no article "reuters-5"/)
    const reopened = await Library.open(join(dir, 'library'))
    expect(ids(reopened)).not.toContain('reuters-7')
    expect((await reopened.readAll()).map((a) => a.id)).not.toContain('reuters-5')

    const restored = await reopened.restore(['reuters-5'])
    expect(restored.map((a) => a.id)).toEqual(['reuters-5'])
    expect(await reopened.read('reuters-5')).toEqual(before)
    expect((await Library.open(join(dir, 'library'))).size).toBe(report.added - 1)
    // Restoring twice does nothing more.
    expect(await reopened.restore(['reuters-5'])).toEqual([])
  })

  it('keeps removals and undos when library.json is lost and rebuilt from the store', async () => {
    const library = await Library.open(join(dir, 'library'))
    const report = await library.importText('reuters.jsonl', reutersLines(1, 40))
    await library.remove(['reuters-5', 'reuters-7'])
    await library.restore(['reuters-7'])
    const store = await readFile(libraryFiles(join(dir, 'library')).store, 'utf8')
    expect(store).toContain('"removed":"reuters-5"')
    await unlink(libraryFiles(join(dir, 'library')).meta)

    const rebuilt = await Library.open(join(dir, 'library'))
    expect(rebuilt.size).toBe(report.added - 1)
    expect(ids(rebuilt)).toContain('reuters-7')
    expect(ids(rebuilt)).not.toContain('reuters-5')
    // No line is taken for damage, so no notice is raised.
    expect(rebuilt.store.notices).toEqual([])
    // The removed article's undo survives the rebuild too.
    expect((await rebuilt.restore(['reuters-5'])).map((a) => a.id)).toEqual(['reuters-5'])
  })

  it('a removed article imported again stays as imported; the older undo does not replace it', async () => {
    const library = await Library.open(join(dir, 'library'))
    const first = '{"id": "s1", "date": "1987-03-06", "title": "Talks", "body": "First version."}'
    await library.importText('a.jsonl', first)
    await library.remove(['s1'])
    const again = await library.importText(
      'a.jsonl',
      '{"id": "s1", "date": "1987-03-06", "title": "Talks", "body": "Corrected version."}',
    )
    expect(again.added).toBe(1)
    expect(await library.restore(['s1'])).toEqual([])
    expect((await library.read('s1')).body).toBe('Corrected version.')
  })

  it('takes a removed copy out of its near-identical group', async () => {
    const library = await Library.open(join(dir, 'library'))
    await library.importText('reuters.jsonl', reutersLines(2700, 2800))
    const byId = () => new Map(library.list().map((a) => [a.id, a]))
    expect(byId().get('reuters-2730')!.alsoFiledAs).toEqual(['reuters-2734'])
    await library.remove(['reuters-2734'])
    expect(byId().get('reuters-2730')!.alsoFiledAs).toBeUndefined()
    await library.restore(['reuters-2734'])
    expect(byId().get('reuters-2730')!.alsoFiledAs).toEqual(['reuters-2734'])
    expect(byId().get('reuters-2734')).toMatchObject({ duplicateOf: 'reuters-2730', imported: true })
  })
})
