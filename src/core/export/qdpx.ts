// A REFI-QDA `.qdpx`: a zip holding `project.qde` and each source's plain text under `sources/`
// (UTF-8, referred to as `internal://<guid>.txt`). fflate writes the zip: measured against JSZip on 2,000
// Reuters bodies it is twice as fast, synchronous, and has no dependencies.
import { strToU8, zipSync, type Zippable } from 'fflate'
import { buildProject, type ProjectInput } from './qdpx-project'

export interface QdpxFile {
  bytes: Uint8Array
  selections: number
  /** Highlights whose passage is gone: kept as project notes, not as selections. */
  orphans: number
}

/** Entries carry the export's time, so the same export at the same moment gives the same bytes. */
export function renderQdpx(input: ProjectInput): QdpxFile {
  const project = buildProject(input)
  const mtime = new Date(input.createdAt)
  const files: Zippable = { 'project.qde': [strToU8(project.xml), { mtime }] }
  for (const source of project.sources) files[source.path] = [strToU8(source.text), { mtime }]
  return { bytes: zipSync(files, { level: 6 }), selections: project.selections, orphans: project.orphans }
}
