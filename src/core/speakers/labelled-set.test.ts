// Speakers against hand-labelled Reuters paragraphs (testdata/, rules in testdata/LABELLING.md): prints
// accuracy per kind and per way of attributing, for each set apart. SPEAKERS_FAILURES=1 also prints every
// paragraph a set gets wrong: since 2026-12-02 every earlier set's failures are studied (LABELLING.md); held-out-5,
// drawn after that, is the unseen one and its failures are never printed.
import { describe, expect, it } from 'vitest'
import { REUTERS_FILE } from '../testing/test-paths'
import { labelledArticles, readLabels, score, type Label, type Outcome } from './labelled-set'
import { attributionsOf } from './speaker'

const labels = readLabels()
const showFailures = Boolean(process.env.SPEAKERS_FAILURES)
/** Sets whose failing paragraphs are never listed, so that their figures stay an unseen measure. */
const unseen = new Set<Label['set']>(['held-out-5'])
/** How each set is printed: the held-out sets were unseen until their failures were opened for study. */
const setTitle: Record<Label['set'], string> = {
  tuning: 'tuning',
  'held-out': 'held-out (failures studied from 2026-12-02)',
  'held-out-2': 'held-out-2 (failures studied from 2026-12-02)',
  'tuning-3': 'tuning-3 (was held-out-3, studied from 2026-12-02)',
  'held-out-4': 'held-out-4 (failures studied from 2026-12-02)',
  'held-out-5': 'held-out-5 (unseen: totals only)',
  'held-out-6': 'held-out-6 (unseen until its first figure, then studied)',
  'held-out-7': 'held-out-7 (unseen until its first figure, then studied)',
}
/** How many stories a set's paragraphs come from. */
const storiesIn = (set: Label['set']) => new Set(labels.filter((l) => l.set === set).map((l) => l.story)).size
const articles = labelledArticles(REUTERS_FILE, new Set(labels.map((l) => l.story)))

interface Tally {
  attributed: number
  right: number
  wrongNames: number
  paragraphs: number
  byKind: Map<string, Map<Outcome, number>>
  failures: string[]
}

function measure(set: Label['set']): Tally {
  const tally: Tally = { attributed: 0, right: 0, wrongNames: 0, paragraphs: 0, byKind: new Map(), failures: [] }
  for (const label of labels.filter((l) => l.set === set)) {
    const article = articles.get(label.story)
    if (!article) throw new Error(`${label.story} is not in ${REUTERS_FILE}`)
    const found = attributionsOf(article).byParagraph.get(label.paragraph) ?? null
    const outcome = score(label, found)
    const paragraph = article.paragraphs[label.paragraph]
    if (paragraph && outcome !== 'right' && outcome !== 'empty')
      tally.failures.push(
        `  ${outcome.padEnd(8)} ${label.story}#${label.paragraph} want ${label.kind}:${label.speaker ?? '-'}` +
          ` (${label.via ?? '-'}) got ${found ? `${found.kind}:${found.name}` : '-'}\n` +
          `      ${article.body.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 300))}`,
      )
    tally.paragraphs++
    if (label.kind !== 'none') tally.attributed++
    if (outcome === 'right') tally.right++
    if (outcome === 'wrong' || outcome === 'invented') tally.wrongNames++
    for (const key of [label.kind, label.via && `via ${label.via}`]) {
      if (!key) continue
      const counts = tally.byKind.get(key) ?? new Map<Outcome, number>()
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1)
      tally.byKind.set(key, counts)
    }
  }
  return tally
}

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`

function report(set: Label['set'], tally: Tally): void {
  const lines = [...tally.byKind].map(([kind, counts]) => {
    const total = [...counts.values()].reduce((a, b) => a + b, 0)
    const good = (counts.get('right') ?? 0) + (counts.get('empty') ?? 0)
    const rest = [...counts].filter(([o]) => o !== 'right' && o !== 'empty').map(([o, n]) => `${o} ${n}`)
    return `  ${kind.padEnd(14)} ${pct(good, total).padStart(6)} of ${String(total).padStart(3)}  ${rest.join(', ')}`
  })
  console.log(
    [
      `speakers, ${setTitle[set]} set: ${tally.paragraphs} paragraphs`,
      `  attributed paragraphs right: ${tally.right}/${tally.attributed} = ${pct(tally.right, tally.attributed)}`,
      `  wrong names: ${tally.wrongNames}/${tally.paragraphs} = ${pct(tally.wrongNames, tally.paragraphs)}`,
      ...lines,
      ...(showFailures && !unseen.has(set) ? tally.failures : []),
    ].join('\n'),
  )
}

describe('speakers on hand-labelled Reuters paragraphs', () => {
  it('has the labelled set the rules ask for: ≥ 150 paragraphs of ≥ 80 stories, every kind', () => {
    expect(labels.length).toBeGreaterThanOrEqual(150)
    expect(new Set(labels.map((l) => l.story)).size).toBeGreaterThanOrEqual(80)
    for (const kind of ['person', 'organisation', 'role', 'none'])
      expect(labels.some((l) => l.kind === kind)).toBe(true)
    for (const label of labels)
      expect(articles.get(label.story)?.paragraphs[label.paragraph], label.story).toBeDefined()
  })

  it('tuning set: attributed paragraphs right, few wrong names, unattributed ones empty', () => {
    const tally = measure('tuning')
    report('tuning', tally)
    const unattributed = tally.byKind.get('none')
    expect(unattributed?.get('invented') ?? 0).toBe(0)
    // The issue's targets: at least 90% of attributed paragraphs right, at most 3% wrong names.
    expect(tally.right / tally.attributed).toBeGreaterThanOrEqual(0.9)
    expect(tally.wrongNames / tally.paragraphs).toBeLessThanOrEqual(0.03)
  })

  // 74.0% right, 11.4% wrong names when its failures were opened for study (2026-12-02); the floor is the
  // figure measured since, rounded down to 5%.
  it('held-out set (unseen until 2026-12-02): printed, with a floor against regressions', () => {
    const tally = measure('held-out')
    report('held-out', tally)
    expect(tally.right / tally.attributed).toBeGreaterThanOrEqual(0.9) // 93.5% after the second study
  })

  it('second held-out set (its own file, unseen until 2026-12-02): printed, with a floor', () => {
    const tally = measure('held-out-2')
    report('held-out-2', tally)
    expect(tally.paragraphs).toBeGreaterThanOrEqual(120)
    // 98.1% when its floor was set: the measured figure rounded down to the next 5%, as for the other held-out sets
    expect(tally.right / tally.attributed).toBeGreaterThanOrEqual(0.95)
  })

  // Held out until 2026-12-02, then opened for study: its figures since are tuning figures, not unseen ones.
  it('third tuning set (a seeded random draw, was held-out-3): printed, with a floor', () => {
    const tally = measure('tuning-3')
    report('tuning-3', tally)
    expect(tally.paragraphs).toBeGreaterThanOrEqual(150)
    expect(storiesIn('tuning-3')).toBeGreaterThanOrEqual(60)
    expect(tally.right / tally.attributed).toBeGreaterThanOrEqual(0.95) // 96.3% after the second study
  })

  // Drawn and labelled before the attribution was run on its stories; only its totals were printed until 2026-12-02.
  // 78.9% right, 6.4% wrong names when first measured (LABELLING.md); the floor is the figure measured since,
  // rounded down to 5%.
  it('fourth held-out set (seeded draw, seed 41, unseen until 2026-12-02): printed, with a floor', () => {
    const tally = measure('held-out-4')
    report('held-out-4', tally)
    expect(tally.paragraphs).toBeGreaterThanOrEqual(150)
    expect(storiesIn('held-out-4')).toBeGreaterThanOrEqual(60)
    expect(tally.right / tally.attributed).toBeGreaterThanOrEqual(0.95) // 95.7% after the second study
  })

  // Drawn and labelled after every set above was opened for study, before the attribution was run on its
  // stories; only its totals are ever printed. 81.1% right, 3.6% wrong names when first measured (LABELLING.md):
  // the floor is that, rounded down to 5%.
  it('fifth held-out set (seeded draw, seed 59, never looked at while tuning): printed, with a floor', () => {
    const tally = measure('held-out-5')
    report('held-out-5', tally)
    expect(tally.paragraphs).toBeGreaterThanOrEqual(150)
    expect(storiesIn('held-out-5')).toBeGreaterThanOrEqual(50)
    expect(tally.right / tally.attributed).toBeGreaterThanOrEqual(0.8)
  })

  // Drawn and labelled blind after held-out-5 (LABELLING.md): 83.0% right, 4.4% wrong names when first measured,
  // unseen; its failures were opened for study after that.
  it('sixth held-out set (seeded draw, seed 97, studied after its first figure): printed, with a floor', () => {
    const tally = measure('held-out-6')
    report('held-out-6', tally)
    expect(tally.paragraphs).toBeGreaterThanOrEqual(250)
    expect(storiesIn('held-out-6')).toBeGreaterThanOrEqual(70)
    expect(tally.right / tally.attributed).toBeGreaterThanOrEqual(0.8)
  })

  // Drawn and labelled blind after held-out-6 was opened (LABELLING.md): 81.0% right, 5.6% wrong names when
  // first measured, unseen; its failures were opened for study after that.
  it('seventh held-out set (seeded draw, seed 113, studied after its first figure): printed, with a floor', () => {
    const tally = measure('held-out-7')
    report('held-out-7', tally)
    expect(tally.paragraphs).toBeGreaterThanOrEqual(250)
    expect(storiesIn('held-out-7')).toBeGreaterThanOrEqual(70)
    expect(tally.right / tally.attributed).toBeGreaterThanOrEqual(0.8)
  })
})
