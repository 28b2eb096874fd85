// Polls the app's status: notices for the user, load problems, import and index progress.
import type { AppStatus, ImportOptions } from '../../../shared/types'
import { api } from '../lib/api'
import { errorMessage } from '../lib/errors'

const BUSY_MS = 500
const IDLE_MS = 5000

export class Status {
  current = $state.raw<AppStatus | null>(null)
  error = $state<string | null>(null)
  /** Set while the renderer is reading or sending a file, before the host reports progress. */
  sending = $state<string | null>(null)
  #timer: ReturnType<typeof setTimeout> | null = null
  #articleCount: number | null = null
  #onLibraryChanged: () => void

  readonly notices = $derived(this.current?.notices ?? [])
  readonly loadProblems = $derived(this.current?.loadProblems ?? [])
  readonly importing = $derived(this.current?.import ?? null)
  readonly busy = $derived(
    Boolean(this.sending || this.current?.import?.running || (this.current && !this.current.index.ready)),
  )

  constructor(onLibraryChanged: () => void) {
    this.#onLibraryChanged = onLibraryChanged
  }

  async poll(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    try {
      const status = await api.status()
      const count = status.articleCount
      const importFinished = this.current?.import?.running && !status.import?.running
      this.current = status
      this.error = null
      if ((this.#articleCount !== null && count !== this.#articleCount) || importFinished) this.#onLibraryChanged()
      this.#articleCount = count
    } catch (error) {
      this.error = `Cannot reach the reader's back end: ${errorMessage(error)}`
    }
    this.#timer = setTimeout(() => void this.poll(), this.busy || this.error ? BUSY_MS : IDLE_MS)
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
  }

  async dismiss(id: string): Promise<void> {
    try {
      await api.dismissNotice(id)
      if (this.current) this.current = { ...this.current, notices: this.current.notices.filter((n) => n.id !== id) }
    } catch (error) {
      this.error = `The notice could not be dismissed: ${errorMessage(error)}`
    }
  }

  /**
   * Reads the chosen file and hands its text to the back end, which imports in the background.
   * `options` is always an object: over HTTP an undefined argument would arrive as null.
   */
  async importFile(file: File, options: ImportOptions = {}): Promise<void> {
    this.sending = file.name
    try {
      const text = await file.text()
      const started = api.importText(file.name, text, options)
      void this.poll() // show progress while the call runs
      await started
    } catch (error) {
      this.error = `Import of ${file.name} failed: ${errorMessage(error)}`
    } finally {
      this.sending = null
      void this.poll()
    }
  }
}
