// The speaker ledger for the workspace: built from the current articles and the user's corrections,
// rebuilt only when either changed; corrections laid over comparisons; one speaker's timeline as Markdown.
import type {
  Article,
  Comparison,
  ParagraphSpeaker,
  PlacedHighlight,
  SpeakerEntry,
  SpeakerRef,
  SpeakerTimeline,
  SpeakerTimelineRequest,
} from '../../shared/types'
import type { SpeakerCorrections } from './corrections'
import { paragraphKey, renameKey, SpeakerLedger } from './ledger'
import { attributionsOf } from './speaker'

export class SpeakerService {
  #built: { articles: ReadonlyMap<string, Article>; version: number; ledger: SpeakerLedger } | null = null

  constructor(readonly corrections: SpeakerCorrections) {}

  ledger(articles: ReadonlyMap<string, Article>): SpeakerLedger {
    const built = this.#built
    if (built && built.articles === articles && built.version === this.corrections.version) return built.ledger
    const ledger = SpeakerLedger.build(
      articles.values(),
      this.corrections.overrides(articles.values()),
      this.corrections.renames(),
    )
    this.#built = { articles, version: this.corrections.version, ledger }
    return ledger
  }

  /**
   * The same ledger, built a slice at a time when it is not current (the warm-up builds it ahead, so the
   * Speakers view's first list does not hold the event loop for most of a second).
   */
  async ledgerInSlices(articles: ReadonlyMap<string, Article>): Promise<SpeakerLedger> {
    for (;;) {
      const built = this.#built
      if (built && built.articles === articles && built.version === this.corrections.version) return built.ledger
      const version = this.corrections.version
      const ledger = await SpeakerLedger.buildInSlices(
        articles.values(),
        this.corrections.overrides(articles.values()),
        this.corrections.renames(),
      )
      // A correction made meanwhile: built again (the loop), from the corrections as they are now.
      if (version === this.corrections.version) {
        this.#built = { articles, version, ledger }
        return ledger
      }
    }
  }

  list(articles: ReadonlyMap<string, Article>): SpeakerEntry[] {
    return this.ledger(articles).list()
  }

  /**
   * One speaker's statements, oldest first, within `paragraphs` ("articleId¶index") when given, each with
   * the stance labels of the highlights on its paragraph.
   */
  timeline(
    articles: ReadonlyMap<string, Article>,
    request: SpeakerTimelineRequest,
    highlights: readonly PlacedHighlight[],
    paragraphs?: ReadonlySet<string>,
  ): SpeakerTimeline | null {
    const ledger = this.ledger(articles)
    const speaker = ledger.find(request.name)
    if (!speaker) return null
    const stances = new Map<string, string[]>()
    for (const h of highlights)
      if (h.stance && h.current) {
        const k = paragraphKey(h.articleId, h.current.paragraph)
        stances.set(k, [...new Set([...(stances.get(k) ?? []), h.stance])])
      }
    const statements = ledger.timeline(speaker, paragraphs).map((s) => {
      const labels = stances.get(paragraphKey(s.articleId, s.paragraph))
      return labels ? { ...s, stances: labels } : s
    })
    return { speaker, topic: request.topic ?? null, statements }
  }

  /** Who speaks in one paragraph, corrections and renames included. */
  speakerOf(articles: ReadonlyMap<string, Article>, articleId: string, paragraph: number): string | null {
    const article = articles.get(articleId)
    if (!article) return null
    return this.paragraphSpeakers(article).find((p) => p.paragraph === paragraph)?.speaker?.name ?? null
  }

  /**
   * Who speaks in each paragraph of `article`, in order, corrections (confirmed) and renames included. With
   * the library's `ledger`, a name is the one the ledger files it under ("Peskov" → "Dmitry Peskov" when
   * the library names him in full); a section heading has no speaker of its own unless the user gave one.
   */
  paragraphSpeakers(article: Article, ledger?: SpeakerLedger): ParagraphSpeaker[] {
    const corrected = this.corrections.overrides([article]).get(article.id)
    const renames = this.corrections.renames()
    const { byParagraph: found, headings } = attributionsOf(article)
    const result: ParagraphSpeaker[] = []
    for (const { index } of article.paragraphs) {
      const confirmed = corrected?.has(index) ?? false
      if (!confirmed && headings.has(index)) continue
      const ref = (confirmed ? corrected?.get(index) : found.get(index)) ?? null
      if (!ref && !confirmed) continue
      const filed = confirmed ? null : ledger?.speakerAt(article.id, index)
      const speaker = filed ?? (ref && { name: renames.get(renameKey(ref.kind, ref.name)) ?? ref.name, kind: ref.kind })
      result.push(confirmed ? { paragraph: index, speaker, confirmed } : { paragraph: index, speaker })
    }
    return result
  }

  correct(article: Article, paragraph: number, speaker: SpeakerRef | null): void {
    this.corrections.correct(article, paragraph, speaker)
  }

  rename(from: SpeakerRef, to: string): void {
    this.corrections.rename(from, to)
  }

  /** The comparison with corrected and renamed speakers on its passages, corrected ones marked confirmed. */
  applyTo(comparison: Comparison, articles: ReadonlyMap<string, Article>): Comparison {
    const ids = new Set(comparison.columns.map((c) => c.articleId))
    const overrides = this.corrections.overrides([...ids].flatMap((id) => articles.get(id) ?? []))
    const renames = this.corrections.renames()
    if (overrides.size === 0 && renames.size === 0) return comparison
    const columns = comparison.columns.map((column) => {
      const article = articles.get(column.articleId)
      const corrected = overrides.get(column.articleId)
      const passages = column.passages.map((passage) => {
        if (corrected?.has(passage.paragraph)) {
          const ref = corrected.get(passage.paragraph) ?? null
          const name = ref ? (renames.get(renameKey(ref.kind, ref.name)) ?? ref.name) : null
          return { ...passage, speaker: name, speakerConfirmed: true }
        }
        const found = article ? attributionsOf(article).byParagraph.get(passage.paragraph) : null
        const renamed = found ? renames.get(renameKey(found.kind, passage.speaker ?? found.name)) : undefined
        return renamed ? { ...passage, speaker: renamed } : passage
      })
      return { ...column, passages }
    })
    return { ...comparison, columns }
  }
}

/** One speaker's statements as a Markdown file: a heading per statement, its date, source and stances. */
export function timelineMarkdown(timeline: SpeakerTimeline): { fileName: string; markdown: string } {
  const { speaker, statements, topic } = timeline
  const lines = [
    `# ${speaker.name}`,
    '',
    `${speaker.kind}${speaker.aliases.length ? `; also ${speaker.aliases.join(', ')}` : ''}. ${statements.length} statement${statements.length === 1 ? '' : 's'}${topic ? ` on ${topic}` : ''}, ${speaker.first ?? 'undated'} to ${speaker.last ?? 'undated'}.`,
    '',
  ]
  for (const s of statements) {
    const stance = s.stances?.length ? ` · ${s.stances.join(', ')}` : ''
    lines.push(
      `## ${s.date ?? 'undated'} · ${s.source ?? s.articleId}${stance}`,
      '',
      `*${s.title}*, ¶${s.paragraph + 1}${s.confirmed ? ' (speaker confirmed)' : ''}`,
      '',
      `> ${s.text}`,
      '',
    )
  }
  const slug =
    speaker.name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'speaker'
  return {
    fileName: `${slug}${topic ? `-${topic.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}` : ''}.md`,
    markdown: lines.join('\n'),
  }
}
