// Packaging step: flips the fuses of a packaged Electron binary (run after packaging, before signing):
//   node scripts/fuses.mjs <path to the packaged app binary, e.g. dist/linux-unpacked/stance-reader>
// It can also be an electron-builder afterPack hook (exports default). It cannot run in this
// development environment, which has no Electron binary.
import { flipFuses } from '@electron/fuses'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fuseConfig } from './fuses-config.mjs'

export async function applyFuses(binary) {
  if (!existsSync(binary)) throw new Error(`no Electron binary at ${binary}`)
  await flipFuses(binary, fuseConfig)
}

/** electron-builder afterPack hook. */
export default async function afterPack(context) {
  const name = context.packager.appInfo.productFilename
  const binary =
    context.electronPlatformName === 'darwin'
      ? join(context.appOutDir, `${name}.app`)
      : join(
          context.appOutDir,
          context.electronPlatformName === 'win32' ? `${name}.exe` : context.packager.executableName,
        )
  await applyFuses(binary)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const binary = process.argv[2]
  if (!binary) {
    process.stderr.write('usage: node scripts/fuses.mjs <packaged Electron binary>\n')
    process.exit(2)
  }
  applyFuses(binary).then(
    () => process.stdout.write(`fuses set on ${binary}\n`),
    (error) => {
      process.stderr.write(`${error.message}\n`)
      process.exit(1)
    },
  )
}
