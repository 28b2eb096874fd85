import type { Api } from './api'

// Listing every method once lets preload and the browser host expose exactly the contract;
// the Record type makes a missing or extra name a compile error.
const methods: Record<keyof Api, true> = {
  listArticles: true,
  getArticle: true,
  search: true,
  markQuery: true,
  removeArticles: true,
  restoreArticles: true,
  status: true,
  dismissNotice: true,
  listTopics: true,
  saveTopic: true,
  deleteTopic: true,
  compare: true,
  compareReport: true,
  previewTopic: true,
  listHighlights: true,
  addHighlight: true,
  updateHighlight: true,
  deleteHighlight: true,
  restoreHighlight: true,
  reattachHighlight: true,
  listStances: true,
  addStance: true,
  exportHighlights: true,
  listSpeakers: true,
  speakerTimeline: true,
  speakerMarkdown: true,
  articleSpeakers: true,
  correctSpeaker: true,
  renameSpeaker: true,
  importText: true,
  importBytes: true,
  getSettings: true,
  setSettings: true,
  openExternal: true,
}

export const API_METHODS = Object.keys(methods) as (keyof Api)[]
