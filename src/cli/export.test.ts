// `cli export --format` as a user runs it: the three formats from one store, real processes.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { runCli, tempFolder } from './testing'

const home = tempFolder('stance-export-cli-')
const cliRun = (...args: string[]) =>
  runCli(args, { cwd: home(), env: { ...process.env, STANCE_USER_DATA: join(home(), 'userdata') } })

describe('cli export --format', () => {
  it('writes Markdown, CSV and REFI-QDA from the same highlights', async () => {
    const add = await cliRun(
      ...['highlight', 'add', '--article', '000_f6b6277f5f03b554', '--quote', 'Russia will not participate in it'],
      ...['--color', 'red', '--stance', 'opposes', '--topic', 'Arms race', '--tags', 'kremlin, arms race, INF'],
    )
    expect(add.code, add.stderr).toBe(0)
    // Made in the reader, filed under no topic: the topic export still takes it, its passage being on the topic.
    const reader = await cliRun(
      ...['highlight', 'add', '--article', '003_f4263936914beb7f', '--quote', 'preventing an arms race'],
      ...['--color', 'green'],
    )
    expect(reader.code, reader.stderr).toBe(0)

    const md = await cliRun('export', '--topic', 'Arms race')
    expect(md.code, md.stderr).toBe(0)
    expect(md.stdout).toMatch(/^---\ntitle: "Arms race: highlights"\n/)
    expect(md.stdout).toContain('#kremlin #arms-race #INF')
    expect(md.stdout).toContain('preventing an arms race')
    const strict = await cliRun('export', '--topic', 'Arms race', '--no-matching')
    expect(strict.stdout).not.toContain('preventing an arms race')

    const csvFile = join(home(), 'arms.csv')
    const csv = await cliRun('export', '--topic', 'Arms race', '--format', 'csv', '--out', csvFile)
    expect(csv.code, csv.stderr).toBe(0)
    expect(csv.stderr).toMatch(/exported 2 highlight\(s\) to .*arms\.csv/)
    const rows = Papa.parse<string[]>((await readFile(csvFile, 'utf8')).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data
    expect(rows).toHaveLength(3)
    expect(rows[1]!.slice(0, 3)).toEqual(['2019-03-19', 'Xinhua', expect.any(String)])

    // The format follows the file's extension when --format is not given.
    const qdpxFile = join(home(), 'all.qdpx')
    const qdpx = await cliRun('export', '--all', '--out', qdpxFile)
    expect(qdpx.code, qdpx.stderr).toBe(0)
    const entries = unzipSync(new Uint8Array(await readFile(qdpxFile)))
    expect(strFromU8(entries['project.qde']!)).toContain('<Project xmlns="urn:QDA-XML:project:1.0"')
    expect(Object.keys(entries).filter((name) => name.startsWith('sources/'))).toHaveLength(2)

    expect((await cliRun('export', '--all', '--format', 'qdpx')).stderr).toMatch(/give --out FILE\.qdpx/)
    const bad = await cliRun('export', '--all', '--format', 'docx')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--format must be one of md, csv, qdpx/)
  })
})
