import fc from 'fast-check'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openWorkspace } from '../core/workspace/open-workspace'
import { storePaths } from '../core/fs/paths'
import type { Api } from '../shared/api'
import { API_METHODS } from '../shared/methods'
import type { WorkspaceApi } from '../core/workspace/workspace'
import { browserExport } from './export-result'
import { createHandlers, vetExternalUrl, type Platform } from './handlers'
import { argSchemas, ValidationError } from './validation'

/** A workspace that only records what reached it: validation must stop bad calls before this. */
function recordingWorkspace() {
  const calls: string[] = []
  const workspace = new Proxy({} as WorkspaceApi, {
    get: (_target, name) => async () => {
      calls.push(String(name))
      return name === 'exportHighlights'
        ? { fileName: 'x.md', format: 'md', mediaType: 'text/markdown', content: '', count: 0, orphans: 0 }
        : undefined
    },
  })
  return { workspace, calls }
}

const platform = (opened: string[] = []): Platform => ({
  deliverExport: async (file, request) => browserExport(file, request),
  deliverReport: async ({ fileName, mimeType, text }) => ({ kind: 'download', fileName, mimeType, text }),
  openExternal: async (url) => {
    opened.push(url)
    return true
  },
})

const isValid = (method: keyof Api, args: unknown[]) => argSchemas[method].safeParse(args).success

// Anything JSON or structured clone can carry, plus shapes close to the real arguments.
const value = fc.oneof(
  fc.anything({ withBoxedValues: false, withNullPrototype: true, withObjectString: true }),
  fc.string({ maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom('', ' ', '000_f6b6277f5f03b554', 'yellow', 'all', '2019-13-40', '__proto__', 'javascript:alert(1)'),
  fc.record(
    {
      articleId: fc.oneof(fc.string(), fc.integer()),
      start: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double(), fc.string()),
      end: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constant(Number.NaN)),
      color: fc.constantFrom('yellow', 'green', 'pink', 1),
      kind: fc.constantFrom('topic', 'article', 'all', 'nope'),
      topic: fc.oneof(fc.string(), fc.constant(null)),
      terms: fc.array(fc.oneof(fc.string(), fc.integer())),
      name: fc.string(),
    },
    { requiredKeys: [] },
  ),
)
const argumentLists = fc.array(value, { maxLength: 5 })

describe('handler table', () => {
  it('has exactly one handler per Api method', () => {
    const { workspace } = recordingWorkspace()
    expect(Object.keys(createHandlers(workspace, platform())).sort()).toEqual([...API_METHODS].sort())
  })

  it('rejects thousands of random argument lists with a clean ValidationError, and nothing reaches the workspace', async () => {
    let rejected = 0
    for (const method of API_METHODS) {
      const { workspace, calls } = recordingWorkspace()
      const handlers = createHandlers(workspace, platform())
      const call = handlers[method] as (...args: unknown[]) => Promise<unknown>
      await fc.assert(
        fc.asyncProperty(argumentLists, async (args) => {
          fc.pre(!isValid(method, args))
          const error = await call(...args).then(
            () => null,
            (e: unknown) => e,
          )
          expect(error).toBeInstanceOf(ValidationError)
          expect((error as Error).message.startsWith(`${method}:`)).toBe(true)
          rejected++
        }),
        { numRuns: 400, seed: 42 },
      )
      expect(calls, method).toEqual([])
    }
    expect(rejected).toBeGreaterThan(API_METHODS.length * 300)
  })

  it('leaves the real stores byte for byte unchanged under random invalid calls', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stance-fuzz-'))
    try {
      const workspace = await openWorkspace({ corpusDir: 'corpus', userDataDir: dir })
      const handlers = createHandlers(workspace, platform())
      const article = await handlers.getArticle('000_f6b6277f5f03b554')
      await handlers.addHighlight({ articleId: article.id, start: 0, end: 8, color: 'yellow', note: 'seed' })
      await handlers.setSettings({ lastArticleId: article.id })
      const paths = storePaths(dir)
      const before = [readFileSync(paths.highlights, 'utf8'), readFileSync(paths.config, 'utf8')]
      let rejected = 0
      for (const method of API_METHODS) {
        const call = handlers[method] as (...args: unknown[]) => Promise<unknown>
        await fc.assert(
          fc.asyncProperty(argumentLists, async (args) => {
            fc.pre(!isValid(method, args))
            await expect(call(...args)).rejects.toBeInstanceOf(ValidationError)
            rejected++
          }),
          { numRuns: 60, seed: 7 },
        )
      }
      expect(rejected).toBeGreaterThan(API_METHODS.length * 40)
      expect([readFileSync(paths.highlights, 'utf8'), readFileSync(paths.config, 'utf8')]).toEqual(before)
      expect((await handlers.listHighlights()).map((h) => h.note)).toEqual(['seed'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('passes valid arguments through, parsed', async () => {
    const { workspace, calls } = recordingWorkspace()
    const handlers = createHandlers(workspace, platform())
    await handlers.getArticle('000_f6b6277f5f03b554')
    await handlers.addHighlight({ articleId: 'a', start: 0, end: 5, color: 'yellow' })
    await handlers.compare({ topic: 'Arms race', from: '2019-01-01' })
    expect(calls).toEqual(['getArticle', 'addHighlight', 'compare'])
  })

  it('rejects specific bad calls with a message naming the method and argument', async () => {
    const { workspace } = recordingWorkspace()
    const h = createHandlers(workspace, platform()) as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>
    await expect(h.getArticle!()).rejects.toThrow(/^getArticle:/)
    await expect(h.getArticle!('a', 'extra')).rejects.toThrow(ValidationError)
    await expect(h.addHighlight!({ articleId: 'a', start: 5, end: 5, color: 'yellow' })).rejects.toThrow(
      /addHighlight: argument 0\.end/,
    )
    await expect(h.addHighlight!({ articleId: 'a', start: 0, end: 5, color: 'pink' })).rejects.toThrow(/color/)
    await expect(h.compare!({ topic: 'x', from: '2019-02-30' })).rejects.toThrow(/from/)
    await expect(h.exportHighlights!({ scope: { kind: 'file', path: '/etc/passwd' } })).rejects.toThrow(ValidationError)
    await expect(h.exportHighlights!({ scope: { kind: 'all' }, format: 'docx' })).rejects.toThrow(/format/)
    await expect(h.exportHighlights!({ scope: { kind: 'all' }, path: '/etc/passwd' })).rejects.toThrow(ValidationError)
    await expect(h.importText!('a.md', 'x'.repeat(10))).resolves.toBeUndefined()
    await expect(h.importText!('a.jsonl', 'x', { source: 'Reuters' })).resolves.toBeUndefined()
    await expect(h.importText!('a.jsonl', 'x', { source: 'R'.repeat(201) })).rejects.toThrow(
      /^importText: argument 2\.source/,
    )
    await expect(h.importText!('a.jsonl', 'x', { sources: 'Reuters' })).rejects.toThrow(/^importText: argument 2/)
    await expect(h.importText!('a.jsonl', 'x', { source: 7 })).rejects.toThrow(ValidationError)
    await expect(h.importText!('a.jsonl', 'x', 'Reuters')).rejects.toThrow(ValidationError)
  })

  it('hands importText a trimmed source, and a blank one as none', () => {
    expect(argSchemas.importText.parse(['a.jsonl', 'x', { source: '  Reuters \n' }])).toEqual([
      'a.jsonl',
      'x',
      { source: 'Reuters' },
    ])
    expect(argSchemas.importText.parse(['a.jsonl', 'x', { source: '   ' }])).toEqual(['a.jsonl', 'x', {}])
    expect(argSchemas.importText.parse(['a.jsonl', 'x'])).toEqual(['a.jsonl', 'x'])
  })
})

describe('openExternal', () => {
  it('opens only https URLs with a host and no credentials', async () => {
    const opened: string[] = []
    const { workspace } = recordingWorkspace()
    const h = createHandlers(workspace, platform(opened))
    const refused = [
      'http://example.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'https://user:pw@example.com/',
      'HTTPS://',
      'app://stance/index.html',
      ' javascript:alert(1)',
      'vbscript:msgbox',
      'smb://host/share',
      '//example.com',
      'not a url',
    ]
    for (const url of refused) expect(await h.openExternal(url), url).toBe(false)
    expect(await h.openExternal('https://tass.com/politics/1079663')).toBe(true)
    expect(await h.openExternal('HTTPS://Example.COM/a b')).toBe(true)
    expect(opened).toEqual(['https://tass.com/politics/1079663', 'https://example.com/a%20b'])
  })

  it('vets with URL parsing, not string prefixes', () => {
    // Looks like example.com, is evil.com with a user name: refused.
    expect(vetExternalUrl('https://example.com@evil.com/')).toBeNull()
    expect(vetExternalUrl('https:example.com')).toBe('https://example.com/')
  })
})
