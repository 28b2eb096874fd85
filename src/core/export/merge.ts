// Re-exporting to a file the user has edited: the generated part (between the markers) is replaced,
// our front matter keys are updated, and everything else the user wrote stays where it was.
import { parseDocument } from 'yaml'
import { BEGIN_MARKER, END_MARKER, type RenderedExport } from './markdown'

export class ExportMergeError extends Error {
  override name = 'ExportMergeError'
}

/** Keys of the front matter the export owns; any other key is the user's. */
const OWN_KEYS = ['title', 'topic', 'scope', 'exported-at', 'articles', 'counts']

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/
const markerLine = (marker: string) => new RegExp(`^${marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*$`, 'gm')

/** The new file text. `existing` is the file as it is now, or null when there is none. */
export function mergeExport(existing: string | null, rendered: RenderedExport, fileName = 'the file'): string {
  if (existing === null || existing.trim() === '') return compose(frontMatterText(null, rendered, fileName), '', rendered.body, '')
  const match = FRONT_MATTER.exec(existing)
  const yamlText = match ? match[1]! : null
  const rest = match ? existing.slice(match[0].length) : existing

  const begins = [...rest.matchAll(markerLine(BEGIN_MARKER))]
  const ends = [...rest.matchAll(markerLine(END_MARKER))]
  if (begins.length === 0 && ends.length === 0) {
    // A file of the user's own: keep it all and add the generated part at the end.
    const before = rest.replace(/\s*$/, '')
    return compose(frontMatterText(yamlText, rendered, fileName), before ? `${before}\n\n` : '', rendered.body, '')
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
  return compose(frontMatterText(yamlText, rendered, fileName), before, rendered.body, after)
}

function compose(frontMatter: string, before: string, body: string, after: string): string {
  return `---\n${frontMatter}---\n\n${before.replace(/^\n+/, '')}${body}${after}`
}

function frontMatterText(existing: string | null, rendered: RenderedExport, fileName: string): string {
  const doc = parseDocument(existing ?? '')
  if (doc.errors.length > 0) throw new ExportMergeError(`${fileName}: its front matter is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}). Fix it or export to a new file.`)
  const json: unknown = doc.toJSON()
  if (json !== null && json !== undefined && (typeof json !== 'object' || Array.isArray(json))) {
    throw new ExportMergeError(`${fileName}: its front matter is not a YAML mapping. Fix it or export to a new file.`)
  }
  for (const key of OWN_KEYS) if (!(key in rendered.frontMatter) && doc.has(key)) doc.delete(key)
  for (const [key, value] of Object.entries(rendered.frontMatter)) doc.set(key, doc.createNode(value))
  return doc.toString({ lineWidth: 0 })
}
