// The reader's speakers of one article through the workspace: a correction made there is kept in
// speakers.json, read again after a restart, and the Speakers view lists the paragraph under the new name.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { NotFoundError } from '../../shared/errors'
import { openWorkspace } from './open-workspace'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})
const open = (userDataDir: string) => openWorkspace({ corpusDir: 'corpus', userDataDir })
const VNA = '001_878b15e8f2a5934d'
const GRUSHKO = { name: 'Alexander Grushko', kind: 'person' } as const

describe('Workspace.articleSpeakers', () => {
  it('shows a correction as confirmed after a restart, and the Speakers view agrees', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-ws-speakers-'))
    dirs.push(dir)
    const first = await open(dir)
    const before = await first.articleSpeakers(VNA)
    expect(before.find((p) => p.paragraph === 0)?.speaker).toEqual({ name: 'Dmitry Peskov', kind: 'person' })
    expect(before.map((p) => p.paragraph)).not.toContain(8)
    // The deputy minister's interview goes on: the paragraph is his, though it names no one.
    await first.correctSpeaker(VNA, 8, GRUSHKO)
    first.dispose()

    const again = await open(dir)
    const after = await again.articleSpeakers(VNA)
    expect(after.find((p) => p.paragraph === 8)).toEqual({
      paragraph: 8,
      speaker: GRUSHKO,
      confirmed: true,
    })
    expect(after.filter((p) => p.paragraph !== 8)).toEqual(before)
    const timeline = await again.speakerTimeline(GRUSHKO)
    const statement = timeline.statements.find((s) => s.articleId === VNA && s.paragraph === 8)
    expect(statement).toMatchObject({ confirmed: true, text: expect.stringMatching(/^Not only that, Russia also/) })
    await expect(again.articleSpeakers('999_nope')).rejects.toBeInstanceOf(NotFoundError)
    again.dispose()
  })
})
