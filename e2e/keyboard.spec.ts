import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures/test'

/** Presses Tab until the locator has focus (as a keyboard user would), failing after `max`. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test('keyboard only: search → open result → next hit → highlight → note → notes panel', async ({
  startApp
}) => {
  const { page } = await startApp()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  await page.keyboard.press('Control+K')
  await page.keyboard.type('religious')
  await expect(
    page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()
  ).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  const counter = page.locator('.hit-counter')
  await expect(counter).toHaveText(/^\d+ of \d+ hits?$/)
  const before = await counter.textContent()
  await page.keyboard.press('Enter')
  await expect(counter).not.toHaveText(before ?? '')

  // Alt+H highlights the hit the reader is on and opens the note.
  await page.keyboard.press('Alt+H')
  const dialog = page.getByRole('dialog', { name: 'New highlight' })
  await expect(dialog).toBeVisible()
  await expect(dialog.locator('blockquote')).toHaveText(/^religious$/i)
  await tabTo(page, dialog.getByRole('textbox', { name: 'Note' }))
  await page.keyboard.type('Typed without a mouse.')
  await tabTo(page, dialog.getByRole('button', { name: 'Save' }))
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveCount(0)
  await expect(page.locator('mark[data-annotation-id]')).toHaveCount(1)

  // Esc clears the search; the tabs are one Tab stop, and the arrow keys choose the Notes tab.
  // Closing the dialog gave focus back to the search box.
  await expect(page.getByRole('combobox', { name: 'Search the reports' })).toBeFocused()
  await page.keyboard.press('Escape')
  await tabTo(page, page.getByRole('tab', { selected: true }))
  const notesTab = page.getByRole('tab', { name: /Notes/ })
  for (let i = 0; i < 4 && !(await notesTab.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowRight')
  await expect(notesTab).toBeFocused()
  await expect(notesTab).toHaveAttribute('aria-selected', 'true')
  const item = page.locator('.note-item')
  await expect(item).toHaveCount(1)
  await expect(item.locator('.note-text')).toHaveText('Typed without a mouse.')
  await tabTo(page, item.getByRole('button', { name: 'Go to' }))
  await page.keyboard.press('Enter')
  await expect(page.locator('mark[data-annotation-id]')).toBeFocused()
})
