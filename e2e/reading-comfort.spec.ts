import { savedPreferences } from './fixtures/preferences'
import { expect, test } from './fixtures/test'

test.describe('reading comfort', () => {
  test('theme, text size and line width apply at once and survive a restart', async ({
    startApp,
    userDataDir
  }) => {
    const first = await startApp()
    const { page } = first
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.getByRole('button', { name: 'Display' }).click()
    const dialog = page.getByRole('dialog', { name: 'Display' })
    await dialog.getByRole('radio', { name: 'Dark' }).check()
    await dialog.getByRole('button', { name: 'Larger text' }).click()
    await dialog.getByRole('button', { name: 'Larger text' }).click()
    await dialog.getByRole('radio', { name: 'Wide' }).check()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    const paragraph = page.locator('p[data-paragraph]').first()
    await expect(paragraph).toHaveCSS('font-size', '20px')
    await expect(dialog.getByLabel('Text size')).toHaveText('20 px')
    await dialog.getByRole('button', { name: 'Done' }).click()
    await expect
      .poll(() => savedPreferences(userDataDir).reading)
      .toMatchObject({ theme: 'dark', fontSize: 20, lineWidth: 'wide' })
    await first.close()

    const second = await startApp()
    await expect(second.page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(second.page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(second.page.locator('p[data-paragraph]').first()).toHaveCSS('font-size', '20px')
    await expect(second.page.locator('.page')).toHaveCSS('max-width', `${56 * 16}px`)
    await second.page.getByRole('button', { name: 'Display' }).click()
    await expect(second.page.getByRole('radio', { name: 'Dark' })).toBeChecked()
    await expect(second.page.getByRole('radio', { name: 'Wide' })).toBeChecked()
  })

  test('"Follow the system" follows the system', async ({ startApp }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  })

  test('the app reopens where the reader left off, with the progress shown', async ({
    startApp,
    userDataDir
  }) => {
    const first = await startApp()
    await first.page.setViewportSize({ width: 1100, height: 700 })
    await expect(first.page.getByRole('heading', { level: 1 })).toBeVisible()
    const target = first.page.locator('#countering-violent-extremism-p2')
    await first.page.getByRole('main', { name: 'Report text' }).hover()
    for (let i = 0; i < 60; i++) {
      const box = await target.boundingBox()
      if (box && box.y < 120) break
      await first.page.mouse.wheel(0, 100)
    }
    const progress = first.page.getByRole('progressbar', { name: 'Reading progress' })
    await expect(progress).not.toHaveAttribute('aria-valuenow', '0')
    // The position is saved once scrolling pauses.
    await expect
      .poll(() => savedPreferences(userDataDir).positions?.['crt2021-kazakhstan'])
      .toMatch(/^countering-violent-extremism-p\d+$/)
    await first.close()

    const second = await startApp()
    await second.page.setViewportSize({ width: 1100, height: 700 })
    await expect(second.page.locator('#countering-violent-extremism-p2')).toBeInViewport()
    await expect(
      second.page.getByRole('heading', { level: 2, name: 'Overview' })
    ).not.toBeInViewport()
    // The window itself never scrolls: only the panes do.
    expect(await second.page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0)
  })
})
