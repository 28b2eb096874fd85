// Electronegativity over src/ and the built out/ (it cannot parse .svelte; the build covers them).
// Its one network check (Electron's release list) is skipped: offline it threw from a retry timer
// before writing any report. The report decides: missing report → fail; any HIGH or MEDIUM finding
// not justified in SECURITY.md (a table row naming the check id and the file) → fail.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { transformSync } from 'esbuild'

const reports = '.reports'
const electronVersion = createRequire(import.meta.url)('electron/package.json').version
const staged = `${reports}/electronegativity-out`
const tool = createRequire(import.meta.url).resolve('@doyensec/electronegativity/dist/index.js')
const targets = [
  { input: 'src', scan: 'src', report: `${reports}/electronegativity-src.csv` },
  { input: 'out', scan: staged, report: `${reports}/electronegativity-out.csv` },
]

// Its parsers predate class private fields (`#x`), which the build keeps (Electron supports them):
// on them it silently skips the whole bundle. So it scans a copy of out/ lowered to ES2019 by esbuild
// (same code, same line structure of calls), with the .cjs preload renamed .js so it is scanned at all.
function stageBuild() {
  rmSync(staged, { recursive: true, force: true })
  cpSync('out', staged, { recursive: true })
  const lower = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) lower(path)
      else if (/\.(c|m)?js$/.test(entry.name)) {
        const code = transformSync(readFileSync(path, 'utf8'), { target: 'es2019', loader: 'js' }).code
        writeFileSync(path, code)
        if (!entry.name.endsWith('.js')) renameSync(path, path.replace(/\.(c|m)js$/, '.js'))
      }
    }
  }
  lower(staged)
}

/** Rows of SECURITY.md's findings table: | `CHECK_ID` | `path` | why |. */
export function justifications(markdown) {
  const rows = new Set()
  for (const match of markdown.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*`([^`]+)`\s*\|\s*\S.*\|\s*$/gm)) {
    rows.add(`${match[1]} ${match[2]}`)
  }
  return rows
}

/** Minimal CSV: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text) {
  const rows = []
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue
    const fields = []
    let field = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const char = line[i]
      if (quoted) {
        if (char === '"' && line[i + 1] === '"') {
          field += '"'
          i++
        } else if (char === '"') quoted = false
        else field += char
      } else if (char === '"') quoted = true
      else if (char === ',') {
        fields.push(field.trim())
        field = ''
      } else field += char
    }
    fields.push(field.trim())
    rows.push(fields)
  }
  return rows
}

function main() {
  mkdirSync(reports, { recursive: true })
  const justified = justifications(existsSync('SECURITY.md') ? readFileSync('SECURITY.md', 'utf8') : '')
  const problems = []
  for (const { input, scan, report } of targets) {
    if (!existsSync(input)) {
      problems.push(`${input}/ does not exist (run \`npx electron-vite build\` first)`)
      continue
    }
    if (scan === staged) stageBuild()
    rmSync(report, { force: true })
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        './scripts/electronegativity-offline.mjs',
        tool,
        '-i',
        scan,
        '-o',
        report,
        '-r',
        '-e',
        electronVersion,
        '-x',
        'AvailableSecurityFixesGlobalCheck',
      ],
      { encoding: 'utf8', timeout: 300_000 },
    )
    if (!existsSync(report)) {
      problems.push(`no report for ${input}/ (exit ${run.status}):\n${run.stdout}${run.stderr}`)
      continue
    }
    const [header, ...findings] = parseCsv(readFileSync(report, 'utf8'))
    // A crash can leave an empty report: that is a failed scan, not a clean one.
    if (!header?.length || run.status !== 0) {
      problems.push(`the scan of ${input}/ did not finish (exit ${run.status}):\n${run.stdout}${run.stderr}`)
      continue
    }
    let counted = 0
    for (const [check, severity, confidence, file, location] of findings) {
      if (severity !== 'HIGH' && severity !== 'MEDIUM') continue
      counted++
      // Global checks (a handler missing anywhere) have no file: they name the whole input.
      const path = (file === 'N/A' ? `${input}/` : `${input}/${file}`.replace(/\/+/g, '/'))
        // Renderer bundles carry a content hash in their name; SECURITY.md names them `index-*.js`.
        .replace(/(\/assets\/[\w.]+)-[\w-]{6,}\.js$/, '$1-*.js')
      const ok = justified.has(`${check} ${path}`)
      process.stdout.write(
        `${ok ? 'justified ' : 'UNJUSTIFIED'} ${severity} ${confidence} ${check} ${path}:${location}\n`,
      )
      if (!ok) problems.push(`${check} in ${path}:${location} is not justified in SECURITY.md`)
    }
    process.stdout.write(`${input}/: ${findings.length} findings, ${counted} high or medium; report ${report}\n`)
  }
  if (problems.length) {
    process.stderr.write(
      `electronegativity: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
    )
    process.exit(1)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main()
