export { openStore, HighlightStore, StoreWriteError, type Mutation, type OpenStoreOptions } from './store'
export { backendOptions, confBackend, type BackendFactory, type BackendOptions, type StoreBackend } from './backend'
export { SCHEMA_VERSION, emptyStore, parseStore, type StoreData } from './schema'
export { withLock, LockTimeoutError } from '../../fs/lock'
