// The compare command as a user runs it: a real process, from a folder other than the repo.
import { describe, expect, it } from 'vitest'
import { chooseTopic, readableComparison } from './compare'
import { presetTopics } from '../core/topics'
import { runCli, tempFolder } from './testing'

const elsewhere = tempFolder('stance-cli-')
const cliCompare = (...args: string[]) => runCli(['compare', ...args], { cwd: elsewhere() })

describe('cli compare', () => {
  it("prints the issue's JSON shape for a preset, over the bundled corpus, in date order", async () => {
    const { code, stdout } = await cliCompare('--topic', 'Japan peace treaty', '--json')
    expect(code).toBe(0)
    const out = JSON.parse(stdout)
    expect(Object.keys(out).sort()).toEqual(['columns', 'terms', 'topic'])
    expect(out.topic).toBe('Japan peace treaty')
    expect(out.terms).toContain('peace treaty')
    expect(out.columns.map((c: { date: string }) => c.date)).toEqual([
      '2019-03-19',
      '2019-07-04',
      '2019-09-05',
      '2019-09-24',
      '2025-01-24',
    ])
    for (const column of out.columns) {
      expect(Object.keys(column).sort()).toEqual(['articleId', 'date', 'mentioned', 'passages', 'source', 'title'])
      expect(column.mentioned).toBe(column.passages.length > 0)
      for (const passage of column.passages)
        expect(Object.keys(passage).sort()).toEqual(['end', 'paragraph', 'speaker', 'start', 'text'])
    }
    expect(
      out.columns.filter((c: { mentioned: boolean }) => c.mentioned).map((c: { articleId: string }) => c.articleId),
    ).toEqual(['000_f6b6277f5f03b554'])
  })

  it('defines a topic with --terms, and names the presets when the topic is unknown', async () => {
    const custom = await cliCompare('--topic', 'Kurils', '--terms', 'Southern Kurils, +Japan', '--json')
    expect(custom.code).toBe(0)
    const out = JSON.parse(custom.stdout)
    expect(out.terms).toEqual(['Southern Kurils', '+Japan'])
    expect(out.columns.filter((c: { mentioned: boolean }) => c.mentioned)).toHaveLength(1)

    const unknown = await cliCompare('--topic', 'Tariffs')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/unknown topic "Tariffs"; presets: Arms race, Japan peace treaty, NATO spending/)
  })
})

describe('compare command parts', () => {
  it("--terms replaces a preset's terms when the name matches, keeping its name", () => {
    const topic = chooseTopic('arms race', 'hypersonic', presetTopics())
    expect(topic).toMatchObject({ name: 'Arms race', terms: ['hypersonic'], coTerms: [] })
    expect(() => chooseTopic('x', '+Japan', presetTopics())).toThrow(/no terms/)
  })

  it('prints a readable summary: one block per article, passages with speakers, absence shown', () => {
    // 40 characters hold one column, so the two articles stack as blocks, one under the other.
    const text = readableComparison(
      {
        topic: 'T',
        terms: ['a'],
        columns: [
          {
            articleId: 'one',
            date: '2020-01-01',
            source: 'S',
            title: 'First',
            mentioned: true,
            passages: [{ paragraph: 2, start: 0, end: 5, text: 'a b c', speaker: null, marks: [[0, 1]] }],
          },
          { articleId: 'two', date: null, source: null, title: 'Second', mentioned: false, passages: [] },
        ],
      },
      40,
    )
    expect(text).toContain('T: 1 of 2 articles address it')
    expect(text).toContain('¶3 · speaker unknown') // numbered from 1, as in the reader
    expect(text).toContain('**a** b c')
    expect(text).toMatch(
      /Not mentioned in 1 article, undated:\n {2}by source: \(no source\) 1\n {2}undated · Unknown source · Second · t/,
    )
  })

  it('prints side by side within --width, or 120 when piped; a bad width is a usage error', async () => {
    const narrow = await cliCompare('--topic', 'Arms race', '--width', '70')
    expect(narrow.code).toBe(0)
    const lines = narrow.stdout.trimEnd().split('\n')
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(70)
    expect(lines.some((line) => line.includes(' │ '))).toBe(true)
    expect(narrow.stdout).toContain('¶2 · RUSSIAN FOREIGN MINISTRY')

    const piped = await cliCompare('--topic', 'Arms race')
    const widest = Math.max(...piped.stdout.split('\n').map((line) => [...line].length))
    expect(widest).toBeLessThanOrEqual(120)
    expect(widest).toBeGreaterThan(100)

    const bad = await cliCompare('--topic', 'Arms race', '--width', 'ten')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--width must be a whole number from 26 to 10000, not "ten"/)
  })
})
