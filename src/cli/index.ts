// `npm run --silent cli -- <command> ...`: headless access to src/core.
// Each command lives in its own file and registers here.
import { errorMessage } from '../shared/errors'
import { CliError, type Command } from './args'
import { compare } from './compare'
import { exportCommand } from './export'
import { highlight } from './highlight'
import { importCommand } from './import'
import { search } from './search'
import { speaker, speakers } from './speakers'

const commands: Record<string, Command> = {
  search,
  compare,
  import: importCommand,
  highlight,
  export: exportCommand,
  speakers,
  speaker,
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  const command = name ? commands[name] : undefined
  if (!command) {
    const help = name === '--help' || name === '-h'
    if (name && !help) process.stderr.write(`error: unknown command "${name}"\n`)
    else if (!name) process.stderr.write('error: no command given\n')
    process.stderr.write(`usage: cli <${Object.keys(commands).join('|')}> [options]\n`)
    for (const c of Object.values(commands)) process.stderr.write(`  ${c.usage}\n`)
    return help ? 0 : 2
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
      // One line for the user; the stack only when asked for (STANCE_DEBUG=1).
      const message = errorMessage(error).split('\n')[0]
      const stack = process.env.STANCE_DEBUG && error instanceof Error ? `${error.stack}\n` : ''
      process.stderr.write(`error: ${message}\n${stack}`)
      process.exitCode = 1
    }
  },
)
