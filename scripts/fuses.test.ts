import { FuseV1Options } from '@electron/fuses'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain .mjs module without types
import { fuseConfig } from './fuses-config.mjs'

describe('Electron fuses', () => {
  it('turns off RunAsNode, NODE_OPTIONS, inspect and file:// privileges; turns on cookie encryption and ASAR checks', () => {
    expect(fuseConfig[FuseV1Options.RunAsNode]).toBe(false)
    expect(fuseConfig[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(fuseConfig[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(fuseConfig[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
    expect(fuseConfig[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(fuseConfig[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(fuseConfig[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
  })

  it('decides every fuse this @electron/fuses knows, so a new one fails packaging until decided', () => {
    expect(fuseConfig.strictlyRequireAllFuses).toBe(true)
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number')
    for (const fuse of known) expect(typeof fuseConfig[fuse], `fuse ${FuseV1Options[fuse as number]}`).toBe('boolean')
  })
})
