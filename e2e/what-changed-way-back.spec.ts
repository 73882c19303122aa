import type { Page } from '@playwright/test'
import { exampleEdition } from './fixtures/content'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * "Show in the report" takes the reader from What changed to a change's place, often far down
 * the report: the way back stays in sight there, and Escape in the text takes it too.
 */

const view = (page: Page) => page.getByRole('region', { name: /What changed since/ })
const bar = (page: Page) => page.getByRole('region', { name: 'Changes shown in the text' })

for (const size of WINDOW_SIZES) {
  test(`from a change shown in the report, the way back is in sight and Escape takes it at ${size.width}×${size.height}`, async ({
    startApp
  }) => {
    const { page } = await startAppAt(startApp, size, { generatedDir: exampleEdition() })
    await page.getByRole('button', { name: /^Compare with the previous edition/ }).click()
    await expect(view(page)).toBeVisible()
    const changes = view(page).locator('.change-list > li')
    const count = await changes.count()
    expect(count).toBeGreaterThan(0)

    // The last change: the farthest from the top of the report (text that is gone is shown
    // where it was).
    await changes
      .nth(count - 1)
      .getByRole('button', { name: /^Show (in the report|where it was)$/ })
      .click()
    await expect(view(page)).toHaveCount(0)
    // No scrolling back up to find it: Back to What changed is on screen where the reader is.
    await expect(bar(page).getByRole('button', { name: 'Back to What changed' })).toBeInViewport({
      ratio: 1
    })
    // It stays in sight as the reader reads on.
    await page.locator('main.reading-pane').evaluate((pane) => pane.scrollBy(0, 400))
    await expect(bar(page).getByRole('button', { name: 'Back to What changed' })).toBeInViewport({
      ratio: 1
    })
    // And it covers nothing for good: the text under it can be scrolled to.
    const paneTop = await page
      .locator('main.reading-pane')
      .evaluate((pane) => pane.getBoundingClientRect().top)
    const barBox = await bar(page).boundingBox()
    expect(barBox?.y).toBeGreaterThanOrEqual(paneTop - 1)

    // Escape in the text goes back to What changed.
    await expect(page.locator(':focus')).toHaveCount(1)
    expect(
      await page.evaluate(
        () => document.querySelector('main.reading-pane')?.contains(document.activeElement) ?? false
      )
    ).toBe(true)
    await page.keyboard.press('Escape')
    await expect(view(page)).toBeVisible()
    await expect(view(page).getByRole('heading', { level: 2 })).toBeFocused()
    // Escape there closes it, back to the text with the changes still shown.
    await page.keyboard.press('Escape')
    await expect(view(page)).toHaveCount(0)
    await expect(bar(page)).toBeVisible()
  })
}
