// Opens a Workspace from folders: the bundled corpus, the user's library and stores in the user data
// folder. The app passes an electron-store backend; Node (browser host, tests) uses conf.
import { copyFileSync, existsSync } from 'node:fs'
import type { Article, LoadProblem, Notice, Topic } from '../shared/types'
import { loadCorpusDir } from './corpus'
import { Library } from './library'
import { storePaths } from './paths'
import { SearchIndex } from './search'
import { backendOptions, confBackend, type BackendFactory } from './store/backend'
import { compare } from './topics/compare'
import { presetTopics } from './topics/presets'
import { NotFoundError, Workspace, type HighlightService, type KeyValueStore, type TopicService, type WorkspaceParts } from './workspace'

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

  const parts: WorkspaceParts = {
    articles: mergeArticles(corpus.articles, libraryArticles),
    loadProblems: corpus.problems,
    notices: [...notices, ...loadNotice(corpus.problems, options.corpusDir)],
    buildIndex: (articles) => SearchIndex.build([...articles]),
    topics: topicService(settings),
    highlights: pendingHighlights,
    exportMarkdown: () => {
      throw new Error('export is not wired yet')
    },
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

// Interim until src/core/topics ships its TopicStore: presets plus the user's topics in the config store.
function topicService(config: KeyValueStore): TopicService {
  const own = (): Topic[] => (Array.isArray(config.get('topics')) ? (config.get('topics') as Topic[]) : [])
  const all = () => [...presetTopics(), ...own()]
  const find = (ref: string) => {
    const folded = ref.trim().toLowerCase()
    const topic = all().find((t) => t.id === ref || t.name.toLowerCase() === folded)
    if (!topic) throw new NotFoundError(`no topic named "${ref}"`)
    return topic
  }
  return {
    list: all,
    save(input) {
      const id = input.id ?? `user-${Date.now().toString(36)}`
      if (presetTopics().some((t) => t.id === id)) throw new Error('preset topics cannot be changed; save a copy under another name')
      const topic: Topic = { ...input, id, preset: false }
      config.set('topics', [...own().filter((t) => t.id !== id), topic])
      return topic
    },
    delete(id) {
      find(id)
      if (presetTopics().some((t) => t.id === id)) throw new Error('preset topics cannot be deleted')
      config.set('topics', own().filter((t) => t.id !== id))
    },
    compare: (request, articles, index) => compare(find(request.topic), articles, index, request),
  }
}

const notWired = () => {
  throw new Error('highlights are not wired yet')
}
const pendingHighlights: HighlightService = {
  list: () => [],
  add: notWired,
  update: notWired,
  delete: notWired,
  restore: notWired,
  reattach: notWired,
  stances: () => [],
  addStance: notWired,
  articlesChanged: () => undefined,
}
