// Opens a Workspace from folders: the bundled corpus, the user's library and stores in the user data
// folder. The app passes an electron-store backend; Node (browser host, tests) uses conf.
import { copyFileSync, existsSync } from 'node:fs'
import type { Article, ExportScope, LoadProblem, Notice, PlacedHighlight } from '../shared/types'
import { loadCorpusDir } from './corpus'
import { Library } from './library'
import { storePaths } from './paths'
import { SearchIndex } from './search'
import { backendOptions, confBackend, type BackendFactory } from './store/backend'
import { exportFileName, exportMarkdown, mergeExport, renderExport } from './export'
import { Highlights } from './highlights/service'
import { openStore } from './store'
import { speakersOf, TopicStore } from './topics'
import { Workspace, type KeyValueStore, type MarkdownExport, type WorkspaceParts } from './workspace'

export interface OpenOptions {
  corpusDir: string
  userDataDir: string
  /** electron-store in the app; conf otherwise. */
  makeStore?: BackendFactory
}

export async function openWorkspace(options: OpenOptions): Promise<Workspace> {
  const paths = storePaths(options.userDataDir)
  const makeStore = options.makeStore ?? confBackend
  const notices: Notice[] = []
  const corpus = await loadCorpusDir(options.corpusDir)
  const library = await Library.open(paths.library)
  const libraryArticles = await library.readAll()
  const settings = openConfig(paths.config, makeStore, notices)
  const articles = mergeArticles(corpus.articles, libraryArticles)
  const byId = new Map(articles.map((a) => [a.id, a]))
  const store = openStore(paths.highlights, { backend: makeStore })
  const highlights = new Highlights(store, (id) => byId.get(id))

  const parts: WorkspaceParts = {
    articles,
    loadProblems: corpus.problems,
    notices: [...notices, ...loadNotice(corpus.problems, options.corpusDir)],
    // The store adds notices while running (a file damaged from outside is backed up and rewritten).
    liveNotices: () => store.notices,
    buildIndex: (list) => SearchIndex.build([...list]),
    topics: new TopicStore(settings),
    highlights,
    exportMarkdown: (scope, current) => markdownExport(scope, highlights.list(), current),
    settings,
    importer: async (fileName, text, workspace) => {
      const report = await library.importText(fileName, text, (progress) => workspace.setImportProgress(progress))
      await workspace.addArticles(await library.readAll())
      workspace.setImportProgress({
        running: false,
        file: fileName,
        done: report.total,
        total: report.total,
        added: report.added,
        ratePerSecond: report.seconds > 0 ? report.total / report.seconds : report.total,
        secondsLeft: 0,
        skipped: report.skipped,
      })
    },
  }
  return new Workspace(parts)
}

/** The bundled corpus first; a library article with the same id replaces it (the user imported a newer copy). */
function mergeArticles(corpus: Article[], library: Article[]): Article[] {
  const byId = new Map(corpus.map((a) => [a.id, a]))
  for (const article of library) byId.set(article.id, article)
  return [...byId.values()]
}

function loadNotice(problems: LoadProblem[], dir: string): Notice[] {
  if (problems.length === 0) return []
  const files = problems.map((p) => p.file).join(', ')
  return [
    {
      id: 'corpus-problems',
      level: 'warning',
      message: `${problems.length} file(s) in ${dir} could not be loaded: ${files}. The other articles are available.`,
    },
  ]
}

/** The config store (topics, settings). An unreadable file is copied aside first, then started afresh. */
function openConfig(path: string, makeStore: BackendFactory, notices: Notice[]): KeyValueStore {
  const options = backendOptions(path, { serialize: (v) => `${JSON.stringify(v, null, 2)}\n`, deserialize: JSON.parse })
  let backend
  try {
    backend = makeStore(options)
  } catch (error) {
    const backup = path.replace(/\.json$/, `.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
    if (existsSync(path)) copyFileSync(path, backup)
    notices.push({
      id: 'config-corrupt',
      level: 'warning',
      message: `Your settings and topics file ${path} could not be read (${error instanceof Error ? error.message : String(error)}). A copy was kept at ${backup}; starting with defaults.`,
    })
    backend = makeStore({ ...options, deserialize: () => ({}) })
    backend.store = {}
  }
  const store = backend
  return {
    get: (key) => store.store[key],
    set: (key, value) => {
      store.store = { ...store.store, [key]: value }
    },
  }
}

/** The Markdown for a scope, and how to update a file that holds an earlier export of it. */
function markdownExport(
  scope: ExportScope,
  placed: PlacedHighlight[],
  articles: ReadonlyMap<string, Article>,
): MarkdownExport {
  const input = {
    scope,
    highlights: placed,
    article: (id: string) => articles.get(id),
    exportedAt: new Date().toISOString(),
    speakerFor: (h: PlacedHighlight) => {
      const article = articles.get(h.articleId)
      return article && h.current ? speakersOf(article).get(h.current.paragraph) : null
    },
  }
  const { markdown, count } = exportMarkdown(input)
  const title = scope.kind === 'article' ? articles.get(scope.articleId)?.title : undefined
  const fileName = exportFileName(scope, title)
  return { fileName, markdown, count, updateFile: (existing) => mergeExport(existing, renderExport(input), fileName) }
}
