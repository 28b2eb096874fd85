// The .qdpx as a QDA tool reads it: a zip whose project.qde is valid against the REFI-QDA Project schema
// (xmllint --schema, the real validator) and whose every selection, counted in code points in its
// plain-text source, holds the highlighted text.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, ExportRequest, PlacedHighlight } from '../../shared/types'
import { loadCorpusDir } from '../corpus'
import { Highlights } from '../highlights/service'
import { openStore } from '../highlights/store'
import { BUNDLED_CORPUS } from '../testing/test-paths'
import { presetTopics } from '../topics'
import { highlightsExporter } from './index'
import { codePointOffset, guidFor } from './qdpx-project'

const SCHEMA = join(import.meta.dirname, 'testdata/refi-qda/Project-mrt2019.xsd')
const TASS = '000_f6b6277f5f03b554'
const XINHUA = '003_f4263936914beb7f'
const WIDE = 'wide-characters'
// Characters outside the Basic Multilingual Plane before the highlight: UTF-16 and code points disagree.
const WIDE_ARTICLE = `---
id: ${WIDE}
title: "Flags 🇷🇺🇯🇵 and 𝔐𝔞𝔱𝔥 before the passage"
source: Test Wire
date: 2019-05-01
language: en
---
Leaders 🇷🇺 and 🇯🇵 met; 𝔗𝔥𝔢 𝔱𝔢𝔵𝔱 is set in fraktur 😀.

The two sides agreed to continue the peace treaty talks in June, the ministry said.
`

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0
if (!hasXmllint)
  console.log('qdpx.test: xmllint is not installed (apt-get install libxml2-utils): schema checks skipped')

let dir: string
let articles: Map<string, Article>
let current: Map<string, Article>
let placed: PlacedHighlight[]

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) =>
    ['TextSource', 'PlainTextSelection', 'Coding', 'Code', 'Note', 'NoteRef', 'VariableValue'].includes(name),
})

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qdpx-'))
  const corpus = join(dir, 'corpus')
  execFileSync('mkdir', ['-p', corpus])
  for (const file of readdirSync(BUNDLED_CORPUS)) copyFileSync(join(BUNDLED_CORPUS, file), join(corpus, file))
  writeFileSync(join(corpus, 'wide.md'), WIDE_ARTICLE)
  articles = new Map((await loadCorpusDir(corpus)).articles.map((a) => [a.id, a]))
  current = new Map(articles)
  const highlights = new Highlights(openStore(join(dir, 'h.json')), (id) => current.get(id))
  const add = (articleId: string, quote: string, extra: object) => {
    const start = articles.get(articleId)!.body.indexOf(quote)
    expect(start, quote).toBeGreaterThanOrEqual(0)
    return highlights.add({ articleId, start, end: start + quote.length, color: 'yellow', ...extra })
  }
  add(TASS, 'Russia will not participate in it', {
    color: 'red',
    stance: 'opposes',
    topic: 'Arms race',
    tags: ['INF', 'arms race'],
    note: 'A note with <markup> & "quotes", a control \u0001 character and\r\nWindows lines.',
  })
  add(XINHUA, 'Russia is open to discussing solutions aimed at preventing an arms race', { color: 'green' })
  add(WIDE, 'continue the peace treaty talks in June', { color: 'blue', topics: ['Japan peace treaty', 'Summits'] })
  add(TASS, 'One of the participants of the meeting provided TASS with a recording', { note: 'sourcing' })
  // The TASS article is revised: the sourcing sentence is gone, so that highlight is an orphan.
  const tass = articles.get(TASS)!
  const sentence = 'One of the participants of the meeting provided TASS with a recording of the conversation.'
  current.set(TASS, { ...tass, body: tass.body.replace(sentence, '') })
  placed = highlights.list()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function exportQdpx(request: Omit<ExportRequest, 'format'>) {
  const exporter = highlightsExporter({
    highlights: { list: () => placed },
    topics: { list: presetTopics },
    now: () => new Date('2025-02-01T12:00:00Z'),
  })
  const file = exporter({ ...request, format: 'qdpx' }, current)
  expect(file.fileName).toMatch(/\.qdpx$/)
  const entries = unzipSync(file.content as Uint8Array)
  const xml = strFromU8(entries['project.qde']!)
  return { file, entries, xml, project: parser.parse(xml).Project }
}

function validate(xml: string): { status: number | null; output: string } {
  const path = join(dir, `project-${Math.random().toString(36).slice(2)}.qde`)
  writeFileSync(path, xml)
  const run = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, path], { encoding: 'utf8' })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

describe('REFI-QDA export', () => {
  it.skipIf(!hasXmllint)('writes a project.qde that is valid against the REFI-QDA Project schema', () => {
    for (const scope of [{ kind: 'all' as const }, { kind: 'topic' as const, topic: 'Arms race' }]) {
      const { xml } = exportQdpx({ scope })
      const result = validate(xml)
      expect(result.output).toContain('validates')
      expect(result.status, result.output).toBe(0)
    }
  })

  it.skipIf(!hasXmllint)('the schema check can fail: a selection without positions is refused', () => {
    const { xml } = exportQdpx({ scope: { kind: 'all' } })
    const broken = xml.replace(/ startPosition="\d+"/, '')
    expect(validate(broken).status).not.toBe(0)
  })

  it('holds each source as plain text, and each selection reads back its highlighted text', () => {
    const { entries, project, file } = exportQdpx({ scope: { kind: 'all' } })
    expect(project.xmlns).toBe('urn:QDA-XML:project:1.0')
    const sources = project.Sources.TextSource as Array<Record<string, unknown>>
    expect(sources.map((s) => s.name)).toEqual(
      expect.arrayContaining([articles.get(TASS)!.title, articles.get(XINHUA)!.title, articles.get(WIDE)!.title]),
    )
    let checked = 0
    for (const source of sources) {
      const path = String(source.plainTextPath)
      expect(path).toMatch(/^internal:\/\/[0-9a-f-]{36}\.txt$/)
      const bytes = entries[`sources/${path.slice('internal://'.length)}`]
      expect(bytes, path).toBeDefined()
      const points = [...strFromU8(bytes!)]
      for (const selection of source.PlainTextSelection as Array<Record<string, string>>) {
        const h = placed.find((x) => guidFor('selection', x.id) === selection.guid)!
        const text = points.slice(Number(selection.startPosition), Number(selection.endPosition)).join('')
        expect(text).toBe(h.quote)
        checked++
      }
    }
    expect(checked).toBe(3)
    expect(file.count).toBe(4)
    expect(file.orphans).toBe(1)
    // Positions are code points: in the wide article they differ from UTF-16 offsets.
    const wide = placed.find((h) => h.articleId === WIDE)!
    expect(codePointOffset(articles.get(WIDE)!.body, wide.current!.start)).toBeLessThan(wide.current!.start)
  })

  it('codes each selection with its topics, stance, colour and tags, and refers to its note', () => {
    const { project } = exportQdpx({ scope: { kind: 'all' } })
    const codes = new Map<string, string>()
    const groups = project.CodeBook.Codes.Code as Array<Record<string, unknown>>
    for (const group of groups) {
      expect(group.isCodable).toBe('false')
      for (const code of group.Code as Array<Record<string, string>>)
        codes.set(code.guid!, `${group.name}/${code.name}`)
    }
    expect([...codes.values()]).toEqual(
      expect.arrayContaining(['Topics/Arms race', 'Stances/opposes', 'Colours/red', 'Tags/INF', 'Tags/arms-race']),
    )
    const red = groups.find((g) => g.name === 'Colours')!.Code as Array<Record<string, string>>
    expect(red.every((c) => /^#[0-9A-F]{6}$/.test(c.color!))).toBe(true)

    const selections = (project.Sources.TextSource as Array<Record<string, unknown>>).flatMap(
      (s) => s.PlainTextSelection as Array<Record<string, unknown>>,
    )
    const opposes = placed.find((h) => h.stance === 'opposes')!
    const selection = selections.find((s) => s.guid === guidFor('selection', opposes.id))!
    const coded = (selection.Coding as Array<{ CodeRef: { targetGUID: string } }>).map((c) =>
      codes.get(c.CodeRef.targetGUID),
    )
    expect(coded.sort()).toEqual(['Colours/red', 'Stances/opposes', 'Tags/INF', 'Tags/arms-race', 'Topics/Arms race'])
    const wide = selections.find((s) => s.guid === guidFor('selection', placed.find((h) => h.articleId === WIDE)!.id))!
    expect((wide.Coding as unknown[]).length).toBe(3) // two topics and a colour

    const notes = project.Notes.Note as Array<{ guid: string; name: string; PlainTextContent: string }>
    const noteRef = (selection.NoteRef as Array<{ targetGUID: string }>)[0]!.targetGUID
    expect(notes.find((n) => n.guid === noteRef)!.PlainTextContent).toBe(
      'A note with <markup> & "quotes", a control \uFFFD character and\nWindows lines.',
    )
    // The orphan travels as a project note with its quote.
    const orphan = notes.find((n) => n.name.startsWith('Orphaned highlight'))!
    expect(orphan.PlainTextContent).toContain('One of the participants of the meeting provided TASS with a recording')
  })

  it('a topic export codes every selection with the topic, including passages that only match its terms', () => {
    const { project } = exportQdpx({ scope: { kind: 'topic', topic: 'Arms race' } })
    const selections = (project.Sources.TextSource as Array<Record<string, unknown>>).flatMap(
      (s) => s.PlainTextSelection as Array<Record<string, unknown>>,
    )
    // The Xinhua highlight was made in the reader, filed under no topic: its passage names the arms race.
    const xinhua = placed.find((h) => h.articleId === XINHUA)!
    expect(selections.map((s) => s.guid)).toContain(guidFor('selection', xinhua.id))
    const topicCode = guidFor('code:Topics', 'arms race')
    for (const s of selections)
      expect((s.Coding as Array<{ CodeRef: { targetGUID: string } }>).map((c) => c.CodeRef.targetGUID)).toContain(
        topicCode,
      )
    const without = exportQdpx({ scope: { kind: 'topic', topic: 'Arms race' }, matching: false }).project
    const only = (without.Sources.TextSource as Array<Record<string, unknown>>).flatMap(
      (s) => s.PlainTextSelection as Array<Record<string, unknown>>,
    )
    expect(only.map((s) => s.guid)).not.toContain(guidFor('selection', xinhua.id))
  })

  it('gives the same GUIDs and bytes when exported again', () => {
    const a = exportQdpx({ scope: { kind: 'all' } }).file.content as Uint8Array
    const b = exportQdpx({ scope: { kind: 'all' } }).file.content as Uint8Array
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true)
  })
})
