// The speaker attribution cache on disk, over Reuters stories: each load reads fresh article objects, as a
// restart does, so an attribution there came from the file or was worked out again.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Article } from '../../shared/types'
import { loadCorpusDir } from '../corpus'
import { reutersArticle } from '../testing/library'
import { BUNDLED_CORPUS, REUTERS_FILE } from '../testing/test-paths'
import { SPEAKER_CACHE_FILE, SpeakerCache } from './cache'
import { SPEAKER_CACHE_FORMAT } from './cache-file'
import { SpeakerLedger } from './ledger'
import { attributionsOf, hasAttributions, readSpeakers, warmSpeakers } from './speaker'

const lines = readFileSync(REUTERS_FILE, 'utf8')
  .split('\n')
  .slice(0, 300)
  .filter((line) => line.trim())

/** The stories as new article objects, as a restart reads them. */
function stories(): Article[] {
  return lines.map((line) => {
    const story = JSON.parse(line) as { id: string; title: string; body: string }
    return reutersArticle(story, 'Reuters')
  })
}

/** Attribution worked out from the text, bypassing every cache. */
const fromText = (a: Article) =>
  readSpeakers(
    a.paragraphs.map((p) => ({
      index: p.index,
      text: a.body.slice(p.start, p.end),
      chrome: p.kind === 'chrome',
      heading: p.kind === 'heading',
      headline: p.headline,
      section: p.section,
    })),
  )

let dir: string
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'stance-speaker-cache-'))))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A first run: nothing on disk, every article worked out, the file written. */
async function firstRun(rules = 'rules-a'): Promise<Article[]> {
  const articles = stories()
  const cache = new SpeakerCache(dir, rules)
  expect(await cache.load(articles)).toBe(0)
  expect(cache.state).toBe('missing')
  expect(warmSpeakers(articles)).toBe(articles.length)
  expect(await cache.save(articles)).toBe(true)
  return articles
}

describe('SpeakerCache', () => {
  it('gives a restart every unchanged article as attribution would, and the same ledger', async () => {
    const before = await firstRun()
    const articles = stories()
    const cache = new SpeakerCache(dir, 'rules-a')
    expect(await cache.load(articles)).toBe(articles.length)
    expect(cache.state).toBe('read')
    expect(articles.every(hasAttributions)).toBe(true)
    expect(warmSpeakers(articles)).toBe(0) // nothing left to work out
    for (const a of articles) expect(attributionsOf(a)).toEqual(fromText(a))
    const speaking = articles.filter((a) => [...attributionsOf(a).byParagraph.values()].some(Boolean))
    expect(speaking.length).toBeGreaterThan(50)
    expect(SpeakerLedger.build(articles).list()).toEqual(SpeakerLedger.build(before).list())
    expect(await cache.save(articles)).toBe(false) // the file holds just these already
  })

  it('works out again an article whose text changed, and only that one', async () => {
    await firstRun()
    const articles = stories()
    const i = articles.findIndex((a) => [...attributionsOf({ ...a }).byParagraph.values()].some(Boolean))
    const changed = articles[i] as Article
    const said = changed.body.replace(/\bsaid\b/, 'denied')
    expect(said).not.toBe(changed.body)
    articles[i] = { ...changed, body: said }
    const cache = new SpeakerCache(dir, 'rules-a')
    expect(await cache.load(articles)).toBe(articles.length - 1)
    expect(hasAttributions(articles[i] as Article)).toBe(false)
    expect(warmSpeakers(articles)).toBe(1)
    expect(await cache.save(articles)).toBe(true)
    const again = stories()
    again[i] = { ...(again[i] as Article), body: said }
    expect(await new SpeakerCache(dir, 'rules-a').load(again)).toBe(articles.length)
    expect(attributionsOf(again[i] as Article)).toEqual(fromText(again[i] as Article))
  })

  it("takes the rows of a search's matches before the warm-up loads the rest, and nothing once it has", async () => {
    await firstRun()
    const articles = stories()
    const i = articles.findIndex((a) => [...attributionsOf({ ...a }).byParagraph.values()].some(Boolean))
    articles[i] = { ...(articles[i] as Article), body: (articles[i] as Article).body.replace(/\bsaid\b/, 'denied') }
    const matches = articles.filter((_, n) => n % 3 === 0 || n === i)
    const cache = new SpeakerCache(dir, 'rules-a')
    const unchanged = matches.filter((a) => a !== articles[i])
    expect(await cache.take(matches)).toBe(unchanged.length)
    expect(hasAttributions(articles[i] as Article)).toBe(false) // its text changed: worked out, not taken
    for (const a of unchanged) expect(attributionsOf(a)).toEqual(fromText(a))
    expect(articles.filter(hasAttributions)).toHaveLength(unchanged.length) // no others decoded into place
    expect(await cache.load(articles)).toBe(articles.length - 1 - unchanged.length)
    expect(cache.state).toBe('read')
    expect(await cache.take(stories())).toBe(0)
    expect(await new SpeakerCache(dir, 'rules-b').take(stories())).toBe(0)
  })

  it('takes the whole rows of a file cut short, and only those', async () => {
    await firstRun()
    const file = join(dir, SPEAKER_CACHE_FILE)
    const text = readFileSync(file, 'utf8')
    const cut = text.indexOf(',', text.length / 2) + 1
    writeFileSync(file, text.slice(0, cut))
    const whole = text.slice(0, cut).split('\n').length - 3 // header, names and the row cut short
    const articles = stories()
    expect(await new SpeakerCache(dir, 'rules-a').take(articles)).toBe(whole)
    for (const a of articles.filter(hasAttributions)) expect(attributionsOf(a)).toEqual(fromText(a))
  })

  it('takes nothing made under other rules, and writes the file anew', async () => {
    await firstRun('rules-a')
    const articles = stories()
    const cache = new SpeakerCache(dir, 'rules-b')
    expect(await cache.load(articles)).toBe(0)
    expect(cache.state).toBe('other-rules')
    warmSpeakers(articles)
    expect(await cache.save(articles)).toBe(true)
    expect(await new SpeakerCache(dir, 'rules-b').load(stories())).toBe(articles.length)
    expect(await new SpeakerCache(dir, 'rules-a').load(stories())).toBe(0)
  })

  it('ignores a damaged file and writes a good one over it', async () => {
    await firstRun()
    const file = join(dir, SPEAKER_CACHE_FILE)
    const text = readFileSync(file, 'utf8')
    const lines = text.split('\n')
    const misshapen = [...lines.slice(0, 2), '[7,"x",[],[]]', ...lines.slice(3)].join('\n')
    // Cut short right after a comma, so the cut never lands between two whole lines.
    const cutShort = text.slice(0, text.indexOf(',', text.length / 2) + 1)
    for (const damaged of [cutShort, 'not json', misshapen]) {
      writeFileSync(file, damaged)
      const articles = stories()
      const cache = new SpeakerCache(dir, 'rules-a')
      expect(await cache.load(articles)).toBe(0)
      expect(cache.state).toBe('unreadable')
      warmSpeakers(articles)
      expect(await cache.save(articles)).toBe(true)
      expect(await new SpeakerCache(dir, 'rules-a').load(stories())).toBe(articles.length)
    }
  })

  it('works out again what a file of an older format holds, and writes it anew', async () => {
    await firstRun()
    const file = join(dir, SPEAKER_CACHE_FILE)
    // Format 1, as the app before wrote it: no section headings on a row.
    const [, names, ...rows] = readFileSync(file, 'utf8').split('\n')
    const older = rows.filter(Boolean).map((row) => JSON.stringify((JSON.parse(row) as unknown[]).slice(0, 4)))
    writeFileSync(file, [JSON.stringify({ format: 1, rules: 'rules-a' }), names, ...older, ''].join('\n'))
    const articles = stories()
    const cache = new SpeakerCache(dir, 'rules-a')
    expect(await cache.load(articles)).toBe(0)
    expect(cache.state).toBe('other-rules')
    warmSpeakers(articles)
    expect(await cache.save(articles)).toBe(true)
    expect(await new SpeakerCache(dir, 'rules-a').load(stories())).toBe(articles.length)
  })

  it('keeps the section headings: a ledger from the file files none, reading no body', async () => {
    const seeds = async () => (await loadCorpusDir(BUNDLED_CORPUS)).articles
    const first = await seeds()
    warmSpeakers(first)
    expect(await new SpeakerCache(dir, 'rules-a').save(first)).toBe(true)
    const japan = first.find((a) => a.id === '000_f6b6277f5f03b554')!
    const heading = japan.paragraphs.findIndex((p) => japan.body.slice(p.start, p.end) === 'Treaty with Japan')
    // It speaks with its section (the comparison shows that), so only the mark keeps it out of the ledger.
    expect(attributionsOf(japan).byParagraph.get(heading)?.name).toBe('Dmitry Peskov')

    const again = await seeds()
    expect(await new SpeakerCache(dir, 'rules-a').load(again)).toBe(again.length)
    const unread = () => {
      throw new Error('the ledger read a body')
    }
    for (const a of again) Object.defineProperties(a, { body: { get: unread }, paragraphs: { get: unread } })
    const ledger = SpeakerLedger.build(again)
    expect(ledger.list()).toEqual(SpeakerLedger.build(first).list())
    expect(ledger.speakerAt(japan.id, heading)).toBeNull()
    expect(ledger.speakerAt(japan.id, heading + 1)?.name).toBe('Dmitry Peskov')
  })

  it('leaves a file of a newer format as it is', async () => {
    const file = join(dir, SPEAKER_CACHE_FILE)
    const newer = JSON.stringify({ format: SPEAKER_CACHE_FORMAT + 1, rules: 'rules-a', something: [] })
    writeFileSync(file, newer)
    const articles = stories()
    const cache = new SpeakerCache(dir, 'rules-a')
    expect(await cache.load(articles)).toBe(0)
    expect(cache.state).toBe('newer')
    warmSpeakers(articles)
    expect(await cache.save(articles)).toBe(false)
    // Nor does a save without a load first write over it.
    expect(await new SpeakerCache(dir, 'rules-a').save(articles)).toBe(false)
    expect(readFileSync(file, 'utf8')).toBe(newer)
  })
})
