// Test helper, run as its own process by config-store.test.ts: saves topics and settings through a
// workspace as fast as it can, so two of these race on one config.json.
import { openWorkspace } from '../workspace/open-workspace'

const [userDataDir, corpusDir, label, count] = process.argv.slice(2)
const ws = await openWorkspace({ corpusDir: corpusDir!, userDataDir: userDataDir! })
for (let i = 0; i < Number(count); i++) {
  await ws.saveTopic({ name: `${label} ${i}`, description: '', terms: [`term${i}`], coTerms: [] })
  await ws.setSettings({ lastArticleId: `${label}-${i}` })
}
ws.dispose()
