// Polls the app's status: notices for the user, load problems, import and index progress.
import type { AppStatus, ImportOptions } from '../../../shared/types'
import { api } from '../lib/api'
import { errorMessage } from '../lib/errors'

const BUSY_MS = 500

/** File names the back end imports (src/core/library/sources.ts IMPORT_FILE), and those sent as bytes. */
export const IMPORTABLE = /\.(jsonl|ndjson|md|markdown|txt|x?html?|rss|atom|xml|pdf)$/i
const BINARY = /\.pdf$/i

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer)
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** A dropped file and its path inside the dropped folder ("clippings/bbc.html"), or its name. */
export interface DroppedFile {
  file: File
  path: string
}
const IDLE_MS = 5000

export class Status {
  current = $state.raw<AppStatus | null>(null)
  error = $state<string | null>(null)
  /** Set while the renderer is reading or sending a file, before the host reports progress. */
  sending = $state<string | null>(null)
  /** Files of the last drop that are not a kind the reader imports: named in the import report. */
  notImported = $state.raw<string[]>([])
  /** The finished import whose report was dismissed (remembered in settings); undefined until read. */
  dismissedImport = $state<string | null | undefined>(undefined)
  #timer: ReturnType<typeof setTimeout> | null = null
  #articleCount: number | null = null
  #onLibraryChanged: () => void

  readonly notices = $derived(this.current?.notices ?? [])
  readonly loadProblems = $derived(this.current?.loadProblems ?? [])
  readonly importing = $derived(this.current?.import ?? null)
  /** Names one finished import's report, so dismissing it holds across reloads and restarts. */
  readonly importKey = $derived.by(() => {
    const imp = this.current?.import
    return imp && !imp.running ? `${imp.file}:${imp.done}:${imp.added}:${imp.skipped.length}` : null
  })
  readonly showImportReport = $derived(
    this.importKey !== null && this.dismissedImport !== undefined && this.importKey !== this.dismissedImport,
  )
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

  async loadDismissed(): Promise<void> {
    try {
      this.dismissedImport = (await api.getSettings()).dismissedImport ?? null
    } catch {
      this.dismissedImport = null // settings unreadable: show the report rather than hide it
    }
  }

  dismissImport(): void {
    this.dismissedImport = this.importKey
    // Best effort: failing to remember only means the report shows again next time.
    api.setSettings({ dismissedImport: this.importKey }).catch(() => undefined)
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
  async importFile(file: File, options: ImportOptions = {}, name = file.name): Promise<void> {
    this.sending = name
    try {
      // A PDF travels as bytes (base64: the browser host speaks JSON); everything else as text.
      const started = BINARY.test(name)
        ? api.importBytes(name, toBase64(await file.arrayBuffer()), options)
        : api.importText(name, await file.text(), options)
      void this.poll() // show progress while the call runs
      await started
    } catch (error) {
      this.error = `Import of ${name} failed: ${errorMessage(error)}`
    } finally {
      this.sending = null
      void this.poll()
    }
  }

  /** Imports dropped files and folders one after another as one report (a line per file). */
  async importDropped(dropped: DroppedFile[]): Promise<void> {
    const batch = `drop-${Date.now()}-${Math.random().toString(36).slice(2)}`
    this.notImported = dropped.filter((d) => !IMPORTABLE.test(d.path)).map((d) => d.path)
    for (const { file, path } of dropped.filter((d) => IMPORTABLE.test(d.path))) {
      await this.importFile(file, { batch }, path)
    }
  }
}
