// An export handed back to the browser (the host), which saves it through the File System Access API where
// it can, or downloads it. A Markdown export sent with the file it updates comes back merged into it; a
// .qdpx (a zip) travels as base64 inside the JSON answer.
import type { ExportFile } from '../core/workspace/workspace'
import type { ExportRequest, ExportResult } from '../shared/types'

export function browserExport(file: ExportFile, request: ExportRequest): ExportResult {
  const content =
    request.existing !== undefined && file.format === 'md' ? file.updateFile(request.existing) : file.content
  const base = { kind: 'download' as const, fileName: file.fileName, mediaType: file.mediaType, count: file.count }
  return typeof content === 'string'
    ? { ...base, encoding: 'utf-8', data: content }
    : { ...base, encoding: 'base64', data: Buffer.from(content).toString('base64') }
}
