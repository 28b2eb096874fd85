// Rules that recognise page chrome: text a web page wraps around an article (navigation, photo
// captions and credits, agency bylines, lists of other stories). Each rule looks at one paragraph
// and its neighbours only, so it works on articles nobody has seen; what no rule can see is
// overridden per file in front matter.
import type { ChromeReason } from '../../shared/types'

const words = (text: string) => text.split(/\s+/).filter(Boolean)

/** Ends like a sentence: final . ! ? … possibly followed by closing quotes or brackets. */
export const endsSentence = (text: string) => /[.!?…:;]["'”’»)\]]*$/.test(text)

const FUNCTION_WORDS = new Set(
  'a an and as at but by for from in into of on or over the to under upon vs with without about after against between'.split(' '),
)

/** Share of content words that start with a capital letter (a caption or heading is title-like). */
export function titleCaseShare(text: string): number {
  const content = words(text).filter((word) => /^\p{L}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase()))
  if (content.length === 0) return 0
  return content.filter((word) => /^\p{Lu}/u.test(word)).length / content.length
}

const NAVIGATION = new RegExp(
  '^(?:' +
    [
      '(?:all|latest|more|top|breaking|world|local|other) news',
      'news',
      'home(?:page)?',
      'menu',
      'search',
      'share(?: this)?(?: article| story| page)?',
      'print(?: this)?(?: article| story| page)?',
      'e-?mail(?: this)?(?: article| story)?',
      'advertisement',
      'sponsored(?: content)?',
      'subscribe(?: now)?',
      'sign (?:in|up)',
      'log ?in',
      'skip to (?:main )?content',
      'back to top',
      '(?:go )?back',
      '(?:next|previous) (?:article|story|page)',
      'follow us(?: on [\\p{L} ,]+)?',
      'read (?:more|next)',
      '\\d* ?comments?(?: \\(\\d+\\))?',
      'listen(?: to)?(?: this)?(?: article| story)?',
      'font size',
      'copy link',
    ].join('|') +
    ')[\\s:›»>|]*$',
  'iu',
)

/** "Home › World › Europe", "News | Politics": short segments joined by breadcrumb separators. */
const BREADCRUMB = /^[\p{L}\p{N} &'-]{1,30}(?:\s*[›»>|/]\s*[\p{L}\p{N} &'-]{1,30}){1,6}$/u

export function isNavigation(text: string): boolean {
  if (words(text).length > 6) return false
  return NAVIGATION.test(text) || (BREADCRUMB.test(text) && titleCaseShare(text) >= 0.5 && /[›»>|]/.test(text))
}

/** "Name Surname/AGENCY" (a photographer and an agency) at the end of a line. */
const NAME_SLASH_AGENCY = /(?:^|\s)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*\/\s*\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}$/u
const CREDIT_START = /^(?:©|\(c\)\s|copyright\b|(?:photo|image|picture|video|graphic|illustration|file photo|source photo)s?(?: credits?)?\s*[:：])/iu
const PHOTO_AGENCY = /^(?:getty images|afp|ap|ap photo|reuters|epa|shutterstock|xinhua|tass|sputnik|ria novosti)(?:\s*[/|]\s*[\p{L} .]+)?$/iu

export function isCredit(text: string): boolean {
  if (CREDIT_START.test(text)) return words(text).length <= 30
  if (words(text).length > 14 || endsSentence(text)) return false
  return NAME_SLASH_AGENCY.test(text) || PHOTO_AGENCY.test(text)
}

/** A caption written into the text: "(Photo: …)" at the end, or "Pictured: …" at the start. */
const CAPTION_MARK = /^(?:pictured|caption|in the photo|photo)\s*[:：]|\((?:photo|file photo|illustration|image)\b[^)]*\)\s*$/iu

/** A short title-like line without a sentence (a name and a job title) beside a credit line. */
export function isCaption(text: string, besideCredit: boolean): boolean {
  if (CAPTION_MARK.test(text) && words(text).length <= 40) return true
  if (!besideCredit) return false
  return words(text).length <= 12 && !endsSentence(text) && titleCaseShare(text) >= 0.6
}

const BYLINES = [
  /^by\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*(?:,|and|&)\s*[\p{L}'’. ]+)*$/iu,
  /^\(?(?:reporting|writing|editing|additional reporting|compiled|edited|translated) by\b/iu,
  /^(?:\S+\s+){0,3}\((?:according to|via|source:?|theo|from)\s+[^()]+\)\.?$/iu,
  /^(?:source|sources|author|posted by|written by)\s*[:：]\s*\S/iu,
]

/** "By Jane Doe", "TB (according to VNA)", "Reporting by …; Editing by …", "Source: VNA". */
export function isByline(text: string): boolean {
  const count = words(text).length
  if (/^\(?(?:reporting|writing|editing|additional reporting)/iu.test(text)) return count <= 30
  return count <= 8 && BYLINES.some((rule) => rule.test(text))
}

const TRAILER = new RegExp(
  '^(?:' +
    [
      'related(?: topics| stories| articles| news| posts| content| coverage| links| reading| items)?',
      'see also',
      'also read',
      'read also',
      'you (?:may|might) also (?:like|be interested in|want to read)',
      'recommended(?: for you| stories| articles| reading)?',
      'most (?:read|popular|viewed|shared)(?: stories| articles| news)?',
      'more (?:stories|news|articles|from [\\p{L} ]+|on this(?: topic| story)?)',
      'latest (?:news|stories|articles)',
      'other (?:news|stories)',
      'tags?',
      'keywords',
    ].join('|') +
    ')\\s*:?$',
  'iu',
)

/** A heading that opens a list of other stories: everything from it on is not the article. */
export function isTrailerHeading(text: string): boolean {
  return words(text).length <= 8 && TRAILER.test(text)
}

/** Chrome reason for each paragraph text, or undefined for article text. */
export function detectChrome(texts: string[]): Array<ChromeReason | undefined> {
  const reasons: Array<ChromeReason | undefined> = texts.map((text) => {
    if (isNavigation(text)) return 'navigation'
    if (isCredit(text)) return 'credit'
    if (isByline(text)) return 'byline'
    return undefined
  })
  texts.forEach((text, i) => {
    if (reasons[i]) return
    const besideCredit = reasons[i - 1] === 'credit' || reasons[i + 1] === 'credit'
    if (isCaption(text, besideCredit)) reasons[i] = 'caption'
  })
  // A trailer needs article text above it; at the very top such a line is navigation.
  const firstText = reasons.findIndex((reason) => reason === undefined)
  const trailer = texts.findIndex((text, i) => i > firstText && firstText >= 0 && isTrailerHeading(text))
  if (trailer > 0) for (let i = trailer; i < texts.length; i++) reasons[i] = 'trailer'
  return reasons
}
