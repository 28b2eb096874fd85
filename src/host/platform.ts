// The browser host's side of what differs from the app: exports go back to the browser (backend/
// export-result.ts), and links are opened by the browser itself (the server only vets them).
import { browserExport } from '../backend/export-result'
import type { Platform } from '../backend/handlers'

export const hostPlatform: Platform = {
  deliverExport: async (file, request) => browserExport(file, request),
  deliverReport: async ({ fileName, mimeType, text }) => ({ kind: 'download', fileName, mimeType, text }),
  openExternal: async () => true,
}
