// A calendar date from how pages and feeds write it: a whole ISO or RFC 822 value through the app's one
// date parser (src/shared/dates.ts: the day as written, never this machine's zone); a date inside a line
// of text ("By Ann Lee, July 24, 2015", "24 de julio de 2015", "2016年10月14日") read by hand here.
import { parseIsoDate } from '../../../shared/dates'
import type { IsoDate } from '../../../shared/types'

const MONTHS: Record<string, number> = {}
const NAMES = [
  // en, fr, de, es, pt, it, nl: enough for the sites users save most
  'january february march april may june july august september october november december',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'januari februari maart april mei juni juli augustus september oktober november december',
]
for (const line of NAMES) {
  line.split(' ').forEach((name, i) => {
    MONTHS[name] = i + 1
    // "Jul", "Sept", "déc": any prefix of three letters or more names the month too
    for (let n = 3; n < name.length; n++) MONTHS[name.slice(0, n)] ??= i + 1
  })
}

const pad = (n: number) => String(n).padStart(2, '0')

function day(year: number, month: number, date: number): IsoDate | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || date < 1) return null
  if (date > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null
  return `${year}-${pad(month)}-${pad(date)}`
}

const monthOf = (word: string) => MONTHS[word.toLowerCase().replace(/\.$/, '')]

const MONTH = '(\\p{L}{3,}\\.?)'
const PATTERNS: Array<[RegExp, (m: RegExpExecArray) => IsoDate | null]> = [
  // 2015-07-24, 2015-07-24T05:36:09+01:00, 2015/07/24: the day as written
  [/\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])/u, (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  // July 24, 2015 · Jul. 24 2015
  [new RegExp(`${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'u'), (m) => monthDay(m[1]!, m[2]!, m[3]!)],
  // 24 July 2015 · 24 de julio de 2015 · 24. Juli 2015 · Fri, 24 Jul 2015
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?(\\d{4})\\b`, 'u'),
    (m) => monthDay(m[2]!, m[1]!, m[3]!),
  ],
  // Fri Mar 13 21:30:09 EST 2015 (Unix date)
  [
    new RegExp(`${MONTH}\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[A-Z]{2,5}\\s+)?(\\d{4})\\b`, 'u'),
    (m) => monthDay(m[1]!, m[2]!, m[3]!),
  ],
  // 2016年10月14日
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u, (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  // 24.07.2015 (day first, as written outside the US)
  [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/u, (m) => day(+m[3]!, +m[2]!, +m[1]!)],
]

function monthDay(monthName: string, date: string, year: string): IsoDate | null {
  const month = monthOf(monthName)
  return month ? day(+year, month, +date) : null
}

const ISO_OR_RFC822 =
  /^(?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|[A-Za-z]{3},\s+\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\b.*)$/

/** The calendar date written in `text` (the first one found), or null. */
export function writtenDate(text: string | null | undefined): IsoDate | null {
  if (!text) return null
  // A whole ISO or RFC 822 value (metadata, feeds) is read by the app's one date parser.
  const whole = ISO_OR_RFC822.test(text.trim()) ? parseIsoDate(text) : null
  if (whole) return whole
  for (const [pattern, read] of PATTERNS) {
    const match = pattern.exec(text)
    const found = match && read(match)
    if (found) return found
  }
  return null
}
