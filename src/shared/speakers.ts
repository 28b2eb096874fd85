// Speakers across the library (issue 13): what the Speakers view, the CLI and the comparison share.
import type { IsoDate } from './types'

/** A person by name, a body by its name ("General Motors Corp"), or people described ("traders"). */
export type SpeakerKind = 'person' | 'organisation' | 'role'

export interface SpeakerRef {
  name: string
  kind: SpeakerKind
}

/** One speaker across the library. */
export interface SpeakerEntry extends SpeakerRef {
  aliases: string[]
  /** Paragraphs attributed to the speaker. */
  count: number
  first: IsoDate | null
  last: IsoDate | null
  sources: string[]
}

/** One paragraph a speaker is attributed. */
export interface SpeakerStatement {
  articleId: string
  date: IsoDate | null
  source: string | null
  title: string
  paragraph: number
  text: string
  /** The user confirmed or corrected the speaker of this paragraph. */
  confirmed?: boolean
  /** Stance labels of highlights on this paragraph. */
  stances?: string[]
}

export interface SpeakerTimelineRequest extends SpeakerRef {
  /** Only statements in this topic's comparison (a topic id or name). */
  topic?: string
}

export interface SpeakerTimeline {
  speaker: SpeakerEntry
  topic: string | null
  /** Oldest first. */
  statements: SpeakerStatement[]
}

/** Who speaks in one paragraph of an article (the reader shows it beside the paragraph). */
export interface ParagraphSpeaker {
  paragraph: number
  /** null: the user said nobody speaks here (a paragraph where nobody was found is not listed). */
  speaker: SpeakerRef | null
  /** The user set or confirmed this speaker. */
  confirmed?: boolean
}
