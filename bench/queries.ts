// The fixed workload: 50 search queries and the topics compared, so runs are comparable.
import type { Topic } from '../src/shared/types'
import { parseTerms, presetTopics } from '../src/core/topics'

/** One-word common and rare, two-word, phrases, and lunr syntax a user types. */
export const QUERIES = [
  // one word, common
  'bank',
  'oil',
  'trade',
  'prices',
  'dollar',
  'company',
  'market',
  'shares',
  'government',
  'rates',
  // one word, rare
  'vorontsov',
  'cocoa',
  'pershing',
  'glitman',
  'subroto',
  'temporao',
  'nakasone',
  'gatt',
  'kohl',
  'ecuador',
  // two words
  'oil prices',
  'interest rates',
  'trade deficit',
  'arms talks',
  'nuclear missiles',
  'grain exports',
  'stock market',
  'central bank',
  'budget deficit',
  'coffee quotas',
  // phrases
  '"medium-range missiles"',
  '"interest rates"',
  '"trade deficit"',
  '"oil prices"',
  '"central bank"',
  '"arms control"',
  '"production quota"',
  '"output ceiling"',
  '"stock exchange"',
  '"federal reserve"',
  // mixed
  'opec output',
  '+oil -opec',
  'treas*',
  'soviet union treaty',
  '"debt crisis" brazil',
  'japan trade surplus',
  'wheat',
  'sugar',
  'takeover bid',
  'merger',
]

/** Topics beyond the three presets, as a user would type their terms. */
export const EXTRA_TOPICS = [
  { name: 'OPEC output', terms: 'OPEC, output ceiling, production quota' },
  { name: 'Missile talks', terms: '"medium-range missiles", arms talks, INF, zero option, disarmament' },
  { name: 'Third World debt', terms: 'debt crisis, rescheduling, debt moratorium, foreign debt' },
  { name: 'Trade war', terms: 'tariffs, trade war, protectionism, retaliation' },
  { name: 'Coffee quotas', terms: 'quota, quotas, export quotas, +coffee' },
]

/** The topics compared: the three presets, then the five above. */
export function benchTopics(): Topic[] {
  return [
    ...presetTopics(),
    ...EXTRA_TOPICS.map((t, i) => ({
      id: `bench-${i}`,
      name: t.name,
      description: '',
      preset: false,
      ...parseTerms(t.terms),
    })),
  ]
}
