// The comparison as something to take away: JSON (the CLI's shape), and the parts the Markdown and CSV
// reports share: the stance labels highlights give each passage and article.
import type { Column, Comparison, Passage, PlacedHighlight } from '../../shared/types'

export type ReportFormat = 'md' | 'csv' | 'json'

export interface ReportOptions {
  /** Leave out the articles that do not mention the topic (a summary of them stays in Markdown). */
  mentionedOnly?: boolean
  /** Highlights whose stance labels the report shows; only those made for this topic count. */
  highlights?: readonly PlacedHighlight[]
  /** When the report was made (front matter); now when absent. */
  now?: Date
}

/** The highlights of one comparison's topic, by article. */
export class TopicStances {
  readonly #byArticle = new Map<string, PlacedHighlight[]>()

  constructor(topic: string, highlights: readonly PlacedHighlight[] = []) {
    const wanted = topic.trim().toLocaleLowerCase()
    for (const highlight of highlights) {
      if (!highlight.stance || highlight.topic?.trim().toLocaleLowerCase() !== wanted) continue
      const list = this.#byArticle.get(highlight.articleId) ?? []
      list.push(highlight)
      this.#byArticle.set(highlight.articleId, list)
    }
  }

  /** Distinct stance labels of the article for this topic, in the order first given. */
  ofArticle(articleId: string): string[] {
    return unique((this.#byArticle.get(articleId) ?? []).map((h) => h.stance as string))
  }

  /** Stance labels of highlights that overlap the passage (where they sit now, else where they were made). */
  ofPassage(articleId: string, passage: Pick<Passage, 'start' | 'end'>): string[] {
    const overlapping = (this.#byArticle.get(articleId) ?? []).filter((h) => {
      if (h.status === 'orphan') return false
      const at = h.current ?? h
      return at.start < passage.end && at.end > passage.start
    })
    return unique(overlapping.map((h) => h.stance as string))
  }
}

const unique = (labels: string[]) => [...new Set(labels)]

/** The columns a report covers. */
export function reportColumns(comparison: Comparison, options: ReportOptions = {}): Column[] {
  return options.mentionedOnly ? comparison.columns.filter((c) => c.mentioned) : comparison.columns
}

/** The CLI's JSON: no marks, nothing else; `mentionedOnly` drops the other columns. */
export function comparisonJson(comparison: Comparison, options: ReportOptions = {}) {
  return {
    topic: comparison.topic,
    terms: comparison.terms,
    columns: reportColumns(comparison, options).map((column) => ({
      articleId: column.articleId,
      date: column.date,
      source: column.source,
      title: column.title,
      mentioned: column.mentioned,
      passages: column.passages.map(({ paragraph, start, end, text, speaker }) => ({
        paragraph,
        start,
        end,
        text,
        speaker,
      })),
      ...(column.alsoFiledAs?.length ? { alsoFiledAs: column.alsoFiledAs } : {}),
    })),
  }
}

/** Distinct speakers of a column's passages, in reading order. */
export function speakersOf(column: Column): string[] {
  return unique(column.passages.flatMap((p) => (p.speaker ? [p.speaker] : [])))
}
