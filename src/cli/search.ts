import type { Command } from './args'

export const search: Command = {
  usage: 'cli search "<query>" [--corpus DIR] [--json]',
  async run() {
    throw new Error('search: not written yet')
  },
}
