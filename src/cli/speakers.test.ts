// The speakers commands as a user runs them: a real process on the bundled seeds and on a Reuters library.
import { describe, expect, it } from 'vitest'
import { runCli, tempFolder } from './testing'

const elsewhere = tempFolder('stance-cli-speakers-')
const cli = (...args: string[]) => runCli(args, { cwd: elsewhere() })

interface SpeakerList {
  speakers: Array<{ name: string; kind: string; aliases: string[]; count: number; first: string; last: string }>
}
interface Timeline {
  name: string
  aliases: string[]
  statements: Array<{ articleId: string; date: string; source: string; paragraph: number; text: string }>
}

describe('cli speakers', () => {
  it('lists each seed speaker once by full name, with aliases, counts and dates; no surname apart', async () => {
    const { code, stdout } = await cli('speakers', '--json')
    expect(code).toBe(0)
    const { speakers } = JSON.parse(stdout) as SpeakerList
    for (const s of speakers)
      expect(Object.keys(s).sort()).toEqual(['aliases', 'count', 'first', 'kind', 'last', 'name'])
    const names = speakers.map((s) => s.name)
    expect(names).toEqual(expect.arrayContaining(['Dmitry Peskov', 'Vladimir Putin', 'Russian Foreign Ministry']))
    for (const s of speakers)
      if (s.kind === 'person' && !s.name.includes(' '))
        expect(
          names.some((n) => n !== s.name && n.endsWith(` ${s.name}`)),
          s.name,
        ).toBe(false)
    const peskov = speakers.find((s) => s.name === 'Dmitry Peskov')!
    expect(peskov).toMatchObject({ kind: 'person', first: '2019-09-24', last: '2025-01-24' })
    expect(peskov.aliases).toContain('Peskov')
    expect(speakers.find((s) => s.name === 'Russian Foreign Ministry')?.kind).toBe('organisation')
  })

  it('resolves "Peskov" to Dmitry Peskov with statements in 000 and 001, in date order', async () => {
    const { code, stdout } = await cli('speaker', 'Peskov', '--json')
    expect(code).toBe(0)
    const timeline = JSON.parse(stdout) as Timeline
    expect(timeline.name).toBe('Dmitry Peskov')
    expect(timeline.aliases).toContain('Peskov')
    const ids = [...new Set(timeline.statements.map((s) => s.articleId.slice(0, 3)))]
    expect(ids).toEqual(['000', '001'])
    const dates = timeline.statements.map((s) => s.date)
    expect(dates).toEqual([...dates].sort())
    for (const s of timeline.statements)
      expect(Object.keys(s).sort()).toEqual(['articleId', 'date', 'paragraph', 'source', 'text'])
  })

  it('resolves "Putin" to Vladimir Putin with statements in 002 and 004, and narrows to a topic', async () => {
    const all = JSON.parse((await cli('speaker', 'Putin', '--json')).stdout) as Timeline
    expect(all.name).toBe('Vladimir Putin')
    expect([...new Set(all.statements.map((s) => s.articleId.slice(0, 3)))]).toEqual(['002', '004'])
    const arms = JSON.parse((await cli('speaker', 'Putin', '--topic', 'Arms race', '--json')).stdout) as Timeline
    expect(arms.statements.length).toBeGreaterThan(0)
    expect(arms.statements.length).toBeLessThan(all.statements.length)
    for (const s of arms.statements) expect(s.text).toMatch(/arms|missile|treaty|weapon|nuclear|race/i)
  })

  it('prints a readable timeline, and a clear error for a name nobody has', async () => {
    const text = await cli('speaker', 'Peskov')
    expect(text.stdout).toMatch(/^Dmitry Peskov \(person\), also Peskov/)
    expect(text.stdout).toContain('2019-09-24  TASS')
    const missing = await cli('speaker', 'Nobody Atall')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no speaker named "Nobody Atall"')
  })
})

describe("cli speaker with the app's corrections", () => {
  it('shows a paragraph the user gave another speaker, confirmed', async () => {
    const { mkdtemp } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const userData = await mkdtemp(join(tmpdir(), 'stance-cli-speakers-data-'))
    const before = JSON.parse((await cli('speaker', 'Grushko', '--json')).stdout) as Timeline
    const moved = before.statements[0]!
    const { loadCorpusDir } = await import('../core/corpus')
    const { BUNDLED_CORPUS } = await import('../core/testing/test-paths')
    const { SpeakerCorrections } = await import('../core/speakers/corrections')
    const article = (await loadCorpusDir(BUNDLED_CORPUS)).articles.find((a) => a.id === moved.articleId)!
    new SpeakerCorrections(join(userData, 'speakers.json')).correct(article, moved.paragraph, {
      name: 'NATO critics',
      kind: 'role',
    })
    const after = await runCli(['speaker', 'NATO critics', '--json'], {
      cwd: elsewhere(),
      env: { STANCE_USER_DATA: userData },
    })
    expect(after.code).toBe(0)
    const timeline = JSON.parse(after.stdout) as Timeline & { statements: Array<{ confirmed?: boolean }> }
    expect(timeline.statements).toHaveLength(1)
    expect(timeline.statements[0]).toMatchObject({
      articleId: moved.articleId,
      paragraph: moved.paragraph,
      confirmed: true,
    })
  })
})

describe('cli speakers over a library', () => {
  it("reads the attributions from the library's cache, and writes it when it has none", async () => {
    const { readFile, writeFile } = await import('node:fs/promises')
    const { join } = await import('node:path')
    const { Library } = await import('../core/library')
    const { reutersLines } = await import('../core/testing/library')
    const { SPEAKER_CACHE_FILE } = await import('../core/speakers/cache')
    const dir = join(elsewhere(), 'library')
    await (await Library.open(dir)).importText('reuters.jsonl', reutersLines(1, 200))
    const first = await cli('speakers', '--library', dir, '--json')
    expect(first.code).toBe(0)
    const { speakers } = JSON.parse(first.stdout) as SpeakerList
    expect(speakers.length).toBeGreaterThan(20)
    const file = join(dir, 'index-cache', SPEAKER_CACHE_FILE)
    const text = await readFile(file, 'utf8')
    // What the second run shows comes from the file: a name changed there is the name it lists.
    const name = speakers[0]!.name
    expect(text).toContain(JSON.stringify(name))
    await writeFile(file, text.replace(JSON.stringify(name), JSON.stringify(`${name} (cached)`)))
    const second = JSON.parse((await cli('speakers', '--library', dir, '--json')).stdout) as SpeakerList
    expect(second.speakers.map((s) => s.name)).toContain(`${name} (cached)`)
    expect(second.speakers.map((s) => s.name)).not.toContain(name)
  })
})
