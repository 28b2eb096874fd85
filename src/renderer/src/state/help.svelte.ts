// The help sheet: closed, or open at one of its sections.
export type HelpSection = 'shortcuts' | 'terms'

export class Help {
  open = $state<HelpSection | null>(null)
}

export const help = new Help()
