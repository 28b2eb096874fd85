// One Tab stop for a row of controls (a toolbar's roving tabindex): the arrows, Home and End move along it.

/** The index the focus moves to from `at` in a row of `count`, or null when `key` does not move it. */
export function rovingMove(key: string, at: number, count: number): number | null {
  if (count === 0) return null
  const moves: Record<string, number> = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: count - 1 }
  const next = moves[key]
  return next === undefined ? null : Math.max(0, Math.min(count - 1, next))
}
