// Small collection helpers. Results are fresh values that callers never mutate, so they need no
// reactive wrappers (SvelteMap/SvelteSet) even when computed inside $derived.

/** Distinct values in first-seen order. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)]
}

/** A lookup by key; later items win. */
export function indexBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T> {
  const map = new Map<K, T>()
  for (const item of items) map.set(key(item), item)
  return map
}

/** Items grouped by key, in input order within each group. */
export function groupBy<T, K, V = T>(
  items: Iterable<T>,
  key: (item: T) => K,
  value: (item: T) => V = (i) => i as unknown as V,
): Map<K, V[]> {
  const map = new Map<K, V[]>()
  for (const item of items) {
    const k = key(item)
    const list = map.get(k)
    if (list) list.push(value(item))
    else map.set(k, [value(item)])
  }
  return map
}

/** A membership test over values. */
export function setOf<T>(values: Iterable<T>): ReadonlySet<T> {
  return new Set(values)
}
