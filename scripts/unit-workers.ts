// Vitest's setupFile for the unit project: worker threads the tests start (index build, import) load this
// run's bundled worker scripts (scripts/unit-host.ts) rather than the sources through tsx each time.
import { dirname } from 'node:path'
import { TEST_WORKERS_ENV } from '../src/core/fs/worker-script'
import { hostBundle } from '../src/core/testing/host-bundle'

process.env[TEST_WORKERS_ENV] = dirname(hostBundle().cli)
