// Preloaded into Electronegativity: it fetches translations over the network at start (got, 1 s
// timeout), and offline got's retry timer can throw after the promise settled, killing the scan
// after an empty report. Every `got` call here fails at once instead, which the tool handles
// (English messages). The one check that needs the network is skipped with -x.
import Module from 'node:module'

const load = Module._load
Module._load = function (request, parent, isMain) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline: Electronegativity network use is disabled'))
    return Object.assign(offline, { default: offline, get: offline })
  }
  return load.call(this, request, parent, isMain)
}
