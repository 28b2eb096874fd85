// Lines of figures rather than words: wire tables ("TOTAL  17.3  16.5  16.1"), results rows
// ("Shr 1.25 dlrs vs 1.10 dlrs") and key–value rows ("Record April 14"). They are short and
// title-like, so without these rules they pass for section headings.

const tokens = (text: string) => text.split(/\s+/).filter(Boolean)

/** A wire table's stand-ins for a number: nil, unch(anged), n.a., dashes. */
const FIGURE_WORD = /^[([]?(?:nil|unch|unc|unchanged|n\.a\.?|n\/a|-{2,}|—)[)\].,;]*$/i
const isFigureToken = (token: string) => /\d/.test(token) || FIGURE_WORD.test(token)

/** A year on its own ("Outlook for 1988") reads as a word in a heading, not as a figure. */
const YEAR = /^(?:19|20)\d\d$/

export const figureTokenCount = (text: string) => tokens(text).filter(isFigureToken).length

/** Share of the non-space characters that are digits. */
export function digitShare(text: string): number {
  const chars = text.replace(/\s+/g, '')
  if (chars.length === 0) return 0
  return (chars.match(/\d/g)?.length ?? 0) / chars.length
}

/** More than one figure, or more than a quarter digits (a lone year aside). */
export function isDigitHeavy(text: string): boolean {
  const figures = tokens(text).filter(isFigureToken)
  if (figures.length > 1) return true
  if (figures.length === 1 && YEAR.test(figures[0] as string) && /\p{L}{3}/u.test(text)) return false
  return digitShare(text) > 0.25
}

/**
 * Columns laid out with spaces: two gaps of 2+ spaces (or tabs) between words on one line, or one
 * gap of 3+; typed prose never aligns like that. "vs" next to a figure is a results row.
 */
export function isTableRow(text: string): boolean {
  for (const line of text.split('\n')) {
    const gaps = line.trim().match(/(?: {2,}|\t)[ \t]*/g) ?? []
    if (gaps.length >= 2 || gaps.some((gap) => gap.length >= 3 || gap.includes('\t'))) return true
  }
  const words = tokens(text)
  return words.some((word, i) => /^vs\.?$/i.test(word) && (isFigureToken(words[i - 1] ?? '') || isFigureToken(words[i + 1] ?? '')))
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
const DAY_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\\w+)?|thirty(?:-one)?)'
const DAY = `(?:\\d{1,2}|${DAY_WORD})`
/** "Record April 14", "Pay June One", "Record 3 April": a one- or two-word label, then a date. */
const DATE_VALUE = new RegExp(
  `^(\\p{L}[\\p{L}.'-]*)(?:\\s+\\p{L}[\\p{L}.'-]*)?\\s*[:-]?\\s+(?:${MONTH}\\s+${DAY}|${DAY}\\s+${MONTH})(?:,?\\s+\\d{4})?\\.?$`,
  'iu',
)
/** A label is a noun; "After September 11" or "Since March 3" is a phrase and may head a section. */
const PREPOSITION = /^(?:after|before|since|until|till|on|by|from|to|in|of|for|through|during|as|at|the|a|an|and|or)$/i

/** Units a figure carries in results rows. */
const UNIT = /^(?:mln|mn|million|billion|bln|dlrs?|dollars?|cts|cents|pct|percent|tonnes?|tons|bags|bushels|barrels|bpd|crowns|francs|marks|yen|pounds|stg|lire|guilders|shares|shrs)[.,]?$/i

/**
 * "Sales 737,971", "Revs 46.9 mln", "Tenders - nil": up to three label words (more after a dash or
 * colon), then one figure with its unit. A bare small number stays a heading ("Article 5",
 * "Phase 2"), as does a year.
 */
function endsWithValue(words: string[]): boolean {
  let end = words.length
  while (end > 0 && UNIT.test(words[end - 1] as string)) end--
  const value = words[end - 1]
  if (end < 2 || end > 10 || value === undefined) return false
  const label = words.slice(0, end - 1).filter((word) => !/^[-:–—]$/.test(word))
  // A dash or colon before the value marks a key–value row whatever the label's length.
  const separated = label.length < end - 1 || /:$/.test(label.at(-1) ?? '')
  if (label.length === 0 || label.length > (separated ? 8 : 3) || !label.every((word) => /^\p{L}[\p{L}.'/&-]*:?$/u.test(word))) return false
  if (FIGURE_WORD.test(value)) return true
  if (!/^[-+($]*\d[\d,.]*%?\)?$/.test(value) || YEAR.test(value)) return false
  return /[,.%$]/.test(value.replace(/\.$/, '')) || end < words.length || value.replace(/\D/g, '').length > 4
}

/** A label and its value: a dividend's dates, a results line, a wire NOTE. */
export function isKeyValueRow(text: string): boolean {
  if (/^notes?\s*[:-]/i.test(text)) return true
  const date = DATE_VALUE.exec(text)
  if (date && !PREPOSITION.test(date[1] as string)) return true
  return endsWithValue(tokens(text))
}

/** A line of figures, a table row or a label with its value: never a section heading. */
export function isFigureLine(text: string): boolean {
  return isDigitHeavy(text) || isTableRow(text) || isKeyValueRow(text)
}
