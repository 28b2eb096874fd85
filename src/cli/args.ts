import { parseArgs, type ParseArgsConfig } from 'node:util'
import { errorMessage } from '../shared/errors'

export interface Command {
  usage: string
  run(argv: string[]): Promise<number>
}

/** A failure to report to the user in one line, with the usage when the flags were wrong. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    readonly usage?: string,
  ) {
    super(message)
  }
}

/** Strict flag parsing: an unknown or malformed flag is a usage error (exit 2). */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  argv: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new CliError(errorMessage(error), 2, usage)
  }
}
