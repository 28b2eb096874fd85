// The preset topics from resources/topics.json, checked once when first asked for.
import { z } from 'zod'
import presetFile from '../../../resources/topics.json'
import type { Topic } from '../../shared/types'
import { checkTerm, onlyStopWords, TermSyntaxError } from './terms'

const termList = z.array(z.string().trim().min(1)).superRefine((terms, ctx) => {
  for (const term of terms) {
    try {
      checkTerm(term)
    } catch (error) {
      if (!(error instanceof TermSyntaxError)) throw error
      ctx.addIssue({ code: 'custom', message: error.message })
    }
  }
})

export const topicFields = {
  name: z.string().trim().min(1, 'a topic needs a name').max(120, 'a topic name is at most 120 characters'),
  description: z.string().max(500).default(''),
  terms: termList.min(1, 'a topic needs at least one term').refine((terms) => !terms.every(onlyStopWords), {
    message: 'its terms are all stop words, found in nearly every article: add a word that names the topic',
  }),
  coTerms: termList.default([]),
}

const presetSchema = z.object({
  topics: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), ...topicFields })).min(1),
})

let presets: Topic[] | undefined

/** Throws with the file and the problem when the shipped presets are malformed (a build error, really). */
export function presetTopics(): Topic[] {
  presets ??= parsePresets(presetFile, 'resources/topics.json')
  return presets.map((topic) => ({ ...topic, terms: [...topic.terms], coTerms: [...topic.coTerms] }))
}

export function parsePresets(value: unknown, file: string): Topic[] {
  const result = presetSchema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new Error(`${file}: ${issue ? `${issue.path.join('.') || '(top)'}: ${issue.message}` : 'invalid'}`)
  }
  return result.data.topics.map((topic) => ({ ...topic, preset: true }))
}
