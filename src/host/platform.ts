// The browser host's side of what differs from the app: exports become downloads, and links are
// opened by the browser itself (the server only vets them).
import type { Platform } from '../backend/handlers'

export const hostPlatform: Platform = {
  deliverExport: async ({ fileName, markdown, count }) => ({ kind: 'download', fileName, markdown, count }),
  openExternal: async () => true,
}
