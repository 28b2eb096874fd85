// When the words of a multi-word term, found in order, still say the term. Each rule is named, so a reader
// sees why a candidate is refused; match.ts asks `joins` between every two words it links.
//
// - No term runs across a sentence end, a comma, a semicolon, a colon or brackets ("oil. Prices",
//   "shares, priced"). A quoted phrase also stops at them; otherwise it may keep any spacing or dashes.
// - Between two words of an unquoted term, at most one word, and only a word that modifies what follows
//   without starting a phrase of its own: a determiner or number ("produce such missiles", "raise the
//   price"), an adjective or participle ("develop advanced weapons", "cut leading interest rates"), or the
//   second half of a hyphenated compound ("Japanese-Russian treaty"). Nouns ("Arms Export Control",
//   "share offer price"), prepositions ("stock to Marketing"), verbs and possessives ("the new pact's
//   start") start a different phrase.
// - Inside a name (capitalised gap word before a capitalised term word) nothing may stand between:
//   "Central National Bank" is not a central bank.
// - "non-oil" is not oil; an acronym in the term (START, NATO) is never matched by a lower-case word.

/** What match.ts knows of a word in the text. */
export interface WrittenWord {
  start: number
  end: number
  /** Lower-cased, no accents, no possessive. */
  plain: string
  /** The word exactly as written. */
  written: string
  /** The text between the word before and this one (empty for the first word). */
  before: string
}

/** Punctuation no term reaches across: clause and sentence marks and brackets. */
const CLAUSE_MARK = /[,;:()[\]{}\u3001\uFF0C]/
/** A full stop, ? or ! followed by space; a sentence end unless an abbreviation came before it. */
const END_MARK = /[.?!\u3002]["'\u201D\u2019)]*\s/

/** Words that end with a full stop and are not sentence ends (single letters are initials: U.S., J. Smith). */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st co corp inc ltd plc bros no nos vs etc gov sen rep gen col lt jr sr dept jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec mt ft prof rev adm capt cmdr sgt messrs approx est fig'
  ).split(' '),
)

/** Whether the text between two words ends a sentence or a clause. */
export function breaksPhrase(previous: WrittenWord, between: string): boolean {
  if (CLAUSE_MARK.test(between)) return true
  if (!END_MARK.test(`${between} `)) return false
  if (/\n\s*\n/.test(between)) return true
  // "U.S. Arms", "Corp. Shares", "Jan. 5": the stop belongs to the word before.
  return !(previous.plain.length === 1 || ABBREVIATIONS.has(previous.plain))
}

const MODIFIER_WORDS = new Set(
  (
    'a an the this that these those its their his her our your my such some any each every either no ' +
    'more most less least fewer many much several few all both other another further own same certain ' +
    'new old big small large high higher low lower major minor key top main total net gross overall ' +
    'current recent future joint full real short long early late first second third last next ' +
    'one two three four five six seven eight nine ten hundred thousand million billion mln bln half ' +
    'important significant'
  ).split(' '),
)

/** Endings of adjectives and participles: national, strategic, competitive, posted, leading, Japanese. */
const MODIFIER_ENDING = /(?:al|ic|ive|ous|ful|less|able|ible|ary|ese|ian|ish|ern|ed|ing|est|ent)$/
/** Noun endings that the modifier endings would otherwise take in (agreement, proposal is kept: rare). */
const NOUN_ENDING = /(?:ment|ness|ship)$/

/** Words that join or relate phrases; after a verb they start something else ("stock to Marketing"). */
const FUNCTION_WORDS = new Set(
  (
    'and or but nor as at by for from in into of off on onto out over per since than through to under until ' +
    'up upon via with within without about after against along among around before behind below between ' +
    'beyond during except like near past toward towards when where while whether which who whom whose why ' +
    'how what if so then there here it he she they we you i me him them us is are was were be been being ' +
    'has have had do does did will would shall should can could may might must not also said says'
  ).split(' '),
)

const PARTICLES = new Set(['off', 'out', 'up', 'down', 'back'])

/** Before a verb in its base form: "will raise gas prices", "to raise target prices". */
const VERB_LEAD = new Set('to will would could can may might must should shall did does do not cannot'.split(' '))

/** Before a noun: "a cut in interest rates", "further cuts in interest rates". */
const NOUN_LEAD = new Set(
  'a an the any further early more another its this that his her their our new first big sharp latest recent'.split(
    ' ',
  ),
)

/** Where the gap sits: the term word before it, and the word before that term word. */
export interface GapPlace {
  /** The text is a headline in capitals: capitals there do not mark a name. */
  allCaps: () => boolean
  /** The term word before the gap, as found in the text. */
  previous: WrittenWord
  /** The word before `previous` in the text, if any. */
  lead: WrittenWord | undefined
  /** Whether `previous` is the term's first word. */
  first: boolean
}

/** Whether one word may stand inside an unquoted term without changing what it says. */
export function modifies(gap: WrittenWord, next: WrittenWord, place: GapPlace): boolean {
  if (possessive(gap)) return false
  if (isCapitalised(gap.written) && isCapitalised(next.written) && !place.allCaps()) return false // inside a name
  if (/^\p{N}/u.test(gap.written)) return true
  if (/^[-\u2010\u2011]$/.test(gap.before.trim())) return true // the second half of a hyphenated compound
  if (MODIFIER_WORDS.has(gap.plain)) return true
  if (gap.plain === 'in') return place.first && place.lead !== undefined && NOUN_LEAD.has(place.lead.plain)
  // "sell off shares": the particle of a phrasal verb belongs to the verb.
  if (PARTICLES.has(gap.plain)) return place.first && usedAsVerb(place.previous, place.lead)
  if (FUNCTION_WORDS.has(gap.plain)) return false
  if (/(?:ed|ing)$/.test(gap.plain)) {
    if (participle(gap.plain)) return true
  } else if (gap.plain.length > 4 && MODIFIER_ENDING.test(gap.plain) && !NOUN_ENDING.test(gap.plain)) return true
  // A noun may open the object of a verb ("raised posted prices", "to raise gas prices"), never sit
  // inside a compound of nouns ("share offer price", "foreign stock exchanges").
  return usedAsVerb(place.previous, place.lead)
}

/** posted, leading; not seed or thing. */
function participle(plain: string): boolean {
  return /[aeiouy][^aeiouy]*(?:ed|ing)$/.test(plain) && !/eed$/.test(plain) && plain.length > 4
}

/** "stock's market price": a possessive owns the words after it, so no term runs on past it. */
export function possessive(word: WrittenWord): boolean {
  return /['\u2019]s$/iu.test(word.written)
}

function usedAsVerb(word: WrittenWord, lead: WrittenWord | undefined): boolean {
  if (participle(word.plain)) return true
  return lead !== undefined && VERB_LEAD.has(lead.plain) && !CLAUSE_MARK.test(word.before)
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word)
}

/** "non-oil": the word is negated by the prefix before it. */
export function negated(word: WrittenWord, previous: WrittenWord | undefined): boolean {
  return previous !== undefined && previous.plain === 'non' && /^[-\u2010\u2011]$/.test(word.before)
}

/** An all-capitals word of two or more letters in a term is an acronym: "start" is not START. */
export function isAcronym(typed: string): boolean {
  return /^\p{Lu}{2,}$/u.test(typed.replace(/[*'\u2019]/g, ''))
}

export function writtenLowerCase(word: WrittenWord): boolean {
  return word.written === word.written.toLowerCase()
}
