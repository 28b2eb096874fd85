// Removing imported articles from the workspace, and the undo: the library forgets them on disk first,
// then the article set (and so the list, the search index and the comparison) follows. Highlights on them
// stay in the store and show as orphans; the undo places them again. Seed articles bundled with the app
// are the same for everyone and come back on every start, so they cannot be removed.
import { InvalidError, NotFoundError } from '../../shared/errors'
import type { Article, RemovedArticles, RestoredArticles } from '../../shared/types'
import { summarize, type HighlightService, type Importer } from './deps'

/** What removal needs of the workspace. */
export interface RemovalTarget {
  loadedArticles(): Promise<ReadonlyMap<string, Article>>
  setArticles(articles: readonly Article[]): void
  highlights: HighlightService
}

export class ArticleRemoval {
  readonly #importer: Importer | undefined
  readonly #target: RemovalTarget

  constructor(importer: Importer | undefined, target: RemovalTarget) {
    this.#importer = importer
    this.#target = target
  }

  async remove(ids: string[]): Promise<RemovedArticles> {
    const remove = this.#importer?.remove?.bind(this.#importer)
    if (!remove) throw new InvalidError('removing articles is not available in this build')
    const current = await this.#target.loadedArticles()
    for (const id of ids) {
      const article = current.get(id)
      if (!article) throw new NotFoundError(`no article with id "${id}"`)
      if (!article.imported)
        throw new InvalidError(
          `"${article.title}" is a seed article bundled with the app; only imported articles can be removed`,
        )
    }
    const removed = await remove(ids)
    const gone = new Set(removed.map((article) => article.id))
    this.#target.setArticles([...current.values()].filter((article) => !gone.has(article.id)))
    const orphaned = this.#target.highlights.list().filter((h) => gone.has(h.articleId)).length
    return { articles: removed, orphanedHighlights: orphaned }
  }

  async restore(ids: string[]): Promise<RestoredArticles> {
    const restore = this.#importer?.restore?.bind(this.#importer)
    if (!restore) throw new InvalidError('restoring articles is not available in this build')
    const current = await this.#target.loadedArticles()
    const back = await restore(ids)
    const byId = new Map(current)
    for (const article of back) byId.set(article.id, article)
    this.#target.setArticles([...byId.values()])
    // `back` may hold partners whose near-identical group changed too: report only those asked for.
    const asked = new Set(ids)
    const placed = this.#target.highlights.list().filter((h) => asked.has(h.articleId) && h.status !== 'orphan')
    return { articles: back.filter((article) => asked.has(article.id)).map(summarize), highlights: placed.length }
  }
}
