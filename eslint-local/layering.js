// Folder = layer (as VS Code's code-layering): each folder under src/ may import only the layers listed
// here. Relative imports are resolved against the importing file before they are judged, so
// `../main/x` from src/core is caught as surely as a package name would be.
import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

/** What each layer may import besides itself. Anything outside src/ (resources, bench data) is not judged. */
export const ALLOWED = {
  shared: [],
  core: ['shared'],
  backend: ['core', 'shared'],
  main: ['backend', 'core', 'shared'],
  host: ['backend', 'core', 'shared'],
  cli: ['backend', 'core', 'shared'],
  preload: ['shared'],
  renderer: ['shared'],
}

/** The layer a file belongs to (the folder under src/), or null outside src/. */
function layerOf(file) {
  const parts = relative(root, file).split(sep)
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : null
}

export const layering = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder under src/ imports only the layers it may (docs/architecture.md).' },
    schema: [],
    messages: {
      refused: "src/{{from}} may not import src/{{to}} ('{{source}}'): {{from}} may import {{allowed}}.",
      unknown: 'src/{{layer}} is not a known layer: add it to eslint-local/layering.js and docs/architecture.md.',
    },
  },
  create(context) {
    const file = context.filename
    const from = layerOf(file)
    if (from === null) return {}
    if (!(from in ALLOWED)) {
      return { Program: (node) => context.report({ node, messageId: 'unknown', data: { layer: from } }) }
    }
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return
      const to = layerOf(resolve(dirname(file), source))
      if (to === null || to === from || ALLOWED[from].includes(to)) return
      const allowed = ALLOWED[from].length ? ALLOWED[from].map((l) => `src/${l}`).join(', ') : 'nothing of ours'
      context.report({ node, messageId: 'refused', data: { from, to, source, allowed } })
    }
    const fromSource = (node) => check(node, node.source?.value)
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: fromSource,
    }
  },
}

export default { rules: { layering } }
