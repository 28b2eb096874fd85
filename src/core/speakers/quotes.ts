// What a paragraph's text hides from name runs: quotations (who is quoted is not who speaks), tickers and
// abbreviations in brackets.

/**
 * Stock tickers in angle brackets blanked ("The Bell Group Ltd <BLLA.S> said"), and the brackets Reuters
 * puts round unlisted companies' names dropped ("<First Toronto Capital Corp> said"). Offsets are kept.
 */
export function hideTickers(written: string): string {
  // "Emerald Homes L.P. said", "… Corp N.V., a unit of …": the suffix's last dot ends no sentence.
  const text = written.includes('.') ? written.replace(DOTTED_SUFFIX, '$1 ') : written
  // "lead manager Credit Lyonnais (CL) said": an abbreviation in brackets stands between a name and its verb.
  const plain = text.includes('(') ? text.replace(ABBREVIATION, (whole) => ' '.repeat(whole.length)) : text
  if (!plain.includes('<')) return plain
  // A name may wrap onto the next line inside its brackets ("<Alcan Aluminiumwerke\nGmbH>").
  return plain.replace(/<([^<>]{1,60})>/g, (whole, inside: string) =>
    (/\p{Ll}/u.test(inside) || /\s/.test(inside)) && !TICKER.test(inside) ? ` ${inside} ` : ' '.repeat(whole.length),
  )
}

/** A ticker with its exchange after a space ("<VOLV ST>", Stockholm): no name, though it has a space. */
const TICKER = /^[A-Z0-9.]{1,6} [A-Z]{1,2}$/

// (A thrift's "F.S.B.", "F.A.", a bank's "N.A." too; and before a ticker: "Akzo N.V. <AKZO.AS> said".)
const DOTTED_SUFFIX =
  /\b(L\.P|N\.V|S\.A|B\.V|A\.G|P\.L\.C|S\.p\.A|F\.S\.B|F\.A|N\.A)\.(?=,|\s+(?:<[^<>\s]{1,12}>\s+)?\p{Ll})/gu

/** "(CL)", "(USDA)", "(U.K.)": capitals in round brackets after a name; "(D-Neb.)", "(R-Kan)": a party and state. */
export const ABBREVIATION = /\((?:(?:[A-Z][A-Za-z&.]{0,2}){1,4}[A-Z.]|[DRI]-[A-Z][A-Za-z.]{1,5})\)/g

const OPENING = /["\u201C\u201E\u00AB]/
const CLOSING: Record<string, RegExp> = {
  '"': /"/,
  '\u201C': /[\u201D\u201C]/,
  '\u201E': /[\u201C\u201D]/,
  '\u00AB': /\u00BB/,
}

/** Quotations replaced by " | " (a boundary no run crosses); an unclosed quote runs to the end. */
export function blankQuotes(text: string): string {
  let at = text.search(OPENING)
  if (at < 0) return text // most paragraphs quote no one
  let out = ''
  let i = 0
  // 'My guess is …," Seidman told': right after a comma or a stop, a straight quote closes one the paragraph
  // did not open (the wire lost it).
  if (text[at] === '"' && /[,.!?]/.test(text[at - 1] ?? '') && /^(?:\s|$)/.test(text.slice(at + 1, at + 2))) {
    // From the start of its sentence: "…, Fujioka said. In particular …," said the ADB chief' keeps "Fujioka said".
    const sentence = text.slice(0, at - 1).search(/[.!?]\s+(?=[^.!?]*$)/)
    const from = sentence < 0 ? 0 : sentence + 1
    out = `${text.slice(0, from)} | `
    i = at + 1
    const next = text.slice(i).search(OPENING)
    at = next < 0 ? -1 : i + next
    if (at < 0) return out + text.slice(i)
  }
  while (at >= 0) {
    out += `${text.slice(i, at)} | `
    const close = text.slice(at + 1).search(CLOSING[text[at] as string] as RegExp)
    i = close < 0 ? text.length : at + 1 + close + 1
    const next = text.slice(i).search(OPENING)
    at = next < 0 ? -1 : i + next
  }
  return out + text.slice(i)
}
