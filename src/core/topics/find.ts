import type { Topic } from '../../shared/types'

/** A topic by id, else by name with case and surrounding spaces ignored. */
export function findTopic(topics: readonly Topic[], ref: string): Topic | undefined {
  const wanted = ref.trim().toLocaleLowerCase()
  return (
    topics.find((topic) => topic.id === ref) ?? topics.find((topic) => topic.name.trim().toLocaleLowerCase() === wanted)
  )
}
