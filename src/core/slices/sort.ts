// Sorting a long list without holding the event loop: sorted runs, then merged pairwise, with a turn of
// the event loop between steps (the library's 21k summaries took one 60-70 ms task to sort at start-up).

import { turn } from './turn'

function merge<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
  const out: T[] = new Array<T>(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  // Ties take from the left run: stable, as Array.prototype.sort is, so the order is the same as its.
  while (i < a.length && j < b.length) out[k++] = compare(b[j] as T, a[i] as T) < 0 ? (b[j++] as T) : (a[i++] as T)
  while (i < a.length) out[k++] = a[i++] as T
  while (j < b.length) out[k++] = b[j++] as T
  return out
}

/** `[...items].sort(compare)`, in slices of about `slice` items. */
export async function sortInSlices<T>(
  items: readonly T[],
  compare: (a: T, b: T) => number,
  slice = 2000,
): Promise<T[]> {
  if (items.length <= slice) return [...items].sort(compare)
  let runs: T[][] = []
  for (let from = 0; from < items.length; from += slice) {
    runs.push(items.slice(from, from + slice).sort(compare))
    await turn()
  }
  while (runs.length > 1) {
    const next: T[][] = []
    for (let i = 0; i < runs.length; i += 2) {
      const [a, b] = [runs[i] as T[], runs[i + 1]]
      next.push(b ? merge(a, b, compare) : a)
      await turn()
    }
    runs = next
  }
  return runs[0] as T[]
}
