// Term precision on real news: every match of the sample terms in the sampled Reuters articles has been read
// and labelled by hand (test-data/term-precision). A match the matcher finds that nobody labelled fails the
// test, so the figure printed is over every match, not over the ones that happen to be labelled.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT, REUTERS_FILE } from '../testing/test-paths'
import { compileTerm, findTerm, tokenize } from './match'

interface Labelled {
  term: string
  articleId: string
  start: number
  match: string
  correct: boolean
}

/** Below these, a change to the rules made matching worse; the figures themselves are in docs/term-precision.md. */
const PRECISION_FLOOR = 0.95
const RECALL_FLOOR = 0.8

const bodies = new Map<string, string>()
for (const line of readFileSync(REUTERS_FILE, 'utf8').split('\n')) {
  if (!line) continue
  const record = JSON.parse(line) as { id: string; body?: string }
  bodies.set(record.id, record.body ?? '')
}

function measure(file: string) {
  const { matches } = JSON.parse(readFileSync(`${REPO_ROOT}test-data/term-precision/${file}`, 'utf8')) as {
    matches: Labelled[]
  }
  const labels = new Map(matches.map((m) => [`${m.term}\t${m.articleId}\t${m.start}`, m]))
  const groups = new Set(matches.map((m) => `${m.term}\t${m.articleId}`))
  const unlabelled: string[] = []
  let found = 0
  let correct = 0
  for (const group of groups) {
    const [term, articleId] = group.split('\t') as [string, string]
    const body = bodies.get(articleId)
    expect(body, articleId).toBeDefined()
    for (const [start, end] of findTerm(compileTerm(term), tokenize(body as string))) {
      const label = labels.get(`${group}\t${start}`)
      if (!label) {
        unlabelled.push(`${term} in ${articleId} at ${start}: ${(body as string).slice(start, end)}`)
        continue
      }
      found++
      if (label.correct) correct++
    }
  }
  const allCorrect = matches.filter((m) => m.correct).length
  return {
    unlabelled,
    terms: new Set(matches.map((m) => m.term)).size,
    labelled: matches.length,
    found,
    precision: correct / found,
    recall: correct / allCorrect,
    before: allCorrect / matches.length,
  }
}

describe.each(['reuters-sample.json', 'reuters-heldout.json'])('term precision on Reuters: %s', (file) => {
  it('every match is labelled, and precision and recall hold their floor', () => {
    const result = measure(file)
    expect(result.unlabelled, 'matches nobody has read: label them in the file').toEqual([])
    console.log(
      `${file}: ${result.terms} terms, ${result.labelled} labelled matches; ` +
        `precision ${(result.precision * 100).toFixed(1)}% of ${result.found} found, ` +
        `recall ${(result.recall * 100).toFixed(1)}% of the correct ones ` +
        `(one free gap word, any punctuation: ${(result.before * 100).toFixed(1)}%)`,
    )
    expect(result.terms).toBeGreaterThanOrEqual(file.includes('sample') ? 10 : 5)
    expect(result.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR)
    expect(result.recall).toBeGreaterThanOrEqual(RECALL_FLOOR)
  })
})
