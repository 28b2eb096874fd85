// Tags as the user types them ("kremlin, arms race, INF") and as they are saved and exported: split on
// commas only, each made a tag Obsidian accepts (letters, digits, _ - /; spaces and other marks become -;
// not only digits). The editor shows the saved form as the user types, so nothing changes behind them.

/** One tag as it is saved: `arms race` → `arms-race`, `#INF` → `INF`, `2019` → `tag-2019`; '' if nothing is left. */
export function normalizeTag(raw: string): string {
  const clean = raw
    .trim()
    .replace(/^#+/, '')
    .replace(/[^\p{L}\p{N}_\-/]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\/{2,}/g, '/')
    .replace(/^[-/]+|[-/]+$/g, '')
  return /^\d+$/.test(clean) ? `tag-${clean}` : clean
}

/** The tags in a comma-separated field, saved form, first spelling kept when two differ only in case. */
export function parseTags(input: string): string[] {
  return uniqueTags(input.split(','))
}

/** Normalised, empty ones dropped, duplicates (ignoring case) dropped. */
export function uniqueTags(tags: readonly string[]): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  for (const raw of tags) {
    const tag = normalizeTag(raw)
    if (!tag || seen.has(tag.toLowerCase())) continue
    seen.add(tag.toLowerCase())
    out.push(tag)
  }
  return out
}
