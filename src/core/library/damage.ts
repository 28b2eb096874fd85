// What the library says and keeps when its files are damaged: the copy of an unusable article list
// (one per damage), and one notice naming what was kept, what was lost and where the copy is.
import { createHash } from 'node:crypto'
import { constants, copyFileSync, readFileSync } from 'node:fs'
import type { Notice } from '../../shared/types'

export function readOrEmpty(path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0)
    throw error
  }
}

/** The articles an unusable library.json still names (for saying what was lost). */
export function listedIn(text: string | undefined): { id: string; title: string }[] {
  try {
    const articles = (JSON.parse(text ?? '') as { articles?: unknown }).articles
    return Array.isArray(articles) ? articles.filter((e) => typeof e?.id === 'string') : []
  } catch {
    return []
  }
}

/** `library.json.corrupt-<hash>`: one copy per distinct damaged content, never overwritten. */
export function keepCopy(path: string, text: string): string {
  const copy = `${path}.corrupt-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`
  try {
    copyFileSync(path, copy, constants.COPYFILE_EXCL)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  return copy
}

export interface Damage {
  reason: string | undefined
  kept: number
  lost: string[]
  titles: Map<string, string>
  damaged: number
  copy: string | null
}

export function damageNotice(dir: string, store: string, d: Damage): Notice {
  const named = d.lost.slice(0, 3).map((id) => `"${d.titles.get(id) ?? id}"`)
  const parts = [
    `The library in ${dir} was damaged (${d.reason ?? 'its articles do not match their list'}) and rebuilt from what is left: ${d.kept} articles kept`,
    d.lost.length
      ? `${d.lost.length} lost (${named.join(', ')}${d.lost.length > 3 ? ', …' : ''}); import them again to get them back`
      : 'none lost',
    d.damaged ? `${d.damaged} damaged lines are left untouched in ${store}` : '',
    d.copy ? `the old article list is kept at ${d.copy}` : '',
  ]
  const message = `${parts.filter(Boolean).join('; ')}.`
  return {
    id: `library-damaged-${createHash('sha256').update(message).digest('hex').slice(0, 8)}`,
    level: 'warning',
    message,
  }
}
