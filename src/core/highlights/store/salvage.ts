// Reading what is left of a highlights file cut short (a full disk, a crash of an older version, a
// copy interrupted): every highlight object that is whole is kept, whatever the file's formatting.
// The scan follows JSON strings and nesting, so a brace inside a note does not confuse it.

export interface Salvaged {
  /** The declared schema version, if the file still shows it. */
  schemaVersion: number | undefined
  /** Whole highlight objects, as raw JSON values (checked by parseStore afterwards). */
  highlights: unknown[]
  stances: string[]
}

/** The whole top-level values of the array that follows `"key": [` in `text`; stops where the text is cut. */
function wholeItems(text: string, key: string): unknown[] {
  const at = new RegExp(`"${key}"\\s*:\\s*\\[`).exec(text)
  if (!at) return []
  const items: unknown[] = []
  let depth = 0
  let start = -1
  let inString = false
  const take = (end: number) => {
    try {
      items.push(JSON.parse(text.slice(start, end)))
    } catch {
      // not whole after all: left out and counted as lost
    }
  }
  for (let i = at.index + at[0].length; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') {
        inString = false
        if (depth === 0) take(i + 1) // a string item (a stance)
      }
      continue
    }
    if (c === '"') {
      inString = true
      if (depth === 0) start = i
    } else if (c === '{' || c === '[') {
      if (depth === 0) start = i
      depth++
    } else if (c === '}' || c === ']') {
      if (depth === 0) break // the end of the array itself
      depth--
      if (depth === 0) take(i + 1)
    }
  }
  return items
}

/** What can be read of a damaged store's text. */
export function salvageStore(text: string): Salvaged {
  const version = /"schemaVersion"\s*:\s*(\d+)/.exec(text)
  const stances = wholeItems(text, 'stances').filter((s): s is string => typeof s === 'string')
  return {
    schemaVersion: version ? Number(version[1]) : undefined,
    highlights: wholeItems(text, 'highlights').filter((h) => typeof h === 'object' && h !== null),
    stances,
  }
}
