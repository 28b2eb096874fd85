// The lunr index of an article list: one lunr document per non-chrome paragraph, title and source boosted.
import lunr from 'lunr'
import type { Article } from '../../shared/types'
import { lunrTokenizer } from './analyze'
import { paragraphRef } from './engine'

export function buildLunrIndex(articles: readonly Article[]): lunr.Index {
  const builder = new lunr.Builder()
  builder.pipeline.add(lunr.stopWordFilter, lunr.stemmer)
  builder.searchPipeline.add(lunr.stemmer)
  builder.tokenizer = lunrTokenizer as typeof lunr.tokenizer
  builder.ref('ref')
  builder.field('text')
  builder.field('heading')
  builder.field('title', { boost: 1.5 })
  builder.field('source', { boost: 0.5 })
  for (const article of articles) {
    const slice = (i: number) => {
      const p = article.paragraphs[i]
      return p ? article.body.slice(p.start, p.end) : ''
    }
    let added = 0
    for (const paragraph of article.paragraphs) {
      if (paragraph.kind === 'chrome') continue
      const heading = paragraph.section === undefined ? '' : slice(paragraph.section)
      builder.add({
        ref: paragraphRef(article.id, paragraph.index),
        text: slice(paragraph.index),
        heading,
        title: article.title,
        source: article.source ?? '',
      })
      added++
    }
    // A title-only brief still deserves to be found by its title.
    if (added === 0)
      builder.add({
        ref: paragraphRef(article.id, null),
        text: '',
        heading: '',
        title: article.title,
        source: article.source ?? '',
      })
  }
  return builder.build()
}
