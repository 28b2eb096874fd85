// highlight and export as a user runs them: real processes, a store in a fresh user data folder.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import { parse as parseYaml } from 'yaml'
import { describe, expect, it } from 'vitest'
import { runCli, tempFolder } from './testing'

const home = tempFolder('stance-hl-cli-')
const cliRun = (...args: string[]) =>
  runCli(args, { cwd: home(), env: { ...process.env, STANCE_USER_DATA: join(home(), 'userdata') } })

describe('cli highlight and export', () => {
  it('adds highlights to the app store, lists them, exports a topic and updates the file in place', async () => {
    const first = await cliRun(
      'highlight',
      'add',
      '--article',
      '000_f6b6277f5f03b554',
      '--quote',
      'Russia will not participate in it',
      '--color',
      'red',
      '--stance',
      'opposes',
      '--topic',
      'Arms race',
      '--tags',
      'inf,refusal',
      '--note',
      'key line',
      '--json',
    )
    expect(first.code, first.stderr).toBe(0)
    expect(JSON.parse(first.stdout)).toMatchObject({
      quote: 'Russia will not participate in it',
      color: 'red',
      stance: 'opposes',
      topic: 'Arms race',
      tags: ['inf', 'refusal'],
      status: 'exact',
    })
    // A quote typed on one line still finds text that spans a line break.
    const second = await cliRun(
      'highlight',
      'add',
      '--article',
      '003_f4263936914beb7f',
      '--quote',
      'the Russian foreign Ministry said Tuesday. "This fully applies',
      '--color',
      'green',
      '--stance',
      'supports',
      '--topic',
      'arms race',
    )
    expect(second.code, second.stderr).toBe(0)

    const missing = await cliRun(
      'highlight',
      'add',
      '--article',
      '000_f6b6277f5f03b554',
      '--quote',
      'Russia will happily join an arms race',
    )
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/the quote does not occur in article 000_f6b6277f5f03b554/)
    const badFlag = await cliRun('highlight', 'add', '--article', 'x', '--colour', 'red')
    expect(badFlag.code).toBe(2)
    expect(badFlag.stderr).toMatch(/usage: cli highlight add/)

    const list = await cliRun('highlight', 'list', '--json')
    expect(JSON.parse(list.stdout).map((h: { articleId: string }) => h.articleId)).toEqual([
      '000_f6b6277f5f03b554',
      '003_f4263936914beb7f',
    ])

    const out = join(home(), 'arms.md')
    await writeFile(out, '# My notes on the arms race\n\nWritten by me.\n')
    const exported = await cliRun('export', '--topic', 'Arms race', '--out', out)
    expect(exported.code, exported.stderr).toBe(0)
    const text = await readFile(out, 'utf8')
    const fm = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!)
    expect([fm['published-from'], fm['published-to']]).toEqual(['2019-03-19', '2019-09-24'])
    expect([fm.articles, fm.highlights, fm.orphans]).toEqual([2, 2, 0])
    const headings = new MarkdownIt()
      .parse(text.replace(/^---\n[\s\S]*?\n---\n/, ''), {})
      .filter((t) => t.type === 'heading_open').length
    expect(headings).toBe(4)
    expect(text).toContain('# My notes on the arms race\n\nWritten by me.\n\n<!-- stance-reader:begin -->')

    const stdout = await cliRun('export', '--article', '000_f6b6277f5f03b554')
    expect(stdout.stdout).toMatch(/^---\n/)
    expect(stdout.stdout).toContain('> [!quote|red] opposes')
    expect((await cliRun('export', '--all', '--topic', 'x')).code).toBe(2)
  })
})
