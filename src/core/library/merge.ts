// The articles the app and the CLI work on: the bundled corpus and the user's library as one list.

/** The bundled corpus first; a library article with the same id replaces it (the user imported a newer copy). */
export function mergeById<T extends { id: string }>(corpus: readonly T[], library: readonly T[]): T[] {
  const byId = new Map(corpus.map((a) => [a.id, a]))
  for (const article of library) byId.set(article.id, article)
  return [...byId.values()]
}
