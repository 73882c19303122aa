import { buildEdition, FIELD_GUIDE } from './fixtures/content'
import { expect, test } from './fixtures/test'

test.describe('search', () => {
  test('results appear as you type, grouped by section, with exactly the words marked', async ({
    startApp
  }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.keyboard.press('Control+K')
    const box = page.getByRole('combobox', { name: 'Search the reports' })
    await expect(box).toBeFocused()
    await page.keyboard.type('Egmo')
    const results = page.getByRole('listbox', { name: 'Search results' })
    await expect(page.getByRole('status').filter({ hasText: 'matching' })).toHaveText(
      '1 matching paragraph'
    )
    await expect(
      results.getByRole('group', { name: 'Countering the Financing of Terrorism' })
    ).toBeVisible()
    await expect(results.locator('mark')).toHaveText(['Egmont'])
    // The contents give way to the results while searching.
    await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0)
  })

  test('a misspelled name is corrected and says so', async ({ startApp }) => {
    const { page } = await startApp()
    await page.getByRole('combobox', { name: 'Search the reports' }).fill('Tokaev ')
    await expect(page.getByText('Showing results for')).toContainText('tokayev')
    await expect(page.getByRole('listbox', { name: 'Search results' }).locator('mark')).toHaveText([
      'Tokayev'
    ])
  })

  test('odd input gets a friendly message, never an error', async ({ startApp }) => {
    const app = await startApp()
    const box = app.page.getByRole('combobox', { name: 'Search the reports' })
    for (const [input, message] of [
      ['the ', /too common/],
      ['-terrorism ', /only leaves paragraphs out/],
      ['zzyzx ', /Nothing in the text matches/]
    ] as const) {
      await box.fill(input)
      await expect(app.page.locator('.search-message')).toHaveText(message)
    }
    for (const input of ['Overview:', '*', '--help', 'foo:', '"', 'terror~', '+the']) {
      await box.fill(input)
      await expect(
        app.page.getByRole('status').filter({ hasText: /matching|Searching/ })
      ).toBeVisible()
    }
    expect(app.consoleErrors).toEqual([])
  })

  test('keyboard: arrows choose, Enter opens and steps through every hit, Esc clears', async ({
    startApp
  }) => {
    const { page } = await startApp()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.keyboard.press('Control+F')
    await page.keyboard.type('repatriated')
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
    await expect(options).toHaveCount(2)
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowDown')
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowUp')
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true')

    await page.keyboard.press('Enter')
    const text = page.getByRole('main', { name: 'Report text' })
    await expect(text.locator('mark')).toHaveText(['repatriated', 'repatriated'])
    const counter = page.locator('.hit-counter')
    await expect(counter).toHaveText(/^[12] of 2$/)
    const active = text.locator('mark[aria-current="true"]')
    await expect(active).toBeInViewport()
    const first = await counter.textContent()

    await page.keyboard.press('Enter')
    await expect(counter).not.toHaveText(first ?? '')
    await page.keyboard.press('Enter') // wraps around
    await expect(counter).toHaveText(first ?? '')
    await page.keyboard.press('Shift+Enter')
    await expect(counter).not.toHaveText(first ?? '')
    await page.keyboard.press('F3')
    await expect(counter).toHaveText(first ?? '')
    await expect(active).toBeInViewport()

    await page.keyboard.press('Escape')
    await expect(text.locator('mark')).toHaveCount(0)
    await expect(page.getByRole('combobox', { name: 'Search the reports' })).toHaveValue('')
    await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible()
  })

  test('a quoted phrase marks the phrase, not its words elsewhere', async ({ startApp }) => {
    const { page } = await startApp()
    await page
      .getByRole('combobox', { name: 'Search the reports' })
      .fill('"illegal border crossing"')
    await expect(
      page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
    ).toHaveCount(1)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('main', { name: 'Report text' }).locator('mark')).toHaveText([
      'illegal border crossing',
      'illegal border crossing'
    ])
  })

  test('with several reports: filter by report, and a result opens its report', async ({
    startApp
  }) => {
    const generatedDir = buildEdition({ extra: FIELD_GUIDE })
    const { page } = await startApp({ generatedDir })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Country Reports on Terrorism 2021: Kazakhstan'
    )
    const box = page.getByRole('combobox', { name: 'Search the reports' })
    await box.fill('notes ')
    await expect(page.getByRole('group', { name: 'Field Guide to the Reader' })).toBeVisible()
    await page.getByRole('combobox', { name: 'Search in' }).selectOption({
      label: 'Country Reports on Terrorism 2021: Kazakhstan'
    })
    await expect(page.locator('.search-message')).toHaveText(
      /Nothing in the text matches|No matches/
    )
    await page.getByRole('combobox', { name: 'Search in' }).selectOption({ label: 'All reports' })
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Field Guide to the Reader')
    await expect(page.getByRole('main', { name: 'Report text' }).locator('mark')).toHaveText([
      'notes'
    ])
    await expect(page.locator('.hit-counter')).toHaveText('1 of 1')
  })
})
