// Where the reader can say a speaker more quietly: a paragraph whose speaker is the one of the paragraph
// just before it (page chrome between them does not count) and that the user did not set themselves.
import type { Paragraph, ParagraphSpeaker } from '../../../shared/types'

/** Indexes of paragraphs that go on with the speaker of the text paragraph before them. */
export function continuedSpeakers(
  paragraphs: readonly Pick<Paragraph, 'index' | 'kind'>[],
  byParagraph: Readonly<Record<number, ParagraphSpeaker>>,
): Set<number> {
  const continued = new Set<number>()
  let previous: ParagraphSpeaker['speaker'] = null
  for (const { index, kind } of paragraphs) {
    if (kind === 'chrome') continue
    const here = byParagraph[index]
    const who = here?.speaker ?? null
    if (who && previous && !here?.confirmed && who.name === previous.name && who.kind === previous.kind)
      continued.add(index)
    previous = who
  }
  return continued
}
