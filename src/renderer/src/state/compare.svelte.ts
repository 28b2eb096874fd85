// The comparison view: topics, the chosen topic, filters, and the columns for it.
import { SvelteMap, SvelteSet } from 'svelte/reactivity'
import type { Article, Comparison, CompareRequest, IsoDate, Topic, TopicInput } from '../../../shared/types'
import { api } from '../lib/api'
import { errorMessage } from '../lib/errors'

export class Compare {
  topics = $state.raw<Topic[]>([])
  topicId = $state<string | null>(null)
  comparison = $state.raw<Comparison | null>(null)
  loading = $state(false)
  error = $state<string | null>(null)

  sources = $state.raw<string[]>([])
  from = $state<IsoDate | ''>('')
  to = $state<IsoDate | ''>('')
  /** Articles chosen for comparison; null compares every article. */
  articleIds = $state.raw<string[] | null>(null)

  /** Full articles fetched for "show context", by id. */
  #articles = new SvelteMap<string, Article>()
  /** Articles whose pane shows neighbouring paragraphs. */
  readonly contextOpen = new SvelteSet<string>()

  // Switching between topics is instant the second time: answers are kept per request.
  // Not reactive on purpose: nothing renders from the cache itself.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #cache = new Map<string, Comparison>()
  #sequence = 0

  readonly topic = $derived(this.topics.find((t) => t.id === this.topicId) ?? null)
  readonly presets = $derived(this.topics.filter((t) => t.preset))
  readonly userTopics = $derived(this.topics.filter((t) => !t.preset))
  readonly filtering = $derived(Boolean(this.sources.length || this.from || this.to || this.articleIds))

  async loadTopics(): Promise<void> {
    try {
      this.topics = await api.listTopics()
      if (!this.topic && this.topics[0]) this.topicId = this.topics[0].id
      this.error = null
    } catch (error) {
      this.error = `Topics could not be loaded: ${errorMessage(error)}`
    }
  }

  /** The request the comparison on screen answers (also what a report of it asks for). */
  request(): CompareRequest | null {
    if (!this.topic) return null
    const request: CompareRequest = { topic: this.topic.id }
    if (this.sources.length) request.sources = [...this.sources]
    if (this.from) request.from = this.from
    if (this.to) request.to = this.to
    if (this.articleIds) request.articleIds = [...this.articleIds]
    return request
  }

  async refresh(): Promise<void> {
    const request = this.request()
    const sequence = ++this.#sequence
    if (!request) {
      this.comparison = null
      return
    }
    const key = JSON.stringify(request)
    const cached = this.#cache.get(key)
    if (cached) {
      this.comparison = cached
      this.loading = false
      return
    }
    this.loading = true
    try {
      const comparison = await api.compare(request)
      this.#cache.set(key, comparison)
      if (sequence !== this.#sequence) return
      this.comparison = comparison
      this.error = null
    } catch (error) {
      if (sequence === this.#sequence) this.error = `The comparison failed: ${errorMessage(error)}`
    } finally {
      if (sequence === this.#sequence) this.loading = false
    }
  }

  select(topicId: string): Promise<void> {
    this.topicId = topicId
    return this.refresh()
  }

  /** After the library or a topic changes, cached answers are stale. */
  invalidate(): void {
    this.#cache.clear()
    this.#articles.clear()
  }

  async saveTopic(input: TopicInput): Promise<Topic> {
    const topic = await api.saveTopic(input)
    this.invalidate()
    await this.loadTopics()
    await this.select(topic.id)
    return topic
  }

  async deleteTopic(id: string): Promise<void> {
    await api.deleteTopic(id)
    this.invalidate()
    if (this.topicId === id) this.topicId = null
    await this.loadTopics()
    await this.refresh()
  }

  article(id: string): Article | undefined {
    return this.#articles.get(id)
  }

  async toggleContext(id: string): Promise<void> {
    if (this.contextOpen.has(id)) return void this.contextOpen.delete(id)
    if (!this.#articles.has(id)) {
      try {
        this.#articles.set(id, await api.getArticle(id))
      } catch (error) {
        this.error = `Context could not be loaded: ${errorMessage(error)}`
        return
      }
    }
    this.contextOpen.add(id)
  }

  clearFilters(): void {
    this.sources = []
    this.from = ''
    this.to = ''
    this.articleIds = null
    void this.refresh()
  }
}

export const compare = new Compare()
