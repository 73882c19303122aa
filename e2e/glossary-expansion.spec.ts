import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * An acronym's expansion is drawn whole inside the text pane, wherever the acronym is on its line
 * (at 800×600 one near the right edge was cut off, and the text scrolled 50 px sideways for it).
 */

/** The expansion's box as drawn (its ::after), the pane's inner box, and the pane's sideways scroll. */
const drawn = (term: Locator) =>
  term.evaluate((element) => {
    const style = getComputedStyle(element, '::after')
    const box = element.getBoundingClientRect()
    const pane = element.closest('main') as HTMLElement
    const view = pane.getBoundingClientRect()
    const left = box.left + parseFloat(style.left)
    // Its width and height hold the text; the padding comes on top.
    const width =
      parseFloat(style.width) + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
    const height =
      parseFloat(style.height) + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)
    const top = style.top === 'auto' ? NaN : box.top + parseFloat(style.top)
    const bottom = style.bottom === 'auto' ? NaN : box.bottom - parseFloat(style.bottom)
    return {
      content: style.content,
      left,
      right: left + width,
      top: Number.isNaN(top) ? bottom - height : top,
      bottom: Number.isNaN(top) ? bottom : top + height,
      pane: {
        left: view.left + pane.clientLeft,
        right: view.left + pane.clientLeft + pane.clientWidth,
        top: view.top,
        bottom: view.top + pane.clientTop + pane.clientHeight
      },
      sideways: pane.scrollWidth - pane.clientWidth
    }
  })

for (const size of WINDOW_SIZES) {
  test(`every acronym's expansion is drawn inside the text pane at ${size.width}×${size.height}`, async ({
    startApp
  }) => {
    const { page } = await startAppAt(startApp, size)
    const terms = page.locator('.report-text abbr.glossary-term')
    const count = await terms.count()
    expect(count).toBeGreaterThan(20)
    let nearRightEdge = 0
    for (let i = 0; i < count; i++) {
      const term = terms.nth(i)
      await term.scrollIntoViewIfNeeded()
      await term.hover()
      const box = await drawn(term)
      expect(box.content, `acronym ${i}`).not.toBe('none')
      expect(box.left, `acronym ${i}: its left edge`).toBeGreaterThanOrEqual(box.pane.left)
      expect(box.right, `acronym ${i}: its right edge`).toBeLessThanOrEqual(box.pane.right)
      expect(box.sideways, `acronym ${i}: the pane scrolls sideways`).toBeLessThanOrEqual(0)
      if (box.right > box.pane.right - 120) nearRightEdge++
    }
    // Some of them sit where a naive placement would have run past the edge.
    expect(nearRightEdge).toBeGreaterThan(0)
    // Focused (Tab or the Glossary tab) it is placed the same way.
    const last = terms.and(page.locator('[tabindex="0"]')).last()
    await page.mouse.move(1, 1)
    await last.focus()
    const focused = await drawn(last)
    expect(focused.right).toBeLessThanOrEqual(focused.pane.right)
    expect(focused.bottom).toBeLessThanOrEqual(focused.pane.bottom)
    expect(focused.sideways).toBeLessThanOrEqual(0)
  })
}
