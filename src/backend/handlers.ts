// The handler table: every Api method, its arguments validated, then passed to the workspace.
// No Electron here, so the browser host serves the very same table over HTTP.
import type { Api } from '../shared/api'
import type { ExportRequest, ExportResult, ReportResult } from '../shared/types'
import type { ReportFile } from '../core/topics/report-file'
import type { ExportFile, WorkspaceApi } from '../core/workspace/workspace'
import { parseArgs } from './validation'

/** What differs between the Electron app and the browser host. */
export interface Platform {
  /** App: native save dialog, then write the file; host: hand the file to the browser (to save or download). */
  deliverExport(file: ExportFile, request: ExportRequest): Promise<ExportResult>
  /** App: native save dialog, then write the report; host: hand it to the browser as a download. */
  deliverReport(file: ReportFile): Promise<ReportResult>
  /**
   * Open a vetted https URL. App: the system browser; host: nothing to do on the server, so it
   * returns true and the browser opens the link itself.
   */
  openExternal(url: string): Promise<boolean>
}

/** The URL, normalised, when it is an https link with a host and no credentials; otherwise null. */
export function vetExternalUrl(raw: string): string | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null
  return url.href
}

// Each handler takes `unknown[]` (what actually arrives over IPC or HTTP), so `satisfies Api`
// still checks names and return types while the arguments are parsed inside.
export function createHandlers(workspace: WorkspaceApi, platform: Platform): Api {
  return {
    listArticles: async (...args: unknown[]) => {
      parseArgs('listArticles', args)
      return workspace.listArticles()
    },
    getArticle: async (...args: unknown[]) => workspace.getArticle(...parseArgs('getArticle', args)),
    search: async (...args: unknown[]) => workspace.search(...parseArgs('search', args)),
    markQuery: async (...args: unknown[]) => workspace.markQuery(...parseArgs('markQuery', args)),
    removeArticles: async (...args: unknown[]) => workspace.removeArticles(...parseArgs('removeArticles', args)),
    restoreArticles: async (...args: unknown[]) => workspace.restoreArticles(...parseArgs('restoreArticles', args)),
    status: async (...args: unknown[]) => {
      parseArgs('status', args)
      return workspace.status()
    },
    dismissNotice: async (...args: unknown[]) => workspace.dismissNotice(...parseArgs('dismissNotice', args)),

    listTopics: async (...args: unknown[]) => {
      parseArgs('listTopics', args)
      return workspace.listTopics()
    },
    saveTopic: async (...args: unknown[]) => workspace.saveTopic(...parseArgs('saveTopic', args)),
    deleteTopic: async (...args: unknown[]) => workspace.deleteTopic(...parseArgs('deleteTopic', args)),
    compare: async (...args: unknown[]) => workspace.compare(...parseArgs('compare', args)),
    previewTopic: async (...args: unknown[]) => workspace.previewTopic(...parseArgs('previewTopic', args)),
    compareReport: async (...args: unknown[]) =>
      platform.deliverReport(await workspace.compareReport(...parseArgs('compareReport', args))),

    listHighlights: async (...args: unknown[]) => {
      parseArgs('listHighlights', args)
      return workspace.listHighlights()
    },
    addHighlight: async (...args: unknown[]) => workspace.addHighlight(...parseArgs('addHighlight', args)),
    updateHighlight: async (...args: unknown[]) => workspace.updateHighlight(...parseArgs('updateHighlight', args)),
    deleteHighlight: async (...args: unknown[]) => workspace.deleteHighlight(...parseArgs('deleteHighlight', args)),
    restoreHighlight: async (...args: unknown[]) => workspace.restoreHighlight(...parseArgs('restoreHighlight', args)),
    reattachHighlight: async (...args: unknown[]) =>
      workspace.reattachHighlight(...parseArgs('reattachHighlight', args)),
    listStances: async (...args: unknown[]) => {
      parseArgs('listStances', args)
      return workspace.listStances()
    },
    addStance: async (...args: unknown[]) => workspace.addStance(...parseArgs('addStance', args)),
    exportHighlights: async (...args: unknown[]) => {
      const [request] = parseArgs('exportHighlights', args)
      return platform.deliverExport(await workspace.exportHighlights(request), request)
    },

    listSpeakers: async (...args: unknown[]) => {
      parseArgs('listSpeakers', args)
      return workspace.listSpeakers()
    },
    speakerTimeline: async (...args: unknown[]) => workspace.speakerTimeline(...parseArgs('speakerTimeline', args)),
    speakerMarkdown: async (...args: unknown[]) => workspace.speakerMarkdown(...parseArgs('speakerMarkdown', args)),
    articleSpeakers: async (...args: unknown[]) => workspace.articleSpeakers(...parseArgs('articleSpeakers', args)),
    correctSpeaker: async (...args: unknown[]) => workspace.correctSpeaker(...parseArgs('correctSpeaker', args)),
    renameSpeaker: async (...args: unknown[]) => workspace.renameSpeaker(...parseArgs('renameSpeaker', args)),

    importText: async (...args: unknown[]) => workspace.importText(...parseArgs('importText', args)),
    importBytes: async (...args: unknown[]) => workspace.importBytes(...parseArgs('importBytes', args)),

    getSettings: async (...args: unknown[]) => {
      parseArgs('getSettings', args)
      return workspace.getSettings()
    },
    setSettings: async (...args: unknown[]) => workspace.setSettings(...parseArgs('setSettings', args)),
    openExternal: async (...args: unknown[]) => {
      const [raw] = parseArgs('openExternal', args)
      const url = vetExternalUrl(raw)
      return url === null ? false : platform.openExternal(url)
    },
  } satisfies Api
}
