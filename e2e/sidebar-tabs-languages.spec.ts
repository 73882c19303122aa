import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * The sidebar's tabs in languages whose words are longer than English: beside the text and laid
 * over it in a narrow window, every label is whole and in sight (the row wraps), and the arrow
 * keys move through them whichever way the row runs.
 */

/** The tabs of the row not wholly inside its visible box, or cut short inside their own. */
function tabsCutShort(row: Locator): Promise<string[]> {
  return row.evaluate((list) => {
    const box = list.getBoundingClientRect()
    const right = box.left + list.clientWidth
    return [...list.querySelectorAll<HTMLElement>('[role="tab"]')]
      .filter((tab) => {
        const own = tab.getBoundingClientRect()
        return (
          own.left < box.left - 0.5 ||
          own.right > right + 0.5 ||
          tab.scrollWidth > tab.clientWidth + 1
        )
      })
      .map((tab) => tab.textContent ?? '')
  })
}

for (const locale of ['kk', 'ru', 'ar', 'en-XA']) {
  test(`no tab label is cut short at 1280×800 in ${locale}`, async ({ startApp }) => {
    const { page } = await startAppAt(startApp, WINDOW_SIZES[1], { locale })
    const row = page.getByRole('tablist')
    await expect(row.getByRole('tab')).toHaveCount(4)
    expect(await tabsCutShort(row)).toEqual([])
    // A search adds the Results tab.
    await page.getByRole('combobox').first().fill('terrorism')
    await expect(row.getByRole('tab')).toHaveCount(5)
    expect(await tabsCutShort(row)).toEqual([])
  })
}

for (const locale of ['kk', 'ar']) {
  test(`at 800×600 in ${locale} every tab is whole and in sight`, async ({ startApp }) => {
    const { page } = await startAppAt(startApp, WINDOW_SIZES[0], { locale })
    // A search opens the sidebar on its Results tab: five tabs, more than one row holds.
    await page.getByRole('combobox').first().fill('terrorism')
    const row = page.getByRole('tablist')
    const tabs = row.getByRole('tab')
    await expect(tabs).toHaveCount(5)
    const chosen = row.locator('[aria-selected="true"]')
    const chosenInSight = async () => {
      expect(await tabsCutShort(row)).toEqual([])
      await expect(chosen).toBeInViewport({ ratio: 1 })
    }
    // Chosen by the search, not by the reader: nothing focused it into sight.
    await expect(chosen).toHaveId('tab-results')
    await chosenInSight()
    await chosen.focus()
    // To the first tab and the last, then through every one, each way.
    for (const key of [
      'Home',
      'End',
      'Home',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowLeft'
    ]) {
      await page.keyboard.press(key)
      await expect(chosen).toBeFocused()
      await chosenInSight()
    }
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr')
  })
}
