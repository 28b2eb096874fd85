export { Library, importStarting, type ImportReport, type ImportListener } from './library'
export { LibraryStore, libraryFiles, type LibraryEntry } from './store'
export { groupNearDuplicates } from './dedupe'
export { parseJsonLines, contentHash, type ImportRecord } from './records'
export {
  parseSource,
  parseSourceData,
  readSourcePath,
  recordParagraphs,
  IMPORT_FILE,
  BINARY_FILE,
  type SourceRecord,
} from './sources'
export { extractHtml, htmlRecord, writtenDate } from './html'
export { collapseDuplicates, markGroups } from './group'
export { mergeById } from './merge'
