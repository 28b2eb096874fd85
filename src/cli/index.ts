// `npm run --silent cli -- <command> ...`: headless access to src/core.
// Each command lives in its own file and registers here.
import { CliError, type Command } from './args'
import { compare } from './compare'
import { exportCommand } from './export'
import { highlight } from './highlight'
import { importCommand } from './import'
import { search } from './search'

const commands: Record<string, Command> = { search, compare, import: importCommand, highlight, export: exportCommand }

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  const command = name ? commands[name] : undefined
  if (!command) {
    process.stderr.write(`usage: cli <${Object.keys(commands).join('|')}> [options]\n`)
    return name === '--help' || name === '-h' ? 0 : 2
  }
  return command.run(rest)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`error: ${error.message}\n${error.usage ? `usage: ${error.usage}\n` : ''}`)
      process.exitCode = error.exitCode
    } else {
      process.stderr.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      process.exitCode = 1
    }
  },
)
