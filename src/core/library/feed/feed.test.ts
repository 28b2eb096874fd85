import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFeedFile } from './feed'

const text = (name: string) => readFileSync(join(import.meta.dirname, 'testdata', name), 'utf8')
const paragraphsOf = (record: { body: string; paragraphs: Array<{ start: number; end: number }> }) =>
  record.paragraphs.map((p) => record.body.slice(p.start, p.end))

describe('parseFeedFile', () => {
  it('makes an RSS file one article per item, with its content, date and the channel as source', () => {
    const { records, problems } = parseFeedFile('guardian.rss', text('guardian.rss'))
    expect(problems).toEqual([])
    expect(records.length).toBe((text('guardian.rss').match(/<item>/g) ?? []).length)
    const [first] = records
    expect(first).toMatchObject({
      title: 'Trump State of the Union address promised unity but emphasized discord',
      date: '2018-01-31',
      source: 'The Guardian',
      author: 'David Smith in Washington',
      url: 'https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord',
      origin: 'guardian.rss:1',
    })
    const paragraphs = paragraphsOf(first!)
    expect(paragraphs[0]).toBe(
      'The president’s ‘new American moment’ speech stirred Republican applause while Democrats showed thinly disguised contempt',
    )
    expect(paragraphs[1]).toMatch(/^Donald Trump has promised a “new American moment” in a State of the Union address/)
    expect(paragraphs.some((p) => p.includes('<'))).toBe(false)
    // ids are stable and distinct: importing the same feed again finds the same stories
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length)
    expect(parseFeedFile('guardian.rss', text('guardian.rss')).records.map((r) => r.id)).toEqual(
      records.map((r) => r.id),
    )
  })

  it('reads an Atom file: full content, the published day in its own offset, the feed title as source', () => {
    const { records } = parseFeedFile('heise.atom', text('heise.atom'))
    expect(records.length).toBe((text('heise.atom').match(/<entry>/g) ?? []).length)
    expect(records[0]).toMatchObject({
      title: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
      date: '2016-02-01',
      source: 'heise developer neueste Meldungen',
      url: expect.stringMatching(/^http:\/\/www\.heise\.de\/developer\/meldung\/Java-Anwendungsserver/),
    })
    expect(paragraphsOf(records[0]!)).toContain(
      'Die nun verfügbare Version 10 des Enterprise-Java-Servers stellt die Basis für Red Hats kommerzielle JBoss Enterprise Application Platform 7 ist zugleich das dritte größere Release seit dem Namenswechsel des Open-Source-Projekts.',
    )
    // each entry keeps the day written in its own offset (+01:00)
    const dates = records.map((r) => r.date)
    expect(dates).toContain('2016-01-29')
  })

  it('lets the source the user names win, and reports a file that is not a feed', () => {
    expect(parseFeedFile('heise.atom', text('heise.atom'), { source: 'Heise' }).records[0]?.source).toBe('Heise')
    const broken = parseFeedFile('notes.xml', '<notes><note>hi</note></notes>')
    expect(broken.records).toEqual([])
    expect(broken.problems[0]).toMatchObject({
      file: 'notes.xml',
      reason: expect.stringMatching(/not an RSS or Atom feed/),
    })
  })
})
