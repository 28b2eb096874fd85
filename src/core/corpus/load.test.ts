import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUNDLED_CORPUS, SEEDS_DIR } from '../testing/test-paths'
import { parseArticleFile } from './article'
import { parseFrontMatter } from './frontmatter'
import { CorpusError, loadCorpusDir } from './load'

describe('the bundled corpus', () => {
  it('loads the five seed articles without problems, with their facts', async () => {
    const { articles, problems } = await loadCorpusDir(BUNDLED_CORPUS)
    expect(problems).toEqual([])
    expect(articles.map((a) => a.id)).toEqual((await readdir(SEEDS_DIR)).filter((n) => n.endsWith('.txt')).map((n) => n.replace(/\.txt$/, '')))
    for (const a of articles) {
      expect(a.date, a.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(a.title.length, a.id).toBeGreaterThan(10)
      expect(a.dateBasis, a.id).toBeTruthy()
      expect(a.language).toBe('en')
      expect(a.paragraphCount).toBe(a.paragraphs.length)
    }
    const tass = articles.find((a) => a.id.startsWith('000'))!
    expect([tass.source, tass.date, tass.dateline]).toEqual(['TASS', '2019-09-24', 'MOSCOW'])
    expect(articles.find((a) => a.id.startsWith('002'))?.source).toBeNull()
  })

  it('keeps every body byte-identical to its seed', async () => {
    const seeds = (await readdir(SEEDS_DIR)).filter((n) => n.endsWith('.txt'))
    expect(seeds).toHaveLength(5)
    for (const name of seeds) {
      const seed = await readFile(join(SEEDS_DIR, name))
      const file = await readFile(join(BUNDLED_CORPUS, name.replace(/\.txt$/, '.md')))
      const { bodyOffset } = parseFrontMatter(file.toString('utf8'))
      const bodyBytes = file.subarray(Buffer.byteLength(file.toString('utf8').slice(0, bodyOffset)))
      expect(Buffer.compare(bodyBytes, seed), name).toBe(0)
      const { articles } = await loadCorpusDir(BUNDLED_CORPUS)
      expect(articles.find((a) => a.id === name.replace(/\.txt$/, ''))?.body).toBe(seed.toString('utf8'))
    }
  })
})

describe('loadCorpusDir on a folder of mixed files', () => {
  let dir: string

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stance-corpus-'))
    const seed = await readFile(join(SEEDS_DIR, '003_f4263936914beb7f.txt'), 'utf8')
    await writeFile(join(dir, 'a-with-front-matter.md'), `---\nid: xinhua-1\ntitle: Arms race\nsource: Xinhua\ndate: 2019-03-19\n---\n${seed}`)
    await writeFile(join(dir, 'b-plain.txt'), seed)
    await writeFile(join(dir, 'c-broken-yaml.md'), '---\ntitle: [unclosed\n---\nBody text.\n')
    await writeFile(join(dir, 'd-undated.md'), '---\ntitle: No date here\nsource: Somewhere\n---\nA short article without a date, saved from the web.\n')
    await writeFile(join(dir, 'e-bad-date.md'), '---\ndate: 2019-02-30\n---\nText.\n')
    await writeFile(join(dir, 'f-duplicate.md'), '---\nid: xinhua-1\n---\nSame id again.\n')
    await writeFile(join(dir, 'g-unclosed.md'), '---\ntitle: x\nText that never ends the block.\n')
    await writeFile(join(dir, 'h-bad-chrome.md'), '---\nchrome: [{a: 1}]\n---\nText.\n')
    await writeFile(join(dir, 'notes.json'), '{}')
    // Invalid UTF-8 and a NUL byte: shown as text, never a reason to drop the file.
    await writeFile(join(dir, 'i-bytes.txt'), Buffer.concat([Buffer.from('Odd bytes \u0000 here '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' end.\n')]))
  })

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('loads the good files and reports each bad one by name and reason', async () => {
    const { articles, problems } = await loadCorpusDir(dir)
    expect(articles.map((a) => a.id)).toEqual(['xinhua-1', 'b-plain', 'd-undated', 'i-bytes'])
    const reasons = Object.fromEntries(problems.map((p) => [p.file, p.reason]))
    expect(Object.keys(reasons).sort()).toEqual(['c-broken-yaml.md', 'e-bad-date.md', 'f-duplicate.md', 'g-unclosed.md', 'h-bad-chrome.md'])
    expect(reasons['c-broken-yaml.md']).toMatch(/invalid YAML/)
    expect(problems.find((p) => p.file === 'c-broken-yaml.md')?.line).toBeGreaterThan(1)
    expect(reasons['e-bad-date.md']).toMatch(/"2019-02-30".*YYYY-MM-DD/)
    expect(reasons['f-duplicate.md']).toMatch(/already used by a-with-front-matter\.md/)
    expect(reasons['g-unclosed.md']).toMatch(/never closed/)
    expect(reasons['h-bad-chrome.md']).toMatch(/"chrome"/)
  })

  it('takes metadata from front matter, and falls back to file name and headline without it', async () => {
    const { articles } = await loadCorpusDir(dir)
    const [withMeta, plain, undated] = articles
    expect(withMeta).toMatchObject({ title: 'Arms race', source: 'Xinhua', date: '2019-03-19', origin: 'a-with-front-matter.md' })
    expect(plain).toMatchObject({ id: 'b-plain', title: 'Russia interested in preventing arms race: Foreign Ministry', source: null, date: null })
    expect(withMeta?.body).toBe(plain?.body)
    expect(undated).toMatchObject({ date: null, title: 'No date here', source: 'Somewhere' })
  })

  it('loads invalid UTF-8 and NUL bytes as text', async () => {
    const { articles } = await loadCorpusDir(dir)
    const odd = articles.find((a) => a.id === 'i-bytes')!
    expect(odd.body).toContain('\uFFFD')
    expect(odd.body).toContain('\u0000')
    expect(odd.paragraphs).toHaveLength(1)
  })

  it('names the folder when it cannot be read', async () => {
    const missing = join(dir, 'nope')
    await expect(loadCorpusDir(missing)).rejects.toThrow(CorpusError)
    await expect(loadCorpusDir(missing)).rejects.toThrow(missing)
    await expect(loadCorpusDir(join(dir, 'notes.json'))).rejects.toThrow(/not a folder/)
  })
})

describe('parseArticleFile', () => {
  it('titles an article without headline or front matter by the start of its first paragraph', () => {
    const { article } = parseArticleFile('x.txt', 'This is a long opening sentence of a story that has no headline at all, so its title must be cut somewhere sensible.\nSecond.')
    expect(article?.title).toMatch(/^This is a long opening sentence.*…$/)
    expect(article?.title.length).toBeLessThanOrEqual(101)
  })

  it('accepts an ISO timestamp and keeps its date', () => {
    expect(parseArticleFile('x.md', '---\ndate: 1987-02-26T15:01:01\n---\nText.').article?.date).toBe('1987-02-26')
  })
})
