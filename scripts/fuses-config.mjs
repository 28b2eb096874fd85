// Electron fuses for every packaged build: switches compiled into the binary that no runtime
// flag can turn back on. Kept apart from scripts/fuses.mjs so a unit test can check it.
import { FuseV1Options, FuseVersion } from '@electron/fuses'

export const fuseConfig = {
  version: FuseVersion.V1,
  // Fail the packaging step when a newer Electron adds a fuse nobody has decided on.
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let anyone who can start the app inject code into it.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://, never file://.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
}
