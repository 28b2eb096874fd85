// Imports into the workspace, one at a time in the background, and the articles another process
// (`cli import`, the browser host) adds to the same library: both join the workspace through addArticles.
import type { Article, ImportOptions, ImportProgress, Notice } from '../../shared/types'
import { importStarting } from '../library'
import type { ImportContent, Importer } from './deps'
import { errorMessage } from '../../shared/errors'

/** How often, at most, status and the list look for articles another process imported into the library. */
const PICK_UP_MS = 2000

/** What the import queue needs from the workspace. */
export interface ImportTarget {
  /** Settles when the library's bodies have been read (rejects when they could not be: already reported). */
  bodies: Promise<unknown>
  addArticles(articles: readonly Article[]): Promise<void>
  addNotice(notice: Notice): void
}

/** The report of a drop so far, and one more file's: one report, a line per file. */
function joinBatch(earlier: ImportProgress | null, next: ImportProgress): ImportProgress {
  if (!earlier) return next
  const files = [...(earlier.files ?? []), ...(next.files ?? [])]
  return {
    ...next,
    file: `${files.length} files`,
    done: earlier.done + next.done,
    total: earlier.total + next.total,
    added: earlier.added + next.added,
    skipped: [...earlier.skipped, ...next.skipped],
    files,
  }
}

export class ImportQueue {
  readonly #importer: Importer | undefined
  readonly #target: ImportTarget
  #progress: ImportProgress | null = null
  #queue: Promise<void> = Promise.resolve()
  #lastPickUp = 0
  /** The drop the last import belonged to, if any, and its report so far. */
  #batch: { id: string; report: ImportProgress } | null = null

  constructor(importer: Importer | undefined, target: ImportTarget) {
    this.#importer = importer
    this.#target = target
  }

  /** The running or last import's progress and final figures (null before any). */
  get progress(): ImportProgress | null {
    return this.#progress
  }

  /**
   * Starts importing one file and returns: the import runs in the background (one at a time), its
   * progress and final figures in `progress`, a failure as a notice. `idle()` waits for it.
   */
  start(fileName: string, content: ImportContent, options: ImportOptions = {}): void {
    const importer = this.#importer
    if (!importer) throw new Error('import is not available in this build')
    importer.check?.(fileName, typeof content !== 'string')
    if (!this.#progress?.running) this.#progress = importStarting(fileName)
    this.#queue = this.#queue.then(() => this.#run(importer, fileName, content, options))
  }

  /** Runs `task` once the imports asked for so far are done, and before any asked for later. */
  after<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task)
    this.#queue = run.then(
      () => undefined,
      () => undefined,
    )
    return run
  }

  /** Resolves when every import asked for so far has finished (its articles listed; the index may still build). */
  idle(): Promise<void> {
    return this.#queue
  }

  async #run(importer: Importer, fileName: string, content: ImportContent, options: ImportOptions): Promise<void> {
    // A file of the same drop as the last import: its figures add to the drop's report.
    const earlier = options.batch && this.#batch?.id === options.batch ? this.#batch.report : null
    this.#progress = importStarting(fileName)
    try {
      await this.#target.bodies
      const outcome = await importer.run(
        fileName,
        content,
        (progress) => (this.#progress = { ...progress, running: true }),
        options,
      )
      if (outcome.articles.length) await this.#target.addArticles(outcome.articles)
      this.#progress = joinBatch(earlier, { ...outcome.progress, running: false })
      this.#batch = options.batch ? { id: options.batch, report: this.#progress } : null
    } catch (error) {
      const failed = { ...(this.#progress ?? importStarting(fileName)), running: false, secondsLeft: 0 }
      const line = { file: fileName, articles: 0, added: 0, problem: `import failed: ${errorMessage(error)}` }
      this.#progress = joinBatch(earlier, { ...failed, files: [line] })
      this.#batch = options.batch ? { id: options.batch, report: this.#progress } : null
      this.#target.addNotice({
        id: 'import-failed',
        level: 'error',
        message: `Import of ${fileName} failed: ${errorMessage(error)}`,
      })
    }
  }

  /**
   * Another process may import into the same library (`cli import` defaults to it): now and then, queued
   * with the imports, the library is looked at again and what it added joins the list (the renderer sees
   * the article count change on its next status poll and reloads the list).
   */
  pickUpOutside(): void {
    const importer = this.#importer
    if (!importer?.pickUp || this.#progress?.running || Date.now() - this.#lastPickUp < PICK_UP_MS) return
    this.#lastPickUp = Date.now()
    const pickUp = importer.pickUp.bind(importer)
    this.#queue = this.#queue.then(async () => {
      // A library that could not be read at all is reported already (library-unreadable).
      const readable = await this.#target.bodies.then(
        () => true,
        () => false,
      )
      if (!readable) return
      try {
        const articles = await pickUp()
        if (articles.length) await this.#target.addArticles(articles)
      } catch (error) {
        this.#target.addNotice({
          id: 'library-refresh-failed',
          level: 'warning',
          message: `Articles imported into your library by another program could not be read: ${errorMessage(error)}`,
        })
      }
    })
  }
}
