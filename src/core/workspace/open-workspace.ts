// Opens a Workspace from folders: the bundled corpus, the user's library and stores in the user data
// folder. The app passes an electron-store backend; Node (browser host, tests) uses conf.
// Warm start: the list (corpus + library metadata) is there when this resolves; the cached index is then
// loaded (or built in a worker) in the background, with progress. The library's bodies are parsed only
// when asked for (stored-text.ts): the index cache is named by library.json, not by the bodies.
import { join } from 'node:path'
import type { Article, ArticleSummary, LoadProblem, Notice } from '../../shared/types'
import { openConfig } from '../settings/config-store'
import { loadCorpusDir } from '../corpus'
import { highlightsExporter } from '../export'
import { Highlights } from '../highlights/service'
import { importInWorker } from '../library/import-run'
import { BINARY_FILE, IMPORT_FILE, Library, mergeById } from '../library'
import { loadOrBuildIndex } from '../search/index-build'
import { readLibraryArticles, type LibraryText } from '../library/library-articles'
import { storePaths } from '../fs/paths'
import { SpeakerCorrections, SpeakerStoreError } from '../speakers/corrections'
import { SpeakerService } from '../speakers/service'
import { SpeakerCache } from '../speakers/cache'
import { confBackend, type BackendFactory } from '../highlights/store/backend'
import { openStore } from '../highlights/store'
import { TopicStore } from '../topics'
import { turn } from '../slices/turn'
import { ImportError, summarize, Workspace, type Importer, type WorkspaceDeps } from './workspace'

export interface OpenOptions {
  corpusDir: string
  userDataDir: string
  /** The user's library folder, when not the one in the user data folder (`npm run serve -- --library DIR`). */
  libraryDir?: string
  /** electron-store in the app; conf otherwise. */
  makeStore?: BackendFactory
  /** How long a search waits for a first index (tests shorten it). */
  indexWaitMs?: number
}

/** Below this many articles the index is built in-process: quicker than starting a worker. */
const INLINE_BUILD_LIMIT = 200

export async function openWorkspace(options: OpenOptions): Promise<Workspace> {
  const paths = { ...storePaths(options.userDataDir), ...(options.libraryDir ? { library: options.libraryDir } : {}) }
  const makeStore = options.makeStore ?? confBackend
  const notices: Notice[] = []
  // Aborted by the workspace's dispose: stops the import and index workers still running.
  const workers = new AbortController()
  const corpus = await loadCorpusDir(options.corpusDir)
  let library = await Library.open(paths.library)
  await turn()
  const settings = openConfig(paths.config, makeStore, notices)
  const store = openStore(paths.highlights)
  // Placed on the bodies once read; the workspace makes every highlight call wait for them.
  const highlights = new Highlights(store, () => undefined)
  const speakers = openSpeakers(join(options.userDataDir, 'speakers.json'), notices)
  const corpusById = new Map(corpus.articles.map((a) => [a.id, a]))
  /** Library articles as last read, by id, with the content hash they were read under. */
  let known = new Map<string, LibraryText>()

  // A body found damaged when first parsed is served empty; the library is repaired on disk (the metadata
  // rebuilt without it, a notice naming it) as reading every body at start used to do.
  let repairing: Promise<void> | null = null
  const repair = () => {
    // one repair at a time; a body found damaged after it is done starts another
    repairing ??= library.store
      .recover()
      .catch(() => undefined)
      .finally(() => (repairing = null))
  }

  const readLibrary = async (): Promise<Article[]> => {
    const texts = await readLibraryArticles(library, known, repair)
    known = new Map(texts.map((t) => [t.article.id, t]))
    return texts.map((t) => t.article)
  }

  /** Reads the library again; only what changed goes back: new or re-imported text, a new source, or groups that moved. */
  const readChanged = async (): Promise<Article[]> => {
    const before = known
    const articles = await readLibrary()
    return articles.filter((a) => {
      const old = before.get(a.id)
      return !old || old.hash !== known.get(a.id)?.hash || old.article.source !== a.source || !sameGroup(old.article, a)
    })
  }

  const importer: Importer = {
    check(fileName, binary) {
      if (!IMPORT_FILE.test(fileName)) {
        throw new ImportError(
          `cannot import ${fileName}: choose a .jsonl, .md, .txt, .html, .rss, .atom, .xml or .pdf file`,
        )
      }
      if (BINARY_FILE.test(fileName) && !binary)
        throw new ImportError(`${fileName} must be sent as bytes (importBytes)`)
    },
    async run(fileName, content, onProgress, options) {
      const request =
        typeof content === 'string'
          ? { libraryDir: paths.library, fileName, text: content, source: options?.source }
          : { libraryDir: paths.library, fileName, text: '', data: content, source: options?.source }
      const report = await importInWorker(request, onProgress, workers.signal)
      library = await Library.open(paths.library)
      return {
        articles: await readChanged(),
        progress: {
          running: false,
          file: fileName,
          done: report.total,
          total: report.total,
          added: report.added,
          ratePerSecond: report.seconds > 0 ? Math.round(report.total / report.seconds) : report.total,
          secondsLeft: 0,
          skipped: report.skipped,
          files: report.files,
        },
      }
    },
    // The CLI or the browser host may import into the same library while the app runs.
    async pickUp() {
      return (await library.refresh()) ? readChanged() : []
    },
    async remove(ids) {
      const removed = await library.remove(ids)
      for (const article of removed) known.delete(article.id)
      return removed
    },
    async restore(ids) {
      const back = await library.restore(ids)
      // Read again as a whole: a restored article may rejoin a near-identical group, and so may its partner.
      return back.length ? readChanged() : []
    },
  }

  const topics = new TopicStore(settings)
  // Worked out in slices: 21k summaries built and sorted in one go held the event loop 30–50 ms.
  const summaries = mergeById(corpus.articles.map(summarize), await library.listInSlices())
  await turn()
  const deps: WorkspaceDeps = {
    articles: {
      summaries,
      // Turns around the merge: the last slice of reading, the merge and taking the articles in were one task.
      articles: readLibrary().then(async (fromLibrary) => {
        await turn()
        const merged = mergeById(corpus.articles, fromLibrary)
        await turn()
        return merged
      }),
      read: async (id) => (library.store.has(id) ? library.read(id) : corpusById.get(id)),
    },
    loadProblems: corpus.problems,
    notices: [...notices, ...loadNotice(corpus.problems, options.corpusDir)],
    // The store adds notices while running (a file damaged from outside is backed up and rewritten).
    liveNotices: () => [...store.notices, ...library.store.notices],
    buildIndex: async (list, onProgress) => {
      const loaded = await loadOrBuildIndex([...list], paths.indexCache, {
        inline: list.length <= INLINE_BUILD_LIMIT,
        refresh: true,
        signal: workers.signal,
        onProgress: (p) => onProgress(p.done, p.total),
      })
      return loaded.index
    },
    topics,
    highlights,
    exportHighlights: highlightsExporter({ highlights, topics, speakers }),
    settings,
    importer,
    speakers,
    speakerCache: new SpeakerCache(paths.indexCache),
    ...(options.indexWaitMs === undefined ? {} : { indexWaitMs: options.indexWaitMs }),
    dispose: () => workers.abort(),
  }
  return new Workspace(deps)
}

/** The speaker corrections; an unreadable file is left as it is (a notice says so) and corrections stay in memory. */
function openSpeakers(path: string, notices: Notice[]): SpeakerService {
  try {
    return new SpeakerService(new SpeakerCorrections(path))
  } catch (error) {
    if (!(error instanceof SpeakerStoreError)) throw error
    notices.push({ id: 'speakers-unreadable', level: 'error', message: `Speaker corrections: ${error.message}.` })
    return new SpeakerService(new SpeakerCorrections(null))
  }
}

function sameGroup(a: ArticleSummary, b: ArticleSummary): boolean {
  return a.duplicateOf === b.duplicateOf && (a.alsoFiledAs ?? []).join('\n') === (b.alsoFiledAs ?? []).join('\n')
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
