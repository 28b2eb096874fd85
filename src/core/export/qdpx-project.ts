// `project.qde` for a REFI-QDA project (urn:QDA-XML:project:1.0, the 2019 Project schema), which NVivo,
// ATLAS.ti, MAXQDA and QualCoder import. Each article with placed highlights is a TextSource whose plain
// text is its body, byte for byte (in sources/); each highlight is a PlainTextSelection coded with its
// topics, stance, colour and tags, its note a Note it refers to. Orphans have no place in any text, so
// they travel as project notes. GUIDs are derived from our ids, so exporting again gives the same ones.
import { createHash } from 'node:crypto'
import type { Article } from '../../shared/types'
import { sourceUrl, type HighlightRecord } from './records'
import { topicsOf } from './select'
import { attributes, xmlText } from './xml'

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0'

/** Code colours: the app's highlight colours, saturated enough to read on white in a QDA tool. */
export const COLOR_HEX: Record<string, string> = {
  yellow: '#E6C619',
  green: '#3FA34D',
  blue: '#3A78D8',
  red: '#D9453D',
  purple: '#8A56C8',
}

export interface ProjectInput {
  name: string
  /** Topics every selection is coded with (the topic of a topic export), beside each highlight's own. */
  scopeTopics: string[]
  records: HighlightRecord[]
  article: (id: string) => Article | undefined
  /** xsd:dateTime of the export. */
  createdAt: string
  origin: string
}

export interface ProjectSource {
  guid: string
  /** Path inside the .qdpx: `sources/<guid>.txt`. */
  path: string
  text: string
}

export interface Project {
  xml: string
  sources: ProjectSource[]
  selections: number
  orphans: number
}

/** A stable GUID (UUID version 5 layout) for one of our things: the same key gives the same GUID. */
export function guidFor(kind: string, key: string): string {
  const hex = createHash('sha1').update(`stance-reader:${kind}:${key}`, 'utf8').digest('hex')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** REFI-QDA counts text positions in Unicode code points; JavaScript strings count UTF-16 units. */
export function codePointOffset(text: string, utf16Offset: number): number {
  if (!/[\uD800-\uDFFF]/.test(text)) return utf16Offset
  let points = 0
  for (let i = 0; i < utf16Offset; i++) {
    const unit = text.charCodeAt(i)
    // The second half of a pair is not a code point of its own.
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHighSurrogate(text.charCodeAt(i - 1))) continue
    points++
  }
  return points
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff

interface Code {
  guid: string
  name: string
  color?: string
}

class CodeBook {
  readonly groups = new Map<string, { guid: string; codes: Map<string, Code> }>()

  code(group: string, name: string, color?: string): string {
    let codes = this.groups.get(group)
    if (!codes) {
      codes = { guid: guidFor('code-group', group), codes: new Map() }
      this.groups.set(group, codes)
    }
    const key = name.toLowerCase()
    let code = codes.codes.get(key)
    if (!code) {
      code = { guid: guidFor(`code:${group}`, key), name, ...(color ? { color } : {}) }
      codes.codes.set(key, code)
    }
    return code.guid
  }

  xml(): string[] {
    const out: string[] = []
    for (const [group, { guid, codes }] of this.groups) {
      if (codes.size === 0) continue
      out.push(`<Code${attributes({ guid, name: group, isCodable: false })}>`)
      for (const c of codes.values())
        out.push(`<Code${attributes({ guid: c.guid, name: c.name, isCodable: true, color: c.color })}/>`)
      out.push('</Code>')
    }
    return out.length ? ['<CodeBook>', '<Codes>', ...out, '</Codes>', '</CodeBook>'] : []
  }
}

export function buildProject(input: ProjectInput): Project {
  const user = guidFor('user', 'stance-reader')
  const book = new CodeBook()
  const outlet = guidFor('variable', 'outlet')
  const published = guidFor('variable', 'published')
  const notes: string[] = []
  const bySource = new Map<string, { article: Article; selections: string[] }>()
  let selections = 0
  let orphans = 0

  for (const record of input.records) {
    const h = record.highlight
    const at = dateTime(h.createdAt)
    const note = h.note.trim()
    const noteGuid = note ? guidFor('note', h.id) : null
    const article = input.article(h.articleId)
    if (h.status === 'orphan' || !h.current || !article) {
      orphans++
      const text = [
        `“${h.quote}”`,
        `${record.article?.title ?? h.articleId} · no longer found in the article's text`,
        note,
      ]
      notes.push(
        noteXml(
          guidFor('orphan', h.id),
          `Orphaned highlight: ${short(h.quote)}`,
          text.filter(Boolean).join('\n\n'),
          user,
          at,
        ),
      )
      continue
    }
    const codes = [
      ...[...input.scopeTopics, ...topicsOf(h)].map((t) => book.code('Topics', t)),
      ...(h.stance ? [book.code('Stances', h.stance)] : []),
      book.code('Colours', h.color, COLOR_HEX[h.color]),
      ...h.tags.map((t) => book.code('Tags', t)),
    ]
    const codings = [...new Set(codes)].map(
      (code) =>
        `<Coding${attributes({ guid: guidFor('coding', `${h.id}:${code}`), creatingUser: user, creationDateTime: at })}><CodeRef${attributes({ targetGUID: code })}/></Coding>`,
    )
    if (noteGuid) notes.push(noteXml(noteGuid, `Note: ${short(h.quote)}`, note, user, dateTime(h.updatedAt)))
    const source = bySource.get(article.id) ?? { article, selections: [] }
    bySource.set(article.id, source)
    const describe = [
      record.speaker && `Speaker: ${record.speaker}`,
      `Paragraph ${record.paragraphNumber}`,
      record.link,
    ]
    source.selections.push(
      [
        `<PlainTextSelection${attributes({
          guid: guidFor('selection', h.id),
          name: short(h.quote),
          startPosition: codePointOffset(article.body, h.current.start),
          endPosition: codePointOffset(article.body, h.current.end),
          creatingUser: user,
          creationDateTime: at,
          modifyingUser: user,
          modifiedDateTime: dateTime(h.updatedAt),
        })}>`,
        `<Description>${xmlText(describe.filter(Boolean).join('\n'))}</Description>`,
        ...codings,
        ...(noteGuid ? [`<NoteRef${attributes({ targetGUID: noteGuid })}/>`] : []),
        '</PlainTextSelection>',
      ].join(''),
    )
    selections++
  }

  const sources: ProjectSource[] = []
  const sourceXml: string[] = []
  for (const { article, selections: parts } of bySource.values()) {
    const guid = guidFor('source', article.id)
    sources.push({ guid, path: `sources/${guid}.txt`, text: article.body })
    const about = [article.source, article.date, sourceUrl(article), `id ${article.id}`].filter(Boolean).join(' · ')
    sourceXml.push(
      `<TextSource${attributes({ guid, name: article.title || article.id, plainTextPath: `internal://${guid}.txt`, creatingUser: user })}>`,
      `<Description>${xmlText(about)}</Description>`,
      ...parts,
      ...(article.source ? [variableValue(outlet, `<TextValue>${xmlText(article.source)}</TextValue>`)] : []),
      ...(article.date ? [variableValue(published, `<DateValue>${article.date}</DateValue>`)] : []),
      '</TextSource>',
    )
  }

  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project${attributes({ xmlns: QDA_NAMESPACE, name: input.name, origin: input.origin, creatingUserGUID: user, creationDateTime: input.createdAt })}>`,
    `<Users><User${attributes({ guid: user, name: 'Stance Reader' })}/></Users>`,
    ...book.xml(),
    '<Variables>',
    `<Variable${attributes({ guid: outlet, name: 'Outlet', typeOfVariable: 'Text' })}/>`,
    `<Variable${attributes({ guid: published, name: 'Published', typeOfVariable: 'Date' })}/>`,
    '</Variables>',
    ...(sourceXml.length ? ['<Sources>', ...sourceXml, '</Sources>'] : []),
    ...(notes.length ? ['<Notes>', ...notes, '</Notes>'] : []),
    '</Project>',
    '',
  ].join('\n')
  return { xml, sources, selections, orphans }
}

function noteXml(guid: string, name: string, text: string, user: string, at: string): string {
  return `<Note${attributes({ guid, name, creatingUser: user, creationDateTime: at })}><PlainTextContent>${xmlText(text)}</PlainTextContent></Note>`
}

function variableValue(variable: string, value: string): string {
  return `<VariableValue><VariableRef${attributes({ targetGUID: variable })}/>${value}</VariableValue>`
}

/** A selection's or note's name: the start of the quote on one line. */
function short(quote: string): string {
  const line = quote.replace(/\s+/g, ' ').trim()
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}

/** Our stored ISO times as xsd:dateTime (they already are; an unreadable one falls back to the epoch). */
function dateTime(iso: string): string {
  const time = Date.parse(iso)
  return new Date(Number.isNaN(time) ? 0 : time).toISOString()
}
