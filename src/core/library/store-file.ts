// The library's files and the append-only article store (articles.jsonl) as bytes: where they are, how
// one line is read by offset, what an append writes, and the content key naming what the library holds.
import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import type { LibraryEntry, StoredArticle } from './meta'

export const libraryFiles = (dir: string) => ({
  store: join(dir, 'articles.jsonl'),
  meta: join(dir, 'library.json'),
})

/** The bytes of one entry's line in the store (fewer if the store is shorter than the entry says). */
export async function readLine(storePath: string, entry: Pick<LibraryEntry, 'offset' | 'length'>): Promise<string> {
  const handle = await open(storePath, 'r')
  try {
    const buffer = Buffer.alloc(entry.length)
    const { bytesRead } = await handle.read(buffer, 0, entry.length, entry.offset)
    return buffer.toString('utf8', 0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** Changes whenever any article is added or changed: names the library's content for the index cache. */
export function contentKeyOf(entries: Iterable<LibraryEntry>): string {
  const hash = createHash('sha256')
  for (const entry of [...entries].sort((a, b) => (a.id < b.id ? -1 : 1)))
    hash.update(`${entry.id}\u0000${entry.hash}\n`)
  return hash.digest('base64url').slice(0, 22)
}

/**
 * What appending `articles` (serialized as `lines`) to a store ending at `end` writes: the articles not
 * already stored with the same content and source, their new entries, and the text to append (starting
 * on a fresh line if the store's last line was cut short).
 */
export function planAppend(
  articles: StoredArticle[],
  lines: string[],
  entries: ReadonlyMap<string, LibraryEntry>,
  end: { size: number; torn: boolean },
): { written: StoredArticle[]; added: LibraryEntry[]; text: string } {
  const written: StoredArticle[] = []
  const added: LibraryEntry[] = []
  const out: string[] = []
  const lead = end.torn ? '\n' : ''
  let offset = end.size + lead.length
  articles.forEach((article, i) => {
    const entry = entries.get(article.id)
    if (entry?.hash === article.hash && entry.source === article.source) return
    const line = lines[i] as string
    const length = Buffer.byteLength(line)
    const { body: _body, paragraphs: _paragraphs, ...rest } = article
    added.push({ ...rest, offset, length })
    written.push(article)
    out.push(line)
    offset += length + 1
  })
  return { written, added, text: out.length ? `${lead}${out.join('\n')}\n` : '' }
}
