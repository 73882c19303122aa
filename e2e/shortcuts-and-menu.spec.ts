import { expect, test } from './fixtures/test'

test.describe('keyboard shortcuts sheet', () => {
  test('? opens it, Esc closes it, and focus goes back where it was', async ({ startApp }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const pane = page.getByRole('main', { name: 'Report text' })
    await pane.focus()
    await page.keyboard.press('?')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(sheet).toBeVisible()
    for (const action of [
      'Go to the search box',
      'Print or export a PDF of the report',
      'Show these keyboard shortcuts',
      'Choose a result',
      'After opening: next / previous hit',
      'Move to the next / previous highlight',
      'Open the highlight: colour, note, tags, delete'
    ]) {
      await expect(sheet.getByRole('row').filter({ hasText: action })).toHaveCount(1)
    }
    await expect(sheet.getByRole('row').filter({ hasText: 'Go to the search box' })).toContainText(
      /(Ctrl|⌘)\+K or (Ctrl|⌘)\+F/
    )
    // It opens at its top, its title focused; Close is the next Tab stop.
    await expect(sheet.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(sheet).toHaveCount(0)
    await expect(pane).toBeFocused()
  })

  test('? typed in the search box is text, not the shortcut', async ({ startApp }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const box = page.getByRole('combobox', { name: 'Search the reports' })
    await box.focus()
    await page.keyboard.type('what?')
    await expect(box).toHaveValue('what?')
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })
})

test.describe('application menu commands', () => {
  test('Help › Keyboard Shortcuts and About open their dialogs', async ({ startApp }) => {
    const app = await startApp()
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await app.sendMenuCommand('shortcuts')
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(sheet).toBeVisible()
    await sheet.getByRole('button', { name: 'Close' }).click()
    await expect(sheet).toHaveCount(0)

    await app.sendMenuCommand('about')
    await expect(page.getByRole('dialog', { name: 'Offline Reference Reader' })).toBeVisible()
  })

  test('File › Print… opens the print dialog on Print…', async ({ startApp }) => {
    const app = await startApp()
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await app.sendMenuCommand('print')
    const dialog = page.getByRole('dialog', { name: 'Print or export PDF' })
    await expect(dialog.getByRole('button', { name: 'Print…' })).toBeFocused()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toHaveCount(0)
  })

  test('View › Theme switches the theme', async ({ startApp }) => {
    const app = await startApp()
    const { page } = app
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await app.sendMenuCommand('theme-dark')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await app.sendMenuCommand('theme-light')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
  })
})
