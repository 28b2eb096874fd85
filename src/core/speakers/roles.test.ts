// Role descriptions ("the presidential press secretary", "the bank") and section headings on hand-made
// text, and on real Reuters stories that no speaker is ever made up.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { reutersArticle } from '../testing/library'
import { REUTERS_FILE } from '../testing/test-paths'
import { attributeSpeakers, speakersOf, type SpeakerInput } from './speaker'

const speakers = (...texts: string[]) => [...attributeSpeakers(texts.map((text, index) => ({ index, text }))).values()]

describe('role descriptions resolve to one named holder or to no one', () => {
  it("fills in the body a spokesman's words name: a company's first word, a body's own word, not another body", () => {
    expect(speakers('Shares in Acme Mining AG were halted, a bourse spokesman said.')).toEqual(['bourse spokesman'])
    expect(speakers('Tamura Corp will supply chips to a French firm, a Tamura spokesman said.')).toEqual([
      'Tamura Corp spokesman',
    ])
    expect(
      speakers(
        'Senator Jane Smith was admitted to Lakeside Memorial Hospital on Monday.',
        'A hospital spokesman said she was resting.',
      ),
    ).toEqual([null, 'Lakeside Memorial Hospital spokesman'])
  })
  it('reads synonyms of a title, also before the name appears', () => {
    expect(
      speakers(
        'Talks must go on, the presidential press secretary claimed.',
        'Kremlin Spokesman Dmitry Peskov said on Tuesday that the talks would go on.',
      ),
    ).toEqual(['Dmitry Peskov', 'Dmitry Peskov'])
  })

  it('gives no name when two holders fit the description', () => {
    expect(
      speakers(
        'Talks must go on, the presidential press secretary said.',
        'Kremlin spokesman Dmitry Peskov and White House spokesman Sean Spicer met on Monday.',
      ),
    ).toEqual([null, null])
  })

  it('keeps rank and portfolio apart: a deputy or a defence minister is not "the foreign minister"', () => {
    expect(
      speakers(
        'Deputy Foreign Minister Sergei Ryabkov said the talks had stalled.',
        'Talks will go on, the foreign minister said.',
      ),
    ).toEqual(['Sergei Ryabkov', 'foreign minister']) // a description of no one named stays a description
    expect(
      speakers(
        'Defence Minister Sergei Shoigu said the drills were over.',
        'Talks will go on, the foreign minister said.',
      ),
    ).toEqual(['Sergei Shoigu', 'foreign minister'])
  })

  it('lets a description add a place the role left out, but not contradict one', () => {
    expect(
      speakers('President Vladimir Putin said Russia was ready.', 'Nothing has changed, the Russian president said.'),
    ).toEqual(['Vladimir Putin', 'Vladimir Putin'])
    expect(
      speakers(
        'Ugandan President Yoweri Museveni said the border was closed.',
        'The Kenyan president said the border was open.',
      ),
    ).toEqual(['Yoweri Museveni', 'Kenyan president'])
  })

  it('does not give an anonymous "an analyst" the name of an analyst named later', () => {
    expect(
      speakers(
        'The loss was expected, said an oil analyst who asked not to be named.',
        '"Creditors must decide now," the analyst said.',
        '"It changes little," Peters and Co analyst Wilf Gobert said.',
      ),
    ).toEqual(['oil analyst', 'oil analyst', 'Wilf Gobert']) // the unnamed analyst stays a description
  })

  it('takes only "the …" for someone named: "one leading bank" and "a bank" are nobody', () => {
    expect(
      speakers('First Union National Bank said profits rose.', 'Rates will fall, a dealer at one leading bank said.'),
    ).toEqual(['First Union National Bank', null])
    expect(speakers('First Union National Bank said profits rose.', 'The bank said costs fell.')).toEqual([
      'First Union National Bank',
      'First Union National Bank',
    ])
  })

  it('keeps bodies with another portfolio apart', () => {
    expect(
      speakers(
        'The Russian Foreign Ministry said talks were possible.',
        'The drills are over, the defence ministry said.',
      ),
    ).toEqual(['Russian Foreign Ministry', null])
  })

  it('does not carry a quote over a paragraph that names someone else', () => {
    expect(
      speakers('"Rates will rise," Volcker said.', '"They will not," said analyst Jo Smith of Nikko as markets fell.'),
    ).toEqual(['Volcker', null])
  })
})

describe('one of a group, counted out, is a role as written', () => {
  it('reads "one trader", "a banker", "another dealer" before the verb and after it', () => {
    expect(speakers('Coffee prices fell on Monday, one trader said.')).toEqual(['trader'])
    expect(speakers('The rate cut came too late, a banker said.')).toEqual(['banker'])
    expect(speakers('Copper will stay weak, another dealer said.')).toEqual(['dealer'])
    expect(speakers('"The bid is too low," said one arbitrageur.')).toEqual(['arbitrageur'])
    expect(speakers('Sugar may recover by June, said a London broker.')).toEqual(['London broker'])
    expect(speakers('Crude will firm, said one oil trader in Tokyo.')).toEqual(['oil trader in Tokyo'])
  })

  it('does not give "the bankers" to the one banker counted out before', () => {
    expect(speakers('Rates will fall, a banker said.', 'The bankers said talks went well.')).toEqual([
      'banker',
      'bankers',
    ])
  })

  it('keeps the words as names in capitals, and as a title before a company', () => {
    expect(speakers('Home sales slowed in March, Coldwell Banker said.')).toEqual(['Coldwell Banker'])
    expect(speakers('Oil stocks rose last week, said Fundamental Brokers.')).toEqual(['Fundamental Brokers'])
    expect(speakers('Cocoa stocks rose, London-based dealer Gill and Duffus said.')).toEqual(['Gill and Duffus'])
  })
})

describe('section headings', () => {
  const withSections = (...paragraphs: Array<Omit<SpeakerInput, 'index'>>) => [
    ...attributeSpeakers(paragraphs.map((p, index) => ({ index, ...p }))).values(),
  ]

  it('speak with their section when it has one speaker, else with no one; a headline owns no section', () => {
    expect(
      withSections(
        { text: 'Kremlin hopes for treaty', heading: true, headline: true },
        { text: 'Treaty with Japan', heading: true },
        { text: 'A treaty must be signed, Kremlin spokesman Dmitry Peskov said.', section: 1 },
        { text: 'Japan remains a neighbour.', section: 1 },
        { text: '"We will keep working," he added.', section: 1 },
      ),
    ).toEqual([null, 'Dmitry Peskov', 'Dmitry Peskov', null, 'Dmitry Peskov'])
    expect(
      withSections(
        { text: 'Treaty with Japan', heading: true },
        { text: 'A treaty must be signed, Kremlin spokesman Dmitry Peskov said.', section: 0 },
        { text: 'Nothing is agreed, Prime Minister Shinzo Abe said.', section: 0 },
      ),
    ).toEqual([null, 'Dmitry Peskov', 'Shinzo Abe'])
  })
})

describe('speakers in Reuters stories', () => {
  const stories = readFileSync(REUTERS_FILE, 'utf8')
    .split('\n')
    .slice(0, 400)
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; title: string; body: string })

  it('only ever names words written in the story', () => {
    let named = 0
    for (const story of stories) {
      const found = speakersOf(reutersArticle(story))
      const text = story.body.toLowerCase()
      for (const speaker of found.values()) {
        if (speaker === null) continue
        named++
        for (const word of speaker.toLowerCase().split(' ')) expect(text, `${story.id}: ${speaker}`).toContain(word)
      }
    }
    expect(named).toBeGreaterThan(200)
  })
})
