// A browser download of a generated file (where the browser cannot save in place: lib/save-file.ts).
export function downloadText(fileName: string, data: string | Uint8Array, type = 'text/markdown'): void {
  const blobType = typeof data === 'string' ? `${type};charset=utf-8` : type
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: blobType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
