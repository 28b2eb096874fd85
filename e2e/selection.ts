import { expect, type Locator } from '@playwright/test'

/** Selects `text` inside `scope` as a reader would with the mouse, across any <mark> children. */
export async function selectText(scope: Locator, text: string): Promise<void> {
  await scope.getByText(text, { exact: false }).first().waitFor()
  // The reader scrolls once its speaker lines are in: a selection made before would be scrolled away.
  await expect(scope.locator('xpath=ancestor-or-self::*[@aria-busy="true"]')).toHaveCount(0)
  await scope.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text)
    // find the paragraph-level element whose text contains the wanted string
    for (const start of nodes) {
      const block = start.parentElement?.closest('[data-start]')
      if (!block) continue
      const all = block.textContent ?? ''
      const at = all.indexOf(wanted)
      if (at < 0) continue
      const inBlock: Text[] = []
      const w = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
      for (let n = w.nextNode(); n; n = w.nextNode()) inBlock.push(n as Text)
      const locate = (offset: number): [Text, number] => {
        let seen = 0
        for (const node of inBlock) {
          if (offset <= seen + node.length) return [node, offset - seen]
          seen += node.length
        }
        throw new Error('offset outside block')
      }
      block.scrollIntoView({ block: 'center' })
      const range = document.createRange()
      range.setStart(...locate(at))
      range.setEnd(...locate(at + wanted.length))
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
      return
    }
    throw new Error(`text not found: ${wanted}`)
  }, text)
}
