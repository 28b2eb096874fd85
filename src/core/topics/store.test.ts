import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, describe, expect, it } from 'vitest'
import { loadCorpusDir } from '../corpus'
import { BUNDLED_CORPUS } from '../testing/test-paths'
import { scanCandidates } from './compare'
import { parsePresets, presetTopics } from './presets'
import { TopicError, TopicStore, TOPICS_KEY, UNREADABLE_KEY, type KeyValueStore } from './store'

function memory(initial: Record<string, unknown> = {}): KeyValueStore & { data: Record<string, unknown> } {
  const data = structuredClone(initial)
  return {
    data,
    get: (key) => structuredClone(data[key]),
    set: (key, value) => void (data[key] = structuredClone(value)),
  }
}

let n = 0
const ids = () => `user-${++n}`

describe('presets', () => {
  it('ships the three topics, each with a description and terms that parse', () => {
    const presets = presetTopics()
    expect(presets.map((t) => t.name)).toEqual(['Arms race', 'Japan peace treaty', 'NATO spending'])
    for (const topic of presets) {
      expect(topic.preset).toBe(true)
      expect(topic.description.length).toBeGreaterThan(20)
      expect(topic.terms.length).toBeGreaterThan(3)
    }
    expect(presets.find((t) => t.name === 'Japan peace treaty')?.coTerms).toContain('Japan')
  })

  it('reports a malformed preset file by name and field', () => {
    expect(() => parsePresets({ topics: [{ id: 'x', name: 'X', terms: ['mi*'] }] }, 'topics.json')).toThrow(
      /topics\.json: topics\.0\.terms: .*wildcard/,
    )
    expect(() => parsePresets({ topics: [{ id: 'x', name: '', terms: ['a'] }] }, 'topics.json')).toThrow(/needs a name/)
  })
})

describe('TopicStore', () => {
  it('creates, edits and deletes user topics, listed after the presets', () => {
    const kv = memory()
    const store = new TopicStore(kv, { newId: ids })
    const created = store.save({ name: 'OPEC output', description: '', terms: ['OPEC', 'output ceiling'], coTerms: [] })
    expect(created.preset).toBe(false)
    expect(store.list().map((t) => t.name)).toEqual(['Arms race', 'Japan peace treaty', 'NATO spending', 'OPEC output'])
    const edited = store.save({ ...created, terms: ['OPEC', '"production quota"'] })
    expect(edited.id).toBe(created.id)
    expect(new TopicStore(kv).find('opec OUTPUT ')?.terms).toEqual(['OPEC', '"production quota"'])
    store.delete(created.id)
    expect(store.list()).toHaveLength(3)
  })

  it('refuses to delete a preset, and saves an edited preset as a copy', () => {
    const store = new TopicStore(memory(), { newId: ids })
    const arms = store.find('Arms race')!
    expect(() => store.delete(arms.id)).toThrow(TopicError)
    const copy = store.save({ ...arms, terms: [...arms.terms, 'hypersonic'] })
    expect(copy.id).not.toBe(arms.id)
    expect(copy.name).toBe('Arms race (copy)')
    expect(store.find('Arms race')?.terms).not.toContain('hypersonic')
    expect(store.save({ ...arms }).name).toBe('Arms race (copy 2)')
  })

  it('refuses bad input with a message a user can act on', () => {
    const store = new TopicStore(memory())
    expect(() => store.save({ name: ' ', description: '', terms: ['a'], coTerms: [] })).toThrow(/needs a name/)
    expect(() => store.save({ name: 'X', description: '', terms: [], coTerms: [] })).toThrow(/at least one term/)
    expect(() => store.save({ name: 'X', description: '', terms: ['ab*'], coTerms: [] })).toThrow(/wildcard/)
    expect(() => store.save({ name: 'nato SPENDING', description: '', terms: ['x'], coTerms: [] })).toThrow(
      /already exists/,
    )
    expect(() => store.delete('nope')).toThrow(/no topic/)
  })

  it('keeps stored records it cannot read, and reports them', () => {
    const broken = { id: 'future', name: 'From a newer app', terms: 'not a list' }
    const kv = memory({
      [TOPICS_KEY]: [broken, { id: 'u1', name: 'Mine', description: '', terms: ['x'], coTerms: [] }],
    })
    const store = new TopicStore(kv, { newId: ids })
    expect(store.list().map((t) => t.name)).toContain('Mine')
    expect(store.problems).toHaveLength(1)
    expect(store.problems[0]).toMatch(/stored topic 1 cannot be read/)
    store.save({ name: 'Another', description: '', terms: ['y'], coTerms: [] })
    expect((kv.data[TOPICS_KEY] as unknown[])[0]).toEqual(broken)
  })

  it('moves an unreadable topics value aside before writing over it', () => {
    const kv = memory({ [TOPICS_KEY]: 'garbage' })
    const store = new TopicStore(kv, { newId: ids })
    expect(store.list()).toHaveLength(3)
    expect(store.problems[0]).toMatch(/not a list/)
    store.save({ name: 'New', description: '', terms: ['y'], coTerms: [] })
    expect(kv.data[UNREADABLE_KEY]).toBe('garbage')
  })

  it('compares a request that names a topic, and says when there is none', async () => {
    const { articles } = await loadCorpusDir(BUNDLED_CORPUS)
    const store = new TopicStore(memory())
    const result = store.compare({ topic: 'japan-peace-treaty', sources: ['TASS'] }, articles, scanCandidates(articles))
    expect(result.columns.map((c) => [c.articleId, c.mentioned])).toEqual([['000_f6b6277f5f03b554', true]])
    expect(() => store.compare({ topic: 'nothing' }, articles, scanCandidates(articles))).toThrow(
      /no topic named "nothing"/,
    )
  })
})

describe('TopicStore over conf, as the CLI and host open it', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('persists user topics in the JSON file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'stance-topics-'))
    const conf = new Conf<Record<string, unknown>>({ cwd: dir, projectName: 'stance-test', configName: 'config' })
    new TopicStore(conf).save({ name: 'Sanctions', description: 'who wants them', terms: ['sanction*'], coTerms: [] })
    const onDisk = JSON.parse(await readFile(join(dir, 'config.json'), 'utf8')) as Record<string, unknown>
    expect(onDisk[TOPICS_KEY]).toEqual([expect.objectContaining({ name: 'Sanctions', terms: ['sanction*'] })])
    const reopened = new Conf<Record<string, unknown>>({ cwd: dir, projectName: 'stance-test', configName: 'config' })
    expect(new TopicStore(reopened).find('sanctions')?.description).toBe('who wants them')
  })
})
