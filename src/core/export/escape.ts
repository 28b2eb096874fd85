// Article text is untrusted and must not change the structure of the export: every character that
// CommonMark or Obsidian gives a meaning ($math$, ==marks==, %%comments%%, #tags, ^ids, <html>) is escaped.

const INLINE = /[\\`*_[\]<>#|~$=%^&{}]/g

export function escapeInline(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(INLINE, '\\$&')
}

/** A quote as callout lines: each line of the source its own paragraph, blank lines between. */
export function escapeQuote(quote: string): string[] {
  const paragraphs = quote
    .replace(/\0/g, '\uFFFD')
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => escapeLineStart(escapeInline(line)))
  return paragraphs.flatMap((line, i) => (i === 0 ? [line] : ['', line]))
}

/** What only means something at the start of a line: list markers, numbered lists, rules, headings. */
function escapeLineStart(line: string): string {
  if (/^[-+]([ ]|$)/.test(line) || /^-{2,}/.test(line)) return `\\${line}`
  const numbered = /^(\d{1,9})([.)])(\s|$)/.exec(line)
  if (numbered) return `${numbered[1]}\\${line.slice(numbered[1]!.length)}`
  return line
}

/** The user's own Markdown is kept, but it cannot close the generated block or open a comment. */
export function noteLines(note: string): string[] {
  const text = note.replace(/\r\n?/g, '\n').trim()
  if (!text) return []
  return text
    .split('\n')
    .map((line) => noteStructure(line.replace(/<!--/g, '&lt;!--').replace(/-->/g, '--&gt;').trimEnd()))
}

/**
 * A note line that would make a heading or a rule (`# x`, `===` or `---` under a line, `***`), or
 * front matter, is escaped at its first mark; everything else the user wrote stays as Markdown.
 */
function noteStructure(line: string): string {
  const mark = /^(\s{0,3})(#{1,6}(?:\s|$)|=+\s*$|-+\s*$|(?:[-*_]\s*){3,}$)/.exec(line)
  return mark ? `${mark[1]}\\${line.slice(mark[1]!.length)}` : line
}

/** A tag as Obsidian accepts it: letters, digits, _ - /; not only digits. */
export function tagOf(tag: string): string {
  const clean = tag
    .trim()
    .replace(/^#+/, '')
    .replace(/[^\p{L}\p{N}_\-/]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-/]+|[-/]+$/g, '')
  return /^\d+$/.test(clean) ? `tag-${clean}` : clean
}
