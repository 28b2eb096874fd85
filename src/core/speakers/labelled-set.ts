// The hand-labelled Reuters paragraphs (testdata/reuters-speakers.jsonl, rules in testdata/LABELLING.md)
// and how a speaker found by the program is scored against a label.
import { readFileSync } from 'node:fs'
import type { Article } from '../../shared/types'
import { recordFromJson } from '../library/records'
import { recordParagraphs } from '../library/sources'

export type LabelKind = 'person' | 'organisation' | 'role' | 'none'

export interface Label {
  story: string
  paragraph: number
  kind: LabelKind
  speaker: string | null
  /** How the paragraph attributes: a quotation, reported speech, a pronoun or a description carried over. */
  via?: 'direct' | 'indirect' | 'pronoun' | 'carry'
  /** Other spellings a careful reader would accept as the same canonical name ("ENOF"). */
  accept?: string[]
  /**
   * `held-out`, `held-out-2` and `held-out-4`: labelled before the code they measure was changed and never looked
   * at while tuning. `tuning-3` was the third held-out set until 2026-12-02, when it was opened for study
   * (LABELLING.md). `held-out-5` was drawn after that, the one set still unseen: only its totals are printed.
   * `held-out-6` and `held-out-7` were drawn and labelled blind after that, each measured once unseen, then opened.
   */
  set: 'tuning' | 'held-out' | 'held-out-2' | 'tuning-3' | 'held-out-4' | 'held-out-5' | 'held-out-6' | 'held-out-7'
}

export const LABELS_FILES = [
  new URL('./testdata/reuters-speakers.jsonl', import.meta.url),
  new URL('./testdata/reuters-speakers-held-out-2.jsonl', import.meta.url),
  new URL('./testdata/reuters-speakers-tuning-3.jsonl', import.meta.url),
  new URL('./testdata/reuters-speakers-held-out-4.jsonl', import.meta.url),
  new URL('./testdata/reuters-speakers-held-out-5.jsonl', import.meta.url),
  new URL('./testdata/reuters-speakers-held-out-6.jsonl', import.meta.url),
  new URL('./testdata/reuters-speakers-held-out-7.jsonl', import.meta.url),
]

export function readLabels(): Label[] {
  return LABELS_FILES.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Label),
  )
}

/** The labelled stories as the library imports them: same record, same paragraph splitter, same indices. */
export function labelledArticles(reutersFile: string, ids: ReadonlySet<string>): Map<string, Article> {
  const articles = new Map<string, Article>()
  for (const line of readFileSync(reutersFile, 'utf8').split('\n')) {
    if (!line.includes('"id"')) continue
    const raw = JSON.parse(line) as { id: string }
    if (!ids.has(raw.id)) continue
    const record = recordFromJson(raw, reutersFile)
    if (typeof record === 'string') throw new Error(`${raw.id}: ${record}`)
    const { wrapped: _wrapped, places: _places, topics: _topics, ...summary } = record
    const paragraphs = recordParagraphs(record)
    articles.set(raw.id, { ...summary, paragraphs, paragraphCount: paragraphs.length })
  }
  return articles
}

/** Case, a leading "The", dots and spacing aside: "The Bell Group Ltd" is "Bell Group Ltd". */
export const normalName = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

export type Outcome = 'right' | 'wrong' | 'missed' | 'invented' | 'empty'

/**
 * right: the label's name (or an accepted spelling) and kind; wrong: another name; missed: nothing found
 * for an attributed paragraph; invented: a name for a paragraph that attributes nothing; empty: rightly nothing.
 */
export function score(label: Label, found: { name: string; kind: string } | null): Outcome {
  if (label.kind === 'none') return found ? 'invented' : 'empty'
  if (!found) return 'missed'
  const names = [label.speaker ?? '', ...(label.accept ?? [])].map(normalName)
  return names.includes(normalName(found.name)) && found.kind === label.kind ? 'right' : 'wrong'
}
