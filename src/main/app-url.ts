// Where the app's own page lives in production: a custom scheme with a fixed host, so it has an
// origin of its own (file:// pages share one with every file on disk).
export const APP_SCHEME = 'app'
export const APP_HOST = 'stance'
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`
