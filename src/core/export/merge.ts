// Re-exporting to a file the user has edited: the generated part (between the markers) is replaced,
// our front matter keys are updated, and everything else the user wrote stays where it was.
// The date rule: if the generated part (the marked section and our front matter keys other than
// `exported-at`) comes out the same as the file already has, the file's `exported-at` is kept, so an
// export with nothing new rewrites the same bytes (no spurious change in a synced or versioned vault);
// any change to the highlights, their articles or the counts stamps the new date.
// `tags` is shared: the user's own tags in it stay, the export's are added.
import { parseDocument } from 'yaml'
import { InvalidError } from '../../shared/errors'
import { BEGIN_MARKER, END_MARKER, type RenderedExport } from './markdown'

export class ExportMergeError extends InvalidError {
  override name = 'ExportMergeError'
}

/** Keys of the front matter the export owns; any other key is the user's. */
const OWN_KEYS = [
  'title',
  'topic',
  'article',
  'scope',
  'exported-at',
  'highlights',
  'articles',
  'orphans',
  'sources',
  'published-from',
  'published-to',
  // Written by earlier versions as nested maps, which Obsidian's Properties cannot show: removed on update.
  'counts',
]

// The closing `---` is a whole line of its own: a title ending in " ---" does not end the front matter.
const FRONT_MATTER = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/
const markerLine = (marker: string) => new RegExp(`^${marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*$`, 'gm')

/** The file's bytes as text; a file that is not UTF-8 is refused rather than rewritten with replacement characters. */
export function decodeExisting(bytes: Uint8Array, fileName = 'the file'): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ExportMergeError(
      `${fileName} is not UTF-8 text, so it is left as it is; convert it to UTF-8 or export to a new file`,
    )
  }
}

/** The new file text. `existing` is the file as it is now, or null when there is none. */
export function mergeExport(existing: string | null, rendered: RenderedExport, fileName = 'the file'): string {
  if (existing === null || existing.trim() === '')
    return compose(frontMatterText(null, rendered, fileName), '', rendered.body, '')
  const match = FRONT_MATTER.exec(existing)
  const yamlText = match ? (match[1] ?? '') : null
  const rest = match ? existing.slice(match[0].length) : existing

  const begins = [...rest.matchAll(markerLine(BEGIN_MARKER))]
  const ends = [...rest.matchAll(markerLine(END_MARKER))]
  if (begins.length === 0 && ends.length === 0) {
    // A file of the user's own: keep it all and add the generated part at the end.
    const before = rest.replace(/\s*$/, '')
    const tagged = withFileTags(yamlText, rendered)
    return compose(frontMatterText(yamlText, tagged, fileName), before ? `${before}\n\n` : '', rendered.body, '')
  }
  const begin = begins[0]
  const end = ends[0]
  if (begins.length !== 1 || ends.length !== 1 || !begin || !end || end.index! < begin.index!) {
    throw new ExportMergeError(
      `${fileName}: the generated part cannot be found (expected one "${BEGIN_MARKER}" line followed by one "${END_MARKER}" line; found ${begins.length} and ${ends.length}). Fix the markers or export to a new file.`,
    )
  }
  const before = rest.slice(0, begin.index)
  const after = rest.slice(end.index! + end[0].length).replace(/^\r?\n/, '')
  const generated = `${rest.slice(begin.index, end.index! + end[0].length)}\n`
  const dated = keepDate(yamlText, generated, withFileTags(yamlText, rendered))
  return compose(frontMatterText(yamlText, dated, fileName), before, dated.body, after)
}

/** The rendered export with the file's own `exported-at` if nothing else generated has changed (see above). */
function keepDate(yamlText: string | null, generated: string, rendered: RenderedExport): RenderedExport {
  if (yamlText === null || generated !== rendered.body) return rendered
  const doc = parseDocument(yamlText)
  const data: unknown = doc.errors.length ? null : doc.toJSON()
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return rendered
  const old = (data as Record<string, unknown>)['exported-at']
  if (typeof old !== 'string') return rendered
  const same = [...OWN_KEYS, 'tags'].every(
    (key) =>
      key === 'exported-at' ||
      JSON.stringify((data as Record<string, unknown>)[key]) === JSON.stringify(rendered.frontMatter[key]),
  )
  return same ? { ...rendered, frontMatter: { ...rendered.frontMatter, 'exported-at': old } } : rendered
}

/** The file's own tags first, as the user ordered them, then the export's that are not among them. */
function withFileTags(yamlText: string | null, rendered: RenderedExport): RenderedExport {
  if (yamlText === null) return rendered
  const doc = parseDocument(yamlText)
  const data: unknown = doc.errors.length ? null : doc.toJSON()
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return rendered
  const old = (data as Record<string, unknown>).tags
  const own = Array.isArray(old) ? old : typeof old === 'string' ? old.split(/[,\s]+/) : []
  const theirs = own.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim())
  const generated = rendered.frontMatter.tags
  if (theirs.length === 0 || !Array.isArray(generated)) return rendered
  const known = new Set(theirs.map((t) => t.replace(/^#/, '').toLowerCase()))
  const tags = [...theirs, ...generated.filter((t) => !known.has(t.toLowerCase()))]
  return { ...rendered, frontMatter: { ...rendered.frontMatter, tags } }
}

function compose(frontMatter: string, before: string, body: string, after: string): string {
  return `---\n${frontMatter}---\n\n${before.replace(/^\n+/, '')}${body}${after}`
}

function frontMatterText(existing: string | null, rendered: RenderedExport, fileName: string): string {
  const doc = parseDocument(existing ?? '')
  if (doc.errors.length > 0)
    throw new ExportMergeError(
      `${fileName}: its front matter is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}). Fix it or export to a new file.`,
    )
  const json: unknown = doc.toJSON()
  if (json !== null && json !== undefined && (typeof json !== 'object' || Array.isArray(json))) {
    throw new ExportMergeError(`${fileName}: its front matter is not a YAML mapping. Fix it or export to a new file.`)
  }
  for (const key of OWN_KEYS) if (!(key in rendered.frontMatter) && doc.has(key)) doc.delete(key)
  for (const [key, value] of Object.entries(rendered.frontMatter)) doc.set(key, doc.createNode(value))
  return doc.toString({ lineWidth: 0 })
}
