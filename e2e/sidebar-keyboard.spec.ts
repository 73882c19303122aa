import { expect, test } from './fixtures/test'
import { startAppAt, WINDOW_SIZES } from './fixtures/window-sizes'

/**
 * The sidebar from the keyboard and the mouse: its tabs take the arrow keys (the WAI-ARIA tabs
 * pattern), and laid over the text in a small window, Escape or a click beside it puts it away
 * and gives focus back to what opened it. The shortcuts sheet opens at its top.
 */

const [SMALL] = WINDOW_SIZES

for (const size of WINDOW_SIZES) {
  test(`the sidebar's tabs take the arrow keys, Home and End, with one Tab stop at ${size.width}×${size.height}`, async ({
    startApp
  }) => {
    const { page } = await startAppAt(startApp, size)
    const show = page.getByRole('button', { name: 'Show contents and notes' })
    if (await show.isVisible()) await show.click()
    const tablist = page.getByRole('tablist', { name: 'Sidebar' })
    const tab = (name: RegExp) => tablist.getByRole('tab', { name })
    await tab(/^Contents$/).focus()
    await page.keyboard.press('ArrowRight')
    await expect(tab(/^Notes/)).toBeFocused()
    await expect(tab(/^Notes/)).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', 'tab-notes')
    await page.keyboard.press('ArrowRight')
    await expect(tab(/^Team$/)).toBeFocused()
    await expect(tab(/^Team$/)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowRight')
    await expect(tab(/^Glossary$/)).toBeFocused()
    await expect(tab(/^Glossary$/)).toHaveAttribute('aria-selected', 'true')
    // Round the ends, and straight to them.
    await page.keyboard.press('ArrowRight')
    await expect(tab(/^Contents$/)).toBeFocused()
    await page.keyboard.press('ArrowLeft')
    await expect(tab(/^Glossary$/)).toBeFocused()
    await page.keyboard.press('Home')
    await expect(tab(/^Contents$/)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('End')
    await expect(tab(/^Glossary$/)).toHaveAttribute('aria-selected', 'true')
    // One Tab stop in the row: the chosen tab.
    await expect(tablist.locator('[role="tab"][tabindex="0"]')).toHaveCount(1)
    await expect(tablist.locator('[role="tab"][tabindex="-1"]')).toHaveCount(3)
  })

  test(`the shortcuts sheet opens at its top with Close in sight at ${size.width}×${size.height}`, async ({
    startApp
  }) => {
    const { page } = await startAppAt(startApp, size)
    await page.getByRole('main', { name: 'Report text' }).focus()
    await page.keyboard.press('?')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeFocused()
    expect(await sheet.evaluate((dialog) => dialog.scrollTop)).toBe(0)
    await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport({
      ratio: 1
    })
    await expect(sheet.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 })
  })
}

/** The app at 800×600 with its sidebar opened over the text by the toolbar's button. */
async function openedOverText(startApp: Parameters<typeof startAppAt>[0]) {
  const { page } = await startAppAt(startApp, SMALL)
  const show = page.getByRole('button', { name: 'Show contents and notes' })
  await show.click()
  const sidebar = page.locator('#sidebar')
  await expect(sidebar).toBeVisible()
  return { page, show, sidebar }
}

test.describe(`the sidebar laid over the text at ${SMALL.width}×${SMALL.height}`, () => {
  test('Escape in it puts it away and gives focus back to the button that opened it', async ({
    startApp
  }) => {
    const { page, show, sidebar } = await openedOverText(startApp)
    await sidebar.getByRole('tab', { name: 'Contents' }).focus()
    await page.keyboard.press('Escape')
    await expect(sidebar).toBeHidden()
    await expect(show).toBeFocused()
  })

  test('a click beside it puts it away, and the text under the click is left alone', async ({
    startApp
  }) => {
    const { page, show, sidebar } = await openedOverText(startApp)
    const box = await sidebar.boundingBox()
    if (!box) throw new Error('no sidebar')
    await page.mouse.click(box.x + box.width + 40, box.y + box.height / 2)
    await expect(sidebar).toBeHidden()
    await expect(show).toBeFocused()
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })

  test('opened by typing a search, Escape gives focus back to the search box', async ({
    startApp
  }) => {
    const { page } = await startAppAt(startApp, SMALL)
    const box = page.getByRole('combobox', { name: 'Search the reports' })
    await box.fill('border')
    const sidebar = page.locator('#sidebar')
    await expect(sidebar).toBeVisible()
    await sidebar.focus()
    await page.keyboard.press('Escape')
    await expect(sidebar).toBeHidden()
    await expect(box).toBeFocused()
    await expect(box).toHaveValue('border')
  })
})
