// The CLI and the browser host as bundled from this checkout at the start of the test run (scripts/unit-host.ts).
import { inject } from 'vitest'
import type { HostBundle } from '../../../scripts/host-bundle'

export const hostBundle = (): HostBundle => inject('hostBundle' as never) as HostBundle
